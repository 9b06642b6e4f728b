/**
 * CIDRs (provider.remoteAccess.rdpSourceAddresses): the schema checks the shape; this rule checks the numbers.
 * An octet over 255 or with a leading zero (ambiguous: octal in some tools) is an error. Host bits set
 * (203.0.113.10/24) are an error too: firewalls silently widen it to the network, which is rarely what was
 * meant, and the firewall rule we emit must say exactly which addresses may connect by RDP.
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Phrase } from '../../diagnostics/messages/rules.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

/** why a CIDR is wrong (English), and the network it covers when only host bits are set */
export function cidrProblem(cidr: string): { problem: string; fix?: string } | undefined {
  const r = cidrProblemPhrase(cidr);
  return r && { problem: r.problem.en, ...(r.fix ? { fix: r.fix } : {}) };
}

function cidrProblemPhrase(cidr: string): { problem: Phrase; fix?: string } | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (!m) return { problem: { en: 'is not an IPv4 CIDR like 203.0.113.10/32', ja: '203.0.113.10/32 のような IPv4 の CIDR ではありません' } };
  const octets = m.slice(1, 5).map((s) => s!);
  for (const o of octets) {
    if (Number(o) > 255) return { problem: { en: `has octet ${o}, over 255`, ja: `255 を超えるオクテット ${o} を含んでいます` } };
    if (o.length > 1 && o.startsWith('0'))
      return { problem: { en: `has octet "${o}" with a leading zero`, ja: `先頭が 0 のオクテット "${o}" を含んでいます` } };
  }
  const prefix = Number(m[5]);
  if (prefix > 32) return { problem: { en: `has prefix length /${prefix}, over 32`, ja: `プレフィックス長 /${prefix} が 32 を超えています` } };
  const addr = octets.reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - prefix);
  const network = addr - (addr % size);
  if (network !== addr) {
    const net = [24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join('.');
    return {
      problem: {
        en: `has host bits set: /${prefix} covers ${net}/${prefix}`,
        ja: `ホスト部のビットが立っています: /${prefix} は ${net}/${prefix} 全体を指します`,
      },
      fix: `${net}/${prefix}`,
    };
  }
  return undefined;
}

export const cidrValid: Rule = {
  code: 'R024',
  check(ctx) {
    const p = ctx.inputs.provider;
    if (!p) return [];
    const out: Diagnostic[] = [];
    p.data.remoteAccess.rdpSourceAddresses.forEach((c, i) => {
      const r = cidrProblemPhrase(c);
      if (r)
        out.push(ctx.at('R024', 'error', p.file, ['remoteAccess', 'rdpSourceAddresses', i], MESSAGES.R024.cidr({ cidr: c, problem: r.problem, fix: r.fix })));
    });
    return out;
  },
};
