/** Shared option parsing and the check step every command starts with. */
import { resolve } from 'node:path';
import { CliError } from './io.js';
import type { CliIO } from './io.js';
import { isDirectory, listRoot, nodeHost } from './host.js';
import { Driver, scopedModel } from '../driver/index.js';
import type { CheckResult, DriverOptions, RootCompile, Scope } from '../driver/index.js';
import { renderHuman, summaryLine } from '../diagnostics/render.js';
import { isValidDate, todayInTokyo } from '../util/dates.js';
import type { SourceFile } from '../load/yaml.js';
import type { Model } from '../model/model.js';
import { langFromEnv } from '../diagnostics/lang.js';
import type { Lang } from '../diagnostics/lang.js';

/** the language of messages: `--lang`, else the locale of the environment */
export function cliLang(io: CliIO): Lang {
  return io.lang ?? langFromEnv(io.env);
}

export function rootDir(io: CliIO, opt: string | undefined): string {
  const root = resolve(io.cwd, opt ?? '.');
  if (!isDirectory(root))
    throw new CliError(
      {
        en: [`root folder not found: ${root}`, 'pass --root DIR with the folder that holds policies/ and customers/'],
        ja: [`ルートのフォルダーがありません: ${root}`, 'policies/ と customers/ を含むフォルダーを --root DIR で指定してください'],
      },
      1,
    );
  if (listRoot(root).length === 0)
    throw new CliError(
      {
        en: [`no input files under ${root}`, 'a root holds policies/*.yaml and customers/*.yaml; pass --root DIR'],
        ja: [`${root} の下に入力ファイルがありません`, 'ルートには policies/*.yaml と customers/*.yaml があります。--root DIR で指定してください'],
      },
      1,
    );
  return root;
}

export function parseToday(io: CliIO, opt: string | undefined): string {
  if (opt === undefined) return todayInTokyo(io.now());
  if (!isValidDate(opt))
    throw new CliError(
      {
        en: [`--today must be a date YYYY-MM-DD, not ${JSON.stringify(opt)}`],
        ja: [`--today は日付 YYYY-MM-DD で指定してください（${JSON.stringify(opt)} は不可）`],
      },
      1,
    );
  return opt;
}

export function parseMonth(opt: string, flag = '--month'): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(opt))
    throw new CliError(
      { en: [`${flag} must be a month YYYY-MM, not ${JSON.stringify(opt)}`], ja: [`${flag} は月 YYYY-MM で指定してください（${JSON.stringify(opt)} は不可）`] },
      1,
    );
  return opt;
}

export function parseDate(opt: string, flag: string): string {
  if (!isValidDate(opt))
    throw new CliError(
      {
        en: [`${flag} must be a real date YYYY-MM-DD, not ${JSON.stringify(opt)}`],
        ja: [`${flag} は実在する日付 YYYY-MM-DD で指定してください（${JSON.stringify(opt)} は不可）`],
      },
      1,
    );
  return opt;
}

export function parseChoice<T extends string>(opt: string | undefined, flag: string, choices: readonly T[], dflt: T): T {
  if (opt === undefined) return dflt;
  if (!(choices as readonly string[]).includes(opt))
    throw new CliError(
      {
        en: [`${flag} must be one of ${choices.join(', ')}, not ${JSON.stringify(opt)}`],
        ja: [`${flag} は ${choices.join(', ')} のいずれかです（${JSON.stringify(opt)} は不可）`],
      },
      2,
    );
  return opt as T;
}

/** a driver on the root on disk, with the state folder's check cache when there is one */
export function openDriver(io: CliIO, root: string, opts: DriverOptions & { stateDir?: string | undefined; sources?: SourceFile[] }): Driver {
  const { stateDir, sources, ...options } = opts;
  return new Driver(nodeHost(root, { stateDir, now: io.now, ...(sources ? { sources } : {}) }), stateDir ? options : { ...options, cache: 'off' });
}

/** prints the diagnostics (human) to stderr and throws CliError(1): nothing is produced */
export function explain(io: CliIO, result: CheckResult, fileCount: number): never {
  const lang = cliLang(io);
  io.stderr(renderHuman(result.diagnostics, { lineText: (f, l) => result.lineText(f, l) }, { color: io.isTTY && !io.env['NO_COLOR'], lang }));
  io.stderr(summaryLine(result.diagnostics, fileCount, lang) + '\n');
  throw new CliError(
    {
      en: ['the inputs have errors; nothing was produced', 'fix the errors above, then run again (`vmsc check` lists them)'],
      ja: ['入力にエラーがあるため、何も作成しませんでした', '上のエラーを直してから、もう一度実行してください（`vmsc check` で一覧できます）'],
    },
    1,
  );
}

/**
 * The checked model of a driver's root; on errors prints them and throws CliError(1). Every command that
 * reads the model starts here, so bad input is always reported the same way.
 */
export async function modelOrExplain(io: CliIO, driver: Driver): Promise<{ model: Model; result: RootCompile }> {
  const result = await driver.compile();
  if (!result.model) explain(io, result, result.sources.length);
  return { model: result.model, result };
}

/** the checked model of a root (no cache: the small commands read a root once), for commands that need only it */
export async function loadModel(io: CliIO, root: string, today: string): Promise<{ model: Model; result: RootCompile }> {
  const driver = openDriver(io, root, { today, workers: 0 });
  try {
    return await modelOrExplain(io, driver);
  } finally {
    await driver.close();
  }
}

/**
 * The model a document of one customer or prospect needs (`vmsc contract`, `quote`, `application`, `invoice
 * --customer`): errors in the policies or in that customer's (prospect's) files stop it as `loadModel` does; errors
 * in other files are printed as P004 warnings naming them, and the document is still produced.
 */
export async function loadScopedModel(io: CliIO, root: string, today: string, scope: Scope): Promise<{ model: Model; result: RootCompile }> {
  const driver = openDriver(io, root, { today, workers: 0 });
  let result: RootCompile;
  try {
    result = await driver.compile();
  } finally {
    await driver.close();
  }
  if (result.model) return { model: result.model, result };
  const scoped = scopedModel(result, scope);
  if (!scoped.model) explain(io, { ...result, diagnostics: scoped.diagnostics }, result.sources.length);
  const lang = cliLang(io);
  // only what is new here: the files that did not block (the other warnings stay silent, as on a valid root)
  const notices = scoped.diagnostics.filter((d) => d.code === 'P004');
  io.stderr(renderHuman(notices, { lineText: (f, l) => result.lineText(f, l) }, { color: io.isTTY && !io.env['NO_COLOR'], lang }));
  return { model: scoped.model, result };
}
