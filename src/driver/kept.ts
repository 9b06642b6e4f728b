/**
 * Rule results kept between processes: `<state>/check/rules.json` of the check cache, what the rules' `keptAcross`
 * (validate/rules/helpers.ts) read and write through `ctx.kept`. After one customer of 1,000 changed, a new process
 * then computes that customer's D001, R004 and B-rule results, and takes the others' from here.
 *
 * Like the per-file cache it never changes a result: an entry is about one file and is used only for the same
 * bytes of it (sha256) and the same `extra` (the value of everything else its rule read); the whole file is for
 * one compiler fingerprint and one `today`. Each run writes exactly the entries it used (none of a removed file
 * stays), and only when that set changed.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { KeptRuleResults } from '../validate/rule.js';

/** JSON text with every non-ASCII character escaped (\\uXXXX): same value, pure ASCII bytes (read as latin1) */
export function ascii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** one file's kept results: the sha256 of its bytes, and per rule code [extra, diagnostics] */
type FileEntry = [string, Record<string, [string, Diagnostic[]]>];

export class KeptRules implements KeptRuleResults {
  private readonly before = new Map<string, FileEntry>();
  private beforeCount = 0;
  /** the entries used or made in this run, per file */
  private readonly now = new Map<string, FileEntry>();
  private nowCount = 0;
  private added = 0;

  /** `text`: the kept file as read (undefined: none); `shas`: path -> sha256 of the bytes of each input file read */
  constructor(
    text: string | undefined,
    private readonly head: { fingerprint: string; today: string },
    private readonly shas: ReadonlyMap<string, string>,
  ) {
    if (text === undefined) return;
    let doc: { fingerprint?: unknown; today?: unknown; files?: unknown };
    try {
      doc = JSON.parse(text) as typeof doc;
    } catch (e) {
      if (e instanceof SyntaxError) return; // a torn or foreign file: nothing kept
      throw e;
    }
    if (doc.fingerprint !== head.fingerprint || doc.today !== head.today || typeof doc.files !== 'object' || doc.files === null) return;
    for (const [path, e] of Object.entries(doc.files as Record<string, unknown>)) {
      if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'object' || e[1] === null) continue;
      this.before.set(path, e as FileEntry);
      this.beforeCount += Object.keys(e[1] as object).length;
    }
  }

  sha(file: string): string | undefined {
    return this.shas.get(file);
  }

  private mine(file: string, sha: string): FileEntry[1] {
    let e = this.now.get(file);
    if (!e) this.now.set(file, (e = [sha, {}]));
    return e[1];
  }

  get(code: string, file: string, extra: string): Diagnostic[] | undefined {
    const sha = this.shas.get(file);
    const e = sha === undefined ? undefined : this.before.get(file);
    const hit = e && e[0] === sha ? e[1][code] : undefined;
    if (!hit || hit[0] !== extra || !Array.isArray(hit[1])) return undefined;
    const rules = this.mine(file, sha!);
    if (!rules[code]) this.nowCount++;
    rules[code] = hit;
    return hit[1];
  }

  set(code: string, file: string, extra: string, out: Diagnostic[]): void {
    const sha = this.shas.get(file);
    if (sha === undefined) return;
    const rules = this.mine(file, sha);
    if (!rules[code]) this.nowCount++;
    rules[code] = [extra, out];
    this.added++;
  }

  /** the entries used differ from those read: an entry made, or one read and not used */
  get changed(): boolean {
    return this.added > 0 || this.nowCount !== this.beforeCount;
  }

  /** the text of the file to keep: the entries used in this run, in chunks */
  *chunks(): Generator<string> {
    let chunk = `{"fingerprint":${JSON.stringify(this.head.fingerprint)},"today":${JSON.stringify(this.head.today)},"files":{`;
    let first = true;
    for (const [path, e] of this.now) {
      chunk += `${first ? '' : ','}\n${JSON.stringify(path)}:${JSON.stringify(e)}`;
      first = false;
      if (chunk.length > 1 << 20) {
        yield ascii(chunk);
        chunk = '';
      }
    }
    yield ascii(`${chunk}\n}}\n`);
  }
}
