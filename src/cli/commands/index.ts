/** The command registry: one line per command module. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { register as check } from './check.js';
import { register as notices } from './notices.js';
import { register as send } from './send.js';
import { register as build } from './build.js';
import { register as manifest } from './manifest.js';
import { register as plan } from './plan.js';
import { register as bill } from './bill.js';
import { register as calendar } from './calendar.js';
import { register as route } from './route.js';
import { register as contract } from './contract.js';
import { register as invoice } from './invoice.js';

export type Register = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

export const COMMANDS: Register[] = [check, build, plan, manifest, bill, calendar, notices, send, route, contract, invoice];
