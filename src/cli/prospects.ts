/** What the prospect commands (quote, application, promote) share: the id argument and finding the prospect. */
import { CliError } from './io.js';
import type { Inputs, Prospect } from '../model/inputs.js';
import { closest } from '../util/strings.js';

/** the id argument: an id as the schema allows it (no path, no upper case), else exit 1 saying so */
export function parseProspectId(id: string): string {
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(id))
    throw new CliError(
      {
        en: [
          `${JSON.stringify(id)} is not a prospect id`,
          'an id is 2-40 lowercase letters, digits or hyphens, starting with a letter: the file name prospects/<id>.yaml without folder or extension',
        ],
        ja: [
          `${JSON.stringify(id)} は見込み客 ID ではありません`,
          'ID は英小文字で始まる2〜40文字の英小文字・数字・ハイフンです。フォルダーや拡張子を付けず、prospects/<id>.yaml のファイル名を指定してください',
        ],
      },
      1,
    );
  return id;
}

/** the prospect of a checked root, or exit 1 with the ids there are */
export function findProspect(inputs: Pick<Inputs, 'prospects'>, id: string): Prospect {
  const p = inputs.prospects.find((x) => x.data.id === id && x.file === `prospects/${id}.yaml`);
  if (p) return p.data;
  const ids = inputs.prospects.map((x) => x.data.id);
  const near = closest(id, ids);
  throw new CliError(
    {
      en: [
        `no prospect ${JSON.stringify(id)} (prospects/${id}.yaml)`,
        near ? `did you mean ${near}?` : ids.length ? `prospects: ${ids.join(', ')}` : 'prospects/ holds no prospect',
      ],
      ja: [
        `見込み客 ${JSON.stringify(id)}（prospects/${id}.yaml）はありません`,
        near ? `${near} の誤りではありませんか？` : ids.length ? `見込み客: ${ids.join(', ')}` : 'prospects/ に見込み客はありません',
      ],
    },
    1,
  );
}
