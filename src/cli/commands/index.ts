/**
 * The command registry: one line per command module. Modules load lazily: a run imports only the command
 * it runs (the PDF, SMTP and routing code stay unloaded for `vmsc check`), and all of them for help.
 */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';

export type Register = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

export interface CommandEntry {
  name: string;
  load(): Promise<{ register: Register }>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'check', load: () => import('./check.js') },
  { name: 'build', load: () => import('./build.js') },
  { name: 'plan', load: () => import('./plan.js') },
  { name: 'manifest', load: () => import('./manifest.js') },
  { name: 'bill', load: () => import('./bill.js') },
  { name: 'calendar', load: () => import('./calendar.js') },
  { name: 'route', load: () => import('./route.js') },
  { name: 'apply', load: () => import('./apply.js') },
  { name: 'contract', load: () => import('./contract.js') },
  { name: 'invoice', load: () => import('./invoice.js') },
  { name: 'quote', load: () => import('./quote.js') },
  { name: 'application', load: () => import('./application.js') },
  { name: 'promote', load: () => import('./promote.js') },
  { name: 'issue', load: () => import('./issue.js') },
  { name: 'records', load: () => import('./records.js') },
  { name: 'notices', load: () => import('./notices.js') },
  { name: 'send', load: () => import('./send.js') },
  { name: 'work', load: () => import('./work.js') },
  { name: 'lsp', load: () => import('./lsp.js') },
  { name: 'init', load: () => import('./init.js') },
  { name: 'schemas', load: () => import('./schemas.js') },
  { name: 'desk', load: () => import('./desk.js') },
];
