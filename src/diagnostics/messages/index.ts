/**
 * The message catalogue: every message and hint of a diagnostic, in English and Japanese, keyed by code and
 * message id (`MESSAGES.R019.late(params)`). One section per stage; `tests/diagnostics/messages.test.ts` fails
 * when a code of `catalogue.ts` has no message here or a message lacks a language. Japanese texts use the words
 * of the terms (課金開始日, 最低利用期間, サービス終了予定日, 利用申込, 監視エージェント, …).
 */
import { LOAD } from './load.js';
import { SCHEMA } from './schema.js';
import { RULES_BASE } from './rules.js';
import { BILLING } from './billing.js';
import { TARIFF } from './tariff.js';
import { NOTICES } from './notices.js';
import { AGENTS } from './agents.js';
import { MONITORING } from './monitoring.js';
import { ROUTING } from './routing.js';
import { SALES } from './sales.js';

export const MESSAGES = { ...LOAD, ...SCHEMA, ...RULES_BASE, ...BILLING, ...TARIFF, ...NOTICES, ...AGENTS, ...MONITORING, ...ROUTING, ...SALES };

export type { Localized } from './message.js';
