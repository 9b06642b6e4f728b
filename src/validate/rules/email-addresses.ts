import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Phrase } from '../../diagnostics/messages/rules.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/yaml.js';
import type { Rule } from '../rule.js';

/** What an SMTP server accepts beyond the schema's syntax check (RFC 5321 4.5.3.1, header injection). */
const PLAIN = /^[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
/**
 * A top-level domain is two or more letters (jp, com) or an internationalised one (xn--…): the root zone has no
 * other, and yaml-language-server's e-mail regex flags the rest too (tests/init/yaml-language-server.test.ts).
 */
const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** why an address is not one an SMTP server accepts (English), undefined when it is */
export function emailProblem(address: string): string | undefined {
  return emailProblemPhrase(address)?.en;
}

function emailProblemPhrase(address: string): Phrase | undefined {
  if (PLAIN.test(address)) return undefined; // the common case, decided by one regular expression
  if (/[\r\n]/.test(address))
    return {
      en: 'contains a line break (CR/LF), which could inject mail headers',
      ja: '改行（CR/LF）を含んでおり、メールヘッダーを差し込まれるおそれがあります',
    };
  if (/[\u0000-\u001f\u007f\s]/.test(address)) return { en: 'contains a space or control character', ja: '空白または制御文字を含んでいます' };
  if (/\{\{|\}\}/.test(address))
    return {
      en: 'contains "{{" or "}}", which Alertmanager expands as a Go template (it would mail another address)',
      ja: '"{{" または "}}" を含んでいます。Alertmanager が Go テンプレートとして展開します（別のアドレスに送られてしまいます）',
    };
  const at = address.lastIndexOf('@');
  if (at <= 0) return { en: 'has no local part before "@"', ja: '"@" の前のローカル部がありません' };
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || (/[^\x00-\x7f]/.test(local) && Buffer.byteLength(local) > 64))
    return { en: 'has a local part (before "@") longer than 64 characters', ja: '"@" の前のローカル部が 64 文字を超えています' };
  if (!domain.includes('.'))
    return {
      en: `has a domain "${domain}" without a dot; a mail domain is like example.co.jp`,
      ja: `ドメイン "${domain}" にドットがありません。メールのドメインは example.co.jp のような形です`,
    };
  if (domain.split('.').some((l) => l.length > 63))
    return { en: 'has a domain label longer than 63 characters', ja: '63 文字を超えるドメインラベルがあります' };
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (!TLD.test(tld))
    return {
      en: `has a top-level domain "${tld}" that is not two or more letters; a mail domain ends like .jp or .com`,
      ja: `トップレベルドメイン "${tld}" が 2 文字以上の英字ではありません。メールのドメインは .jp や .com のように終わります`,
    };
  return undefined;
}

export const emailAddresses: Rule = {
  code: 'R009',
  check(ctx) {
    const out: Diagnostic[] = [];
    const test = (file: string, path: DataPath, address: string | undefined) => {
      if (address === undefined) return;
      const problem = emailProblemPhrase(address);
      if (problem) out.push(ctx.at('R009', 'error', file, path, MESSAGES.R009.address({ address, problem })));
    };
    for (const c of ctx.inputs.customers) {
      c.data.contacts.forEach((x, i) => {
        test(c.file, ['contacts', i, 'email'], x.email);
      });
      test(c.file, ['billing', 'email'], c.data.billing.email);
    }
    const p = ctx.inputs.provider;
    if (p) {
      test(p.file, ['mail', 'from', 'address'], p.data.mail.from.address);
      test(p.file, ['mail', 'replyTo'], p.data.mail.replyTo);
    }
    const r = ctx.inputs.routing;
    if (r) {
      r.data.receivers.forEach((x, i) => {
        test(r.file, ['receivers', i, 'email'], x.email);
      });
    }
    return out;
  },
};
