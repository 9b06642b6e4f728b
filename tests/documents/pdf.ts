/** Test helpers: text of a PDF (pdfjs-dist, legacy build for Node), qpdf --check, a model from a root. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readAssets, readRoot } from '../../src/cli/host.js';
import { compile } from '../../src/driver/index.js';
import type { Model } from '../../src/model/model.js';
import { EXAMPLE } from '../helpers.js';
import { tool } from '../tools.js';

export { EXAMPLE };
export const ASSETS = readAssets();

export function modelOf(root: string, today = '2026-11-27'): Model {
  const r = compile(readRoot(root), { today });
  if (!r.model)
    throw new Error(
      `no model: ${JSON.stringify(
        r.diagnostics.filter((d) => d.severity === 'error'),
        null,
        1,
      )}`,
    );
  return r.model;
}

export interface PdfText {
  pages: string[];
  /** all pages, lines joined with \n */
  text: string;
  info: Record<string, unknown>;
}

/** text of each page, one line per baseline (items on the same y joined without spaces) */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const lines = new Map<number, Array<{ x: number; s: string }>>();
    for (const it of content.items) {
      // pdfjs adds whitespace items for gaps between drawn strings: keep only what was drawn
      if (!('str' in it) || it.str.trim() === '') continue;
      const y = Math.round(it.transform[5]);
      const row = lines.get(y) ?? [];
      row.push({ x: it.transform[4], s: it.str });
      lines.set(y, row);
    }
    pages.push(
      [...lines.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, row]) =>
          row
            .sort((a, b) => a.x - b.x)
            .map((r) => r.s)
            .join(''),
        )
        .join('\n'),
    );
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, text: pages.join('\n'), info: meta.info as Record<string, unknown> };
}

/** runs `qpdf --check`; returns its output (throws with the output when qpdf reports a problem) */
export function qpdfCheck(bytes: Uint8Array, name = 'doc.pdf'): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-qpdf-'));
  const file = join(dir, name.replace(/\//g, '_'));
  writeFileSync(file, bytes);
  return execFileSync(tool('qpdf'), ['--check', file], { encoding: 'utf8' });
}
