import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { windowsVolumePathProblem } from '../../domain/windows-path.js';
import type { Rule } from '../rule.js';

/**
 * A monitored volume's path must name a volume on the Windows server (drive root, folder or mount point on a
 * drive, or a UNC share): the Zabbix and Datadog monitors are built from it and cannot work otherwise.
 */
export const storagePathsOnWindows: Rule = {
  code: 'A010',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      c.data.servers.forEach((s, si) => {
        s.storage.forEach((v, vi) => {
          if (v.kind === 'cloud' || typeof v.path !== 'string' || v.path === '') return;
          const p = windowsVolumePathProblem(v.path);
          if (p)
            out.push(
              ctx.at(
                'A010',
                'error',
                c.file,
                ['servers', si, 'storage', vi, 'path'],
                MESSAGES.A010.notWindows({ path: v.path, volume: v.id, server: s.id, problem: p }),
              ),
            );
        });
      });
    }
    return out;
  },
};
