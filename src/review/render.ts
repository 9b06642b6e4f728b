/**
 * Renders a review (`vmsc plan`): markdown for a pull-request comment (capped at 65,000 characters: the middle is cut,
 * never the headline or the risk flags), or versioned JSON for bots (`{"version":1,...}`, never capped).
 */
import type { ArtifactChange, KindSummary, ReviewReport } from './review.js';
import { FLAG_TITLES, FLAG_TITLES_JA } from './meaning.js';
import type { Flag } from './meaning.js';
import type { Lang } from '../diagnostics/lang.js';
import { localize } from '../diagnostics/lang.js';

export const COMMENT_LIMIT = 65_000;
/** a single diff longer than this is cut (its head and tail stay) */
const DIFF_LIMIT = 6_000;
export const MARKER = '<!-- vmsc-plan -->';
/** risk flags of one code listed in the comment before "… and N more" */
export const FLAGS_PER_CODE = 15;

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

export function headline(r: ReviewReport): string {
  const a = r.summary.artifacts;
  const detail = a.changed ? ` (${a.added} added, ${a.modified} modified, ${a.removed} removed)` : '';
  return `${plural(r.summary.customersAffected, 'customer')} affected · ${plural(a.changed, 'artifact')} changed${detail} · ${plural(r.summary.errors, 'error')} · ${plural(r.summary.warnings, 'warning')}`;
}

function cutMiddle(s: string, limit: number, what: string): string {
  if (s.length <= limit) return s;
  const half = Math.floor((limit - 80) / 2);
  const headEnd = s.lastIndexOf('\n', half);
  const tailStart = s.indexOf('\n', s.length - half);
  const h = s.slice(0, headEnd > 0 ? headEnd : half);
  const t = s.slice(tailStart > 0 ? tailStart + 1 : s.length - half);
  return `${h}\n… ${s.length - h.length - t.length} characters of this ${what} cut …\n${t}`;
}

function fence(s: string): string {
  let f = '```';
  while (s.includes(f)) f += '`';
  return f;
}

function kindLine(k: KindSummary): string {
  const parts = [k.added && `${k.added} added`, k.modified && `${k.modified} modified`, k.removed && `${k.removed} removed`].filter(Boolean).join(', ');
  return `- **${k.kind}** (${parts}): ${md(k.meaning)}`;
}

function artifactBlock(c: ArtifactChange): string {
  const title = `${c.path} (${c.change})`;
  if (c.diff) {
    const d = cutMiddle(c.diff, DIFF_LIMIT, 'diff');
    const f = fence(d);
    return `<details><summary>${escapeHtml(title)}</summary>\n\n${f}diff\n${d}\n${f}\n\n</details>`;
  }
  return `<details><summary>${escapeHtml(title)}</summary>\n\n${escapeHtml(c.note ?? '')}\n\n</details>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function md(s: string): string {
  // meanings quote user data: keep it from being read as markup
  return s.replace(/([\\`*_<>|[\]])/g, '\\$1');
}

/** many flags of one code (a tariff change touches every customer): the first ones, then a count */
function riskFlags(r: ReviewReport, lang: Lang): string {
  const lines: string[] = [];
  const byCode = new Map<string, number>();
  for (const f of r.flags) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const shown = new Map<string, number>();
  for (const f of r.flags) {
    const n = (shown.get(f.code) ?? 0) + 1;
    shown.set(f.code, n);
    const total = byCode.get(f.code)!;
    if (total > FLAGS_PER_CODE && n > FLAGS_PER_CODE) {
      if (n === FLAGS_PER_CODE + 1) lines.push(`- ⚠ **${f.code}** … and ${total - FLAGS_PER_CODE} more (all of them: \`vmsc plan --format json\`)`);
      continue;
    }
    lines.push(`- ⚠ **${f.code}** ${f.customer ? `\`${f.customer}\` ` : ''}${md(flagMessage(f, lang))}`);
  }
  const kinds = [...new Set(r.flags.map((f) => f.kind))].map((k) => (lang === 'ja' ? FLAG_TITLES_JA : FLAG_TITLES)[k]).join(' · ');
  return `### ⚠ Risk flags (${r.flags.length}): ${kinds}\n${lines.join('\n')}`;
}

/** the blocks never cut: marker, title, headline, errors, risk flags */
function headBlocks(r: ReviewReport, lang: Lang): string[] {
  const head: string[] = [];
  head.push(MARKER);
  const base = `${r.base.label}`;
  head.push(`## vmsc plan: ${md(base)} → ${md(r.head.label)}`);
  head.push(`**${headline(r)}**`);
  if (r.summary.errors) {
    const errs = r.diagnostics.filter((d) => d.severity === 'error');
    head.push(
      `### ✖ Errors (nothing can be built until they are fixed)\n${errs
        .slice(0, 50)
        .map((d) => `- \`${d.file}:${d.line}:${d.col}\` **${d.code}** ${md(localize(d, lang).message)}`)
        .join('\n')}${errs.length > 50 ? `\n- … ${errs.length - 50} more (run \`vmsc check\`)` : ''}`,
    );
  }
  if (r.base.errors) head.push(`> base ${md(r.base.label)} does not compile (${plural(r.base.errors, 'error')}): compared with an empty tree`);
  if (r.flags.length) head.push(riskFlags(r, lang));
  if (r.summary.artifacts.changed === 0 && r.flags.length === 0 && !r.summary.errors) head.push('No artifact changes.');
  return head;
}

/**
 * body: self-contained blocks (a section's heading with its meanings, then one block per folded diff),
 * so that cutting between blocks always leaves valid markdown
 */
function bodyBlocks(r: ReviewReport): string[] {
  const body: string[] = [];
  if (r.global.meanings.length || r.global.artifacts.length) {
    const parts = ['### Policies and global artifacts'];
    for (const m of r.global.meanings) parts.push(`- ${md(m.text)}`);
    for (const k of r.global.kinds) parts.push(kindLine(k));
    body.push(parts.join('\n'));
    for (const c of r.global.artifacts) body.push(artifactBlock(c));
  }
  for (const c of r.customers) {
    const n = c.artifacts.length;
    const parts = [`### ${c.id}${c.status === 'changed' ? '' : ` (${c.status})`} — ${plural(n, 'artifact')} changed`];
    for (const m of c.meanings) parts.push(`- ${m.topic}: ${md(m.text)}`);
    for (const k of c.kinds) parts.push(kindLine(k));
    body.push(parts.join('\n'));
    for (const a of c.artifacts) body.push(artifactBlock(a));
  }
  return body;
}

/** whole blocks from the start and from the end, alternately, while they fit the budget */
function keepEnds(body: string[], budget: number): { first: string[]; last: string[] } {
  const first: string[] = [];
  const last: string[] = [];
  let used = 0;
  let i = 0;
  let j = body.length - 1;
  let front = true;
  while (i <= j) {
    const b = front ? body[i]! : body[j]!;
    if (used + b.length + 2 > budget) break;
    used += b.length + 2;
    if (front) first.push(body[i++]!);
    else last.unshift(body[j--]!);
    front = !front;
  }
  return { first, last };
}

/** The markdown report: [head blocks] + body blocks (cut in the middle to fit) + footer. */
export function renderMarkdown(r: ReviewReport, limit = COMMENT_LIMIT, lang: Lang = 'en'): string {
  const body = bodyBlocks(r);
  const footer = `<sub>vmsc plan · \`--format json\` gives the full report · ${plural(r.summary.warnings, 'warning')}: run \`vmsc check\`</sub>`;

  const headText = headBlocks(r, lang).join('\n\n');
  const join = (blocks: string[]) => [headText, ...blocks, footer].join('\n\n') + '\n';
  const full = join(body);
  if (full.length <= limit) return full;

  // cut the middle: whole blocks from the start and from the end while they fit
  const { first, last } = keepEnds(body, limit - headText.length - footer.length - 300);
  const omitted = body.length - first.length - last.length;
  const gap = `> … ${plural(omitted, 'block')} of details cut to fit a pull-request comment (65,000 characters): run \`vmsc plan\` locally or use \`--format json\` for the whole report …`;
  let text = join([...first, gap, ...last]);
  // the head alone is too long (thousands of flags): keep the headline and as many flags as fit
  if (text.length > limit) text = `${cutMiddle(headText, limit - footer.length - 10, 'report')}\n\n${footer}\n`;
  return text;
}

/** the versioned JSON: flag and diagnostic messages in `lang` (the codes stay the same) */
export function renderJson(r: ReviewReport, lang: Lang = 'en'): string {
  const out: ReviewReport = {
    ...r,
    flags: r.flags.map(({ ja: _ja, ...f }) => ({ ...f, message: lang === 'ja' && _ja !== undefined ? _ja : f.message })),
    diagnostics: r.diagnostics.map(({ ja: _ja, ...d }) => (lang === 'ja' && _ja ? { ...d, message: _ja.message, hint: _ja.hint } : d)),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** a flag's message in `lang` (English when it has no Japanese text: a flag raised by a test's hook) */
function flagMessage(f: Flag, lang: Lang): string {
  return lang === 'ja' && f.ja !== undefined ? f.ja : f.message;
}
