/**
 * Japanese line breaking (禁則処理) for the layout engine.
 *
 * The text is cut into atoms that never break inside: a Latin run (word, number, `¥1,234,567`,
 * `03-1234-5678`, a mail address), a single space, or one other character (kana, kanji, punctuation).
 * A character that may not start a line (、。」）ー small kana …) is glued to the atom before it, and one
 * that may not end a line (「（ …) to the atom after it: breaking only between atoms then pushes the
 * offending character to the next line with its neighbour (追い出し). An atom wider than a whole line is
 * cut by character as a last resort. Spaces at a line's end are dropped.
 */

/** 行頭禁則: may not start a line */
export const NO_LINE_START = new Set(
  Array.from(
    '、。，．,.・：；:;？！?!‼⁇⁈⁉ー－‐゠–〜～…‥゛゜ヽヾゝゞ々〻）)］]｝}〕〉》」』】〙〗〟’”»›ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ%％℃°′″¢￠',
  ),
);

/** 行末禁則: may not end a line */
export const NO_LINE_END = new Set(Array.from('（(［[｛{〔〈《「『【〘〖〝‘“«‹'));

/** characters that, with ASCII letters and digits, form an unbreakable Latin run */
const LATIN = /[\x21-\x7e¥￥€£\u00c0-\u024f]/;

export type Measure = (text: string) => number;

function atoms(text: string): string[] {
  const units: string[] = [];
  let latin = '';
  for (const ch of text) {
    if (ch !== ' ' && LATIN.test(ch) && !NO_LINE_END.has(ch) && !(NO_LINE_START.has(ch) && latin === '')) {
      // opening brackets start a new unit, so that they can glue to what follows
      latin += ch;
      continue;
    }
    if (latin) {
      units.push(latin);
      latin = '';
    }
    units.push(ch);
  }
  if (latin) units.push(latin);
  // glue: no-start characters to the previous unit, no-end characters to the next one
  const out: string[] = [];
  let carry = '';
  for (const u of units) {
    const first = Array.from(u)[0]!;
    if (carry) {
      out.push(carry + u);
      carry = '';
    } else if (out.length && u !== ' ' && NO_LINE_START.has(first) && out[out.length - 1] !== ' ') {
      out[out.length - 1] += u;
    } else {
      out.push(u);
    }
    const last = out[out.length - 1]!;
    const lastCh = Array.from(last).pop()!;
    if (NO_LINE_END.has(lastCh)) carry = out.pop()!;
  }
  if (carry) out.push(carry);
  return out;
}

/** Breaks one paragraph (no line ends inside) into lines no wider than `width`. */
function breakParagraph(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let lineW = 0;
  const push = () => {
    lines.push(line.replace(/ +$/, ''));
    line = '';
    lineW = 0;
  };
  for (const atom of atoms(text)) {
    if (atom === ' ' && line === '' && lines.length) continue; // no space at the start of a continued line
    const w = measure(atom);
    if (lineW + w <= width) {
      line += atom;
      lineW += w;
      continue;
    }
    if (line.replace(/ +$/, '') !== '') push();
    if (atom === ' ') continue;
    if (w <= width) {
      line = atom;
      lineW = w;
      continue;
    }
    // an atom wider than the line: cut by character
    for (const ch of atom) {
      const cw = measure(ch);
      if (lineW + cw > width && line !== '') push();
      line += ch;
      lineW += cw;
    }
  }
  if (line !== '' || lines.length === 0) push();
  return lines;
}

/** Breaks text into lines no wider than `width` (explicit line ends are kept). */
export function breakLines(text: string, width: number, measure: Measure): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) out.push(...breakParagraph(para, width, measure));
  return out;
}
