import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/yaml.js';
import type { Rule } from '../rule.js';

/** What an SMTP server accepts beyond the schema's syntax check (RFC 5321 4.5.3.1, header injection). */
const PLAIN = /^[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z0-9-]{1,63}$/;

export function emailProblem(address: string): string | undefined {
  if (PLAIN.test(address)) return undefined; // the common case, decided by one regular expression
  if (/[\r\n]/.test(address)) return 'contains a line break (CR/LF), which could inject mail headers';
  if (/[\u0000-\u001f\u007f\s]/.test(address)) return 'contains a space or control character';
  if (/\{\{|\}\}/.test(address)) return 'contains "{{" or "}}", which Alertmanager expands as a Go template (it would mail another address)';
  const at = address.lastIndexOf('@');
  if (at <= 0) return 'has no local part before "@"';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || (/[^\x00-\x7f]/.test(local) && Buffer.byteLength(local) > 64)) return 'has a local part (before "@") longer than 64 characters';
  if (!domain.includes('.')) return `has a domain "${domain}" without a dot; a mail domain is like example.co.jp`;
  if (domain.split('.').some((l) => l.length > 63)) return 'has a domain label longer than 63 characters';
  return undefined;
}

export const emailAddresses: Rule = {
  code: 'R009',
  check(ctx) {
    const out: Diagnostic[] = [];
    const test = (file: string, path: DataPath, address: string | undefined) => {
      if (address === undefined) return;
      const p = emailProblem(address);
      if (p)
        out.push(
          ctx.at('R009', 'error', file, path, `e-mail address ${JSON.stringify(address)} ${p}`, 'write one address like name@example.co.jp on one line'),
        );
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
