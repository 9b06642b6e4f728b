/**
 * CIDRs (provider.remoteAccess.rdpSourceAddresses): the schema checks the shape; this rule checks the numbers.
 * An octet over 255 or with a leading zero (ambiguous: octal in some tools) is an error. Host bits set
 * (203.0.113.10/24) are an error too: firewalls silently widen it to the network, which is rarely what was
 * meant, and the firewall rule we emit must say exactly which addresses may connect by RDP.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

export function cidrProblem(cidr: string): { problem: string; fix?: string } | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (!m) return { problem: 'is not an IPv4 CIDR like 203.0.113.10/32' };
  const octets = m.slice(1, 5).map((s) => s!);
  for (const o of octets) {
    if (Number(o) > 255) return { problem: `has octet ${o}, over 255` };
    if (o.length > 1 && o.startsWith('0')) return { problem: `has octet "${o}" with a leading zero` };
  }
  const prefix = Number(m[5]);
  if (prefix > 32) return { problem: `has prefix length /${prefix}, over 32` };
  const addr = octets.reduce((a, o) => a * 256 + Number(o), 0);
  const size = 2 ** (32 - prefix);
  const network = addr - (addr % size);
  if (network !== addr) {
    const net = [24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join('.');
    return { problem: `has host bits set: /${prefix} covers ${net}/${prefix}`, fix: `${net}/${prefix}` };
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
      const r = cidrProblem(c);
      if (r)
        out.push(
          ctx.at(
            'R024',
            'error',
            p.file,
            ['remoteAccess', 'rdpSourceAddresses', i],
            `CIDR ${JSON.stringify(c)} ${r.problem}`,
            r.fix
              ? `write ${r.fix} for the whole network, or ${c.replace(/\/\d+$/, '/32')} for the single address`
              : 'write an IPv4 address block like 203.0.113.10/32',
          ),
        );
    });
    return out;
  },
};
