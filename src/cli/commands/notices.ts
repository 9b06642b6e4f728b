/**
 * vmsc notices [REVISION]: renders the revision notices (one .eml per concerned customer + the public web
 * notice) and, without REVISION, the work-completion mails, into out/. Only these folders are replaced:
 * `out/notices/<revision>/` (swapped in whole, atomically) and `out/<customer>/mail/` (each file atomically).
 * `vmsc build` produces the same files through the emitter registry.
 */
import type { Command } from 'commander';
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import type { Artifact } from '../../emit/types.js';
import type { Model } from '../../model/model.js';
import type { Revision } from '../../model/inputs.js';
import { revisionArtifacts, revisionAudience, workCompletionEmitter } from '../../emit/notices/index.js';
import { yen, signedYen } from '../../emit/notices/format.js';
import { closest } from '../../util/strings.js';
import { TemplateError } from '../../emit/notices/render.js';

export function findRevision(model: Model, id: string): Revision {
  const r = model.policies.revisions.find((x) => x.id === id);
  if (r) return r;
  const ids = model.policies.revisions.map((x) => x.id);
  const guess = closest(id, ids);
  throw new CliError(
    {
      en: [
        `no revision "${id}" in policies/revisions/`,
        guess ? `did you mean "${guess}"? revisions: ${ids.join(', ')}` : ids.length ? `revisions: ${ids.join(', ')}` : 'add policies/revisions/<id>.yaml',
      ],
      ja: [
        `policies/revisions/ に変更 "${id}" はありません`,
        guess
          ? `"${guess}" の誤りではありませんか？ 変更: ${ids.join(', ')}`
          : ids.length
            ? `変更: ${ids.join(', ')}`
            : 'policies/revisions/<id>.yaml を追加してください',
      ],
    },
    1,
  );
}

/** Runs a rendering step; a broken template (TemplateError) becomes a CLI error naming the template. */
export async function renderOrFail<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof TemplateError)
      throw new CliError(
        {
          en: [e.message, 'a template under templates/ names a field the notice does not provide; fix the template (templates are strict)'],
          ja: [e.message, 'templates/ のテンプレートが、通知にない項目を参照しています。テンプレートを直してください（テンプレートは厳密です）'],
        },
        2,
      );
    throw e;
  }
}

/** Replaces `dir` with a folder holding exactly `files` (paths relative to dir): staged, then renamed in. */
function replaceFolder(dir: string, files: ReadonlyArray<{ rel: string; data: string | Uint8Array }>): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const staging = `${dir}.staging-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const f of files) {
    const p = join(staging, ...f.rel.split('/'));
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.data);
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
}

function writeAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export function describeAudience(model: Model, revision: Revision): string {
  const a = revisionAudience(model, revision);
  const lines: string[] = [
    `${revision.id}: ${revision.kind} revision, announced ${revision.announcedOn}, effective ${revision.effectiveOn}; ${a.recipients.length} customer(s) notified`,
  ];
  for (const r of a.recipients) {
    const f = r.fees;
    const fees = f
      ? ` monthly ${yen(f.before.subtotal)} → ${yen(f.after.subtotal)} (${signedYen(f.difference.subtotal)}) tax excl., ${yen(f.before.total)} → ${yen(f.after.total)} (${signedYen(f.difference.total)}) tax incl.`
      : r.terms
        ? ` terms edition ${r.terms.previous ? `${r.terms.previous.edition} → ` : ''}${r.terms.edition.edition}: ${r.terms.edition.summary}`
        : '';
    lines.push(`  ✓ ${r.customer.id}:${fees}; to end before the change: notice by ${r.cancellation.noticeBy}, end ${r.cancellation.endOn}`);
  }
  for (const x of a.excluded) lines.push(`  – ${x.customer.id}: not notified (${x.reason})`);
  return lines.join('\n') + '\n';
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('notices')
    .argument('[revision]', 'revision id (policies/revisions/<id>.yaml); default: every revision and the work-completion mails')
    .description('write change notices (out/notices/<revision>/<customer>.eml + index.html) and work-completion mails (out/<customer>/mail/<work-order>.eml)')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--out <dir>', 'output folder', 'out')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes outputs')
    .action(async (revisionId: string | undefined, opts: { root?: string; out?: string; today?: string }) => {
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const { model } = await loadModel(io, root, today);
      const assets = readAssets();
      const out = resolve(root, opts.out ?? 'out');
      const revisions = revisionId === undefined ? model.policies.revisions : [findRevision(model, revisionId)];
      let count = 0;
      for (const r of revisions) {
        const arts: Artifact[] = await renderOrFail(() => revisionArtifacts({ model, assets }, r));
        const prefix = `notices/${r.id}/`;
        replaceFolder(
          join(out, 'notices', r.id),
          arts.map((a) => ({ rel: a.path.slice(prefix.length), data: a.data })),
        );
        count += arts.length;
        io.stdout(describeAudience(model, r));
      }
      if (revisionId === undefined) {
        for (const c of model.customers) {
          const arts = await renderOrFail(async () => workCompletionEmitter.emit({ model, assets }, c));
          const mailDir = join(out, c.id, 'mail');
          const keep = new Set(arts.map((a) => a.path.split('/').pop()));
          if (existsSync(mailDir)) for (const f of readdirSync(mailDir)) if (f.endsWith('.eml') && !keep.has(f)) rmSync(join(mailDir, f));
          for (const a of arts) writeAtomically(join(out, ...a.path.split('/')), a.data);
          if (arts.length) io.stdout(`${c.id}: ${arts.length} work-completion mail(s) (第11条)\n`);
          count += arts.length;
        }
      }
      io.stdout(`wrote ${count} file(s) into ${out}\n`);
      setExit(0);
    });
}
