import { describe, expect, it } from 'vitest';
import { computeReview, reviewExitCode } from '../../src/review/review.js';
import type { ReviewSide } from '../../src/review/review.js';
import { COMMENT_LIMIT, headline, renderMarkdown } from '../../src/review/render.js';
import { sha256 } from '../../src/write/manifest.js';

/** two sides without models: n customers, each with one text file that changes on every line */
function sides(n: number, lines: number): { base: ReviewSide; head: ReviewSide } {
  const blobs = new Map<string, Uint8Array>();
  const side = (label: string, v: string): ReviewSide => {
    const files = Array.from({ length: n }, (_, i) => {
      const id = `c${String(i).padStart(4, '0')}`;
      const data = Buffer.from(Array.from({ length: lines }, (_, k) => `${id} line ${k} ${v}`).join('\n') + '\n');
      const sha = sha256(data);
      blobs.set(sha, data);
      return { path: `${id}/agents/fs01/conf.txt`, sha256: sha, bytes: data.byteLength, kind: 'agents/zabbix', customer: id };
    });
    return { label, diagnostics: [], files, read: (sha) => blobs.get(sha)! };
  };
  return { base: side('main (abc1234)', 'old'), head: side('working tree', 'new') };
}

describe('plan markdown for a pull-request comment', () => {
  it('a small plan: headline, one section per customer, a folded diff', () => {
    const { base, head } = sides(2, 3);
    const r = computeReview(base, head);
    expect(headline(r)).toBe('2 customers affected · 2 artifacts changed (0 added, 2 modified, 0 removed) · 0 errors · 0 warnings');
    expect(reviewExitCode(r)).toBe(2);
    const md = renderMarkdown(r);
    expect(md.startsWith('<!-- vmsc-plan -->\n\n## vmsc plan: main (abc1234) → working tree\n\n**2 customers affected')).toBe(true);
    expect(md).toContain('<details><summary>c0000/agents/fs01/conf.txt (modified)</summary>');
    expect(md).toContain('-c0000 line 2 old\n+c0000 line 0 new');
    expect(md).toContain('- **agents/zabbix** (1 modified): no change in the inputs: the compiler, a template or a font changed');
  });

  it('a huge plan is capped at 65,000 characters: the middle is cut, the headline and both ends stay', () => {
    const { base, head } = sides(400, 40);
    const r = computeReview(base, head);
    const md = renderMarkdown(r);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).toContain('**400 customers affected · 400 artifacts changed (0 added, 400 modified, 0 removed) · 0 errors · 0 warnings**');
    expect(md).toContain('### c0000');
    expect(md).toContain('### c0399');
    expect(md).toMatch(/> … \d+ blocks of details cut to fit a pull-request comment/);
    // every opened fold is closed, every fence closed: valid markdown after the cut
    expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('many flags of one code: the first 15, then a count (the json has them all)', () => {
    const { base, head } = sides(2, 1);
    const r = computeReview(base, head);
    r.flags = Array.from({ length: 40 }, (_, i) => ({ code: 'U203', kind: 'monthly-total' as const, customer: `c${i}`, message: `monthly total ¥1 → ¥${i}` }));
    const md = renderMarkdown(r);
    expect(md).toContain('### ⚠ Risk flags (40): changed monthly total');
    expect((md.match(/^- ⚠ \*\*U203\*\* `c/gm) ?? []).length).toBe(15);
    expect(md).toContain('- ⚠ **U203** … and 25 more (all of them: `vmsc plan --format json`)');
  });

  it('one long diff is cut in its middle; a text too different is not diffed', () => {
    const { base, head } = sides(1, 400);
    const md = renderMarkdown(computeReview(base, head));
    expect(md).toMatch(/… \d+ characters of this diff cut …/);
    expect(md).toContain('-c0000 line 0 old');
    expect(md).toContain('+c0000 line 399 new');
    const big = sides(1, 1200);
    expect(renderMarkdown(computeReview(big.base, big.head))).toContain('more than 1000 changed lines (1200 → 1200 lines): not diffed here');
  });

  it('no change: exit 0', () => {
    const { base } = sides(3, 2);
    const r = computeReview(base, { ...base, label: 'working tree' });
    expect(reviewExitCode(r)).toBe(0);
    expect(renderMarkdown(r)).toContain('No artifact changes.');
  });
});
