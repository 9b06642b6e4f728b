/**
 * Emitters for notices (第2条) and work-completion mails (第11条):
 *  - `notices/revision` (global): `notices/<revision>/<customer>.eml` for each concerned customer, and the
 *    public web notice `notices/<revision>/index.html` (no customer data);
 *  - `notices/work-completion` (per customer): `<customer>/mail/<work-order>.eml` for each completed work order.
 */
import type { Artifact, CustomerEmitter, EmitContext, GlobalEmitter } from '../types.js';
import type { Revision } from '../../model/inputs.js';
import { revisionMessages, webNotice, workCompletionMessages } from './messages.js';
import { revisionReview, workCompletionReview } from './review.js';

export { revisionMessages, webNotice, workCompletionMessages } from './messages.js';
export type { OutgoingMessage, Sending } from './messages.js';
export { noticeTimingProblems } from './timing.js';
export { workStatuses } from './work.js';
export type { Mailing } from './work.js';
export { parseStamp, stampOf, stampText } from './eml.js';
export type { Stamp } from './eml.js';
export { revisionAudience } from './impact.js';

/** The artifacts of one revision: its mails and its web notice. */
export async function revisionArtifacts(ctx: EmitContext, revision: Revision): Promise<Artifact[]> {
  const { messages } = await revisionMessages(ctx.model, ctx.assets, revision);
  const out: Artifact[] = messages.map((m) => ({ path: m.path, data: new Uint8Array(m.eml), kind: 'notices/revision', customer: m.customer }));
  out.push({ path: `notices/${revision.id}/index.html`, data: webNotice(ctx.model, ctx.assets, revision), kind: 'notices/revision' });
  return out;
}

export const revisionNoticeEmitter: GlobalEmitter = {
  name: 'notices/revision',
  scope: 'global',
  async emit(ctx) {
    const out: Artifact[] = [];
    for (const r of ctx.model.policies.revisions) out.push(...(await revisionArtifacts(ctx, r)));
    return out;
  },
  review: revisionReview,
};

export const workCompletionEmitter: CustomerEmitter = {
  name: 'notices/work-completion',
  scope: 'customer',
  async emit(ctx, customer) {
    const msgs = await workCompletionMessages(ctx.model, ctx.assets, customer);
    return msgs.map((m) => ({ path: m.path, data: new Uint8Array(m.eml), kind: 'notices/work-completion', customer: m.customer }));
  },
  review: workCompletionReview,
};
