import { MESSAGES } from '../../diagnostics/messages/index.js';
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
        out.push(
          ctx.at(
            'R007',
            'error',
            c.file,
            ['servers', i, 'hostname'],
            MESSAGES.R007.duplicate({
              hostname: s.hostname,
              server: f.server,
              ...(f.file === c.file ? {} : { other: { id: f.id, file: f.file } }),
              firstAs: f.hostname !== s.hostname ? f.hostname : undefined,
            }),
          ),
        );
      });
    }
    return out;
  },
};
