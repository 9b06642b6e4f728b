import { describe, expect, it } from 'vitest';
import { breakLines, NO_LINE_END, NO_LINE_START } from '../../src/emit/documents/linebreak.js';

// every character 1 unit wide except ASCII (0.5): widths stay predictable
const measure = (s: string) => Array.from(s).reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

describe('Japanese line breaking (禁則処理)', () => {
  const cases: Array<[string, string, number, string[]]> = [
    ['fits on one line', 'お支払期限', 10, ['お支払期限']],
    ['breaks between kanji', 'あいうえおかきくけこ', 4, ['あいうえ', 'おかきく', 'けこ']],
    ['行頭禁則: 。 never starts a line (pushed out with the character before it)', 'あいう。えお', 3, ['あい', 'う。え', 'お']],
    ['行頭禁則: 、', 'あいう、えお', 3, ['あい', 'う、え', 'お']],
    ['行頭禁則: 」', '「あい」です', 3, ['「あ', 'い」で', 'す']],
    ['行頭禁則: ） stays with the character before it', '（税抜）金額です', 3, ['（税', '抜）金', '額です']],
    ['行頭禁則: ー (長音)', 'サーバーです', 3, ['サー', 'バーで', 'す']],
    ['行頭禁則: small kana ッ', 'バックアップ', 2, ['バッ', 'ク', 'アッ', 'プ']],
    ['行末禁則: 「 never ends a line', 'あい「うえ」', 3, ['あい', '「う', 'え」']],
    ['a Latin run never splits', 'TEL 03-1234-5678です', 6, ['TEL', '03-1234-5678', 'です']],
    ['an amount never splits', '金額は¥1,234,567です', 6, ['金額は', '¥1,234,567', 'です']],
    ['a run wider than the line is cut by character', 'abcdefgh', 2, ['abcd', 'efgh']],
    ['explicit line ends are kept', 'あい\nう', 10, ['あい', 'う']],
    ['spaces at a line end are dropped', 'ab cd ef', 2, ['ab', 'cd', 'ef']],
  ];
  for (const [name, text, width, lines] of cases) {
    it(`第6号§4: ${name}`, () => {
      expect(breakLines(text, width, measure)).toEqual(lines);
    });
  }

  it('no line of a long clause starts with a no-start character, none ends with a no-end one, none is too wide', () => {
    const clause =
      '遅延損害金：支払期限日までにお支払いがない場合、個別対価に対し年14.6%の割合で、支払期限日の翌日からお支払い完了日までの日数について年365日の日割り計算により算定し（円未満切捨て）、ご請求します（第17条）。「サービス仕様書」―サーバー、ストレージ、バックアップ。';
    for (let width = 3; width <= 30; width++) {
      const lines = breakLines(clause, width, measure);
      expect(lines.join('')).toBe(clause);
      lines.forEach((l, i) => {
        if (i > 0) expect(NO_LINE_START.has(Array.from(l)[0]!), `width ${width}: line ${i} ${l}`).toBe(false);
        if (i < lines.length - 1) expect(NO_LINE_END.has(Array.from(l).pop()!), `width ${width}: line ${i} ${l}`).toBe(false);
        expect(measure(l)).toBeLessThanOrEqual(width);
      });
    }
  });
});
