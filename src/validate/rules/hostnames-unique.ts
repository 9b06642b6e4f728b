import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

export const hostnamesUnique: Rule = {
  code: 'R007',
  check(ctx) {
    const out: Diagnostic[] = [];
    const first = new Map<string, { file: string; id: string; server: string; hostname: string }>();
    for (const c of ctx.inputs.customers) {
      c.data.servers.forEach((s, i) => {
        const key = s.hostname.toUpperCase();
        const f = first.get(key);
        if (f === undefined) {
          first.set(key, { file: c.file, id: c.data.id, server: s.id, hostname: s.hostname });
          return;
        }
        const where = f.file === c.file ? `server ${f.server} of this customer` : `server ${f.server} of customer ${f.id} (${f.file})`;
        out.push(
          ctx.at(
            'R007',
            'error',
            c.file,
            ['servers', i, 'hostname'],
            `hostname "${s.hostname}" is already used by ${where}${f.hostname !== s.hostname ? ` as "${f.hostname}" (Windows names ignore case)` : ''}`,
            'each server needs its own Windows computer name; check for a copied server entry',
          ),
        );
      });
    }
    return out;
  },
};
