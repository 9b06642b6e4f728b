import type { Lang } from '../diagnostics/lang.js';

/** What a command needs from the outside world; tests pass their own. */
export interface CliIO {
  /** the language of messages (`--lang`, else from LC_ALL / LC_MESSAGES / LANG); set by `run` */
  lang?: Lang;
  stdout(s: string): void;
  stderr(s: string): void;
  /** current directory */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  /** epoch ms of "now" (only for --today defaults and progress, never for outputs) */
  now(): number;
}

/** a CLI error's message and hint in English and Japanese: `{ en: [message, hint?], ja: [message, hint?] }` */
export interface CliText {
  en: readonly [message: string, hint?: string];
  ja: readonly [message: string, hint?: string];
}

/**
 * Thrown for bad arguments or bad input that has already been explained: exit code 1 or 2, no stack. Given a
 * `CliText`, `message` and `hint` are the English text and `ja` the Japanese one (main prints the one of --lang).
 */
export class CliError extends Error {
  public readonly hint: string | undefined;
  public readonly ja: { message: string; hint: string | undefined } | undefined;
  constructor(
    message: string | CliText,
    public readonly exitCode: 1 | 2 = 1,
    hint?: string,
  ) {
    super(typeof message === 'string' ? message : message.en[0]);
    this.hint = typeof message === 'string' ? hint : message.en[1];
    this.ja = typeof message === 'string' ? undefined : { message: message.ja[0], hint: message.ja[1] };
  }
}

/** a closed pipe (`vmsc check | head`) ends the output quietly instead of a stack trace */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export const processIO = (): CliIO => {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return processStreams();
};

const processStreams = (): CliIO => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  now: () => Date.now(),
});
