/**
 * The command line on a registry of commands: commander parses, the command module does its part, exit codes
 * 0 / 1 / 2. main.ts runs it on every command; check-main.ts (the check bundle, docs/build.md) on `check` alone.
 */
import { Command, CommanderError } from 'commander';
import { CliError, processIO } from './io.js';
import type { CliIO } from './io.js';
import type { CommandEntry } from './commands/index.js';
import { packageVersion } from './host.js';
import { LANGS, langFromEnv } from '../diagnostics/lang.js';
import type { Lang } from '../diagnostics/lang.js';
import { useRenderBundle } from './render-bundle.js';
/** `--lang ja|en` anywhere on the command line (every command takes it), else the locale of the environment */
function langOf(argv: readonly string[], env: CliIO['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v === undefined) continue;
    if (!(LANGS as readonly string[]).includes(v)) throw new CliError(`--lang must be one of ${LANGS.join(', ')}, not ${JSON.stringify(v)}`, 2);
    return v as Lang;
  }
  return langFromEnv(env);
}

const LANG_HELP = 'language of messages and hints: ja or en (default: from LC_ALL, LC_MESSAGES, LANG)';

function addLang(c: Command): void {
  c.option('--lang <lang>', LANG_HELP);
  for (const sub of c.commands) addLang(sub);
}

/** the command a command line runs (the first word that is not an option), undefined for none */
export function commandOf(argv: readonly string[]): string | undefined {
  return argv.find((a) => !a.startsWith('-'));
}

export async function runCommands(argv: readonly string[], given: CliIO, commands: readonly CommandEntry[]): Promise<number> {
  // the packages that render (PDF, fonts, templates, mail) from the bundle beside this code, when there is one
  useRenderBundle();
  let lang: Lang;
  try {
    lang = langOf(argv, given.env);
  } catch (e) {
    given.stderr(`vmsc: ${(e as CliError).message}\n`);
    return 2;
  }
  const io: CliIO = { ...given, lang };
  let exit = 0;
  const setExit = (code: number) => {
    exit = code;
  };
  const program = new Command('vmsc')
    .description(
      'VVAULT managed-service compiler: customers and policies (YAML) to agent bundles, alert routing, contract and invoice PDFs, and change notices',
    )
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run vmsc --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  // only the command being run is imported; help (or an unknown command) needs them all
  const first = commandOf(argv);
  const wanted = commands.find((c) => c.name === first);
  const modules = await Promise.all((wanted ? [wanted] : commands).map((c) => c.load()));
  for (const m of modules) m.register(program, io, setExit);
  for (const c of program.commands) addLang(c);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof CliError) {
      const ja = lang === 'ja' ? e.ja : undefined;
      const [message, hint] = ja ? [ja.message, ja.hint] : [e.message, e.hint];
      io.stderr(`vmsc: ${message}\n${hint ? `${ja ? 'ヒント' : 'hint'}: ${hint}\n` : ''}`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr(`vmsc: internal error: ${err.message}\n${io.env['VMSC_DEBUG'] ? `${err.stack ?? ''}\n` : 'set VMSC_DEBUG=1 for details; please report this\n'}`);
    return 2;
  }
}

/**
 * The `main` of a single-command bundle (check-main.ts, build-main.ts: dist/bundle/<name>.cjs, run by bin/vmsc.js
 * with its code cache): that command exactly as main.ts runs it, with only its module registered
 */
export function singleCommandMain(entry: CommandEntry): (argv: readonly string[]) => Promise<number> {
  return async (argv) => {
    const args = argv.slice(2);
    // bin/vmsc.js runs the bundle for this command only: any other command line needs the registry of main.ts
    if (commandOf(args) !== entry.name) throw new Error(`the ${entry.name} bundle runs vmsc ${entry.name}, not ${JSON.stringify(args)}`);
    return runCommands(args, processIO(), [entry]);
  };
}
