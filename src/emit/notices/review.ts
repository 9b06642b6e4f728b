/** What `vmsc plan` shows of the notices and mails (review/hooks.ts): mails decoded, the web notice as it is. */
import type { ReviewedFile, ReviewedSide, ReviewHooks } from '../../review/hooks.js';
import { emlText } from './eml-text.js';

/** headers and text parts decoded, so that a changed recipient or sentence reads as such */
function mailText(file: ReviewedFile, side: ReviewedSide): string | undefined {
  const t = side.text();
  return t !== undefined && file.path.endsWith('.eml') ? emlText(t) : t;
}

/** change notices (第2条) follow the contacts, the registration, the fees and the contract */
export const revisionReview: ReviewHooks = { topics: ['contacts', 'registration', 'fees', 'contract'], text: mailText };

/** work-completion mails (第11条) follow the work orders, the contacts and the registration */
export const workCompletionReview: ReviewHooks = { topics: ['work', 'contacts', 'registration'], text: mailText };
