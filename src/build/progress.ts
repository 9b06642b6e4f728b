/**
 * Build progress on stderr: a bar redrawn in place on a terminal; plain lines (every 10 %) in CI
 * (`CI=true`) or when stderr is not a terminal; nothing with `--progress none`.
 */
import type { BuildProgress } from './build.js';

export type ProgressMode = 'bar' | 'lines' | 'none';

export function progressMode(opt: string | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): ProgressMode {
  if (opt === 'none' || opt === 'bar' || opt === 'lines') return opt;
  const ci = env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false' && env['CI'] !== '0';
  return isTTY && !ci ? 'bar' : 'lines';
}

/** returns the onProgress callback and a `finish()` that ends the bar's line */
export function progressReporter(
  mode: ProgressMode,
  write: (s: string) => void,
  label = 'build',
): { onProgress: (p: BuildProgress) => void; finish: () => void } {
  let lastStep = -1;
  let drawn = false;
  let lastDone = -1;
  const width = 30;
  return {
    onProgress: (p) => {
      if (mode === 'none' || p.total === 0 || p.done === lastDone) return;
      lastDone = p.done;
      if (mode === 'bar') {
        const filled = Math.round((p.done / p.total) * width);
        write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} groups (${p.cached} cached)`);
        drawn = true;
        return;
      }
      const step = Math.floor((p.done / p.total) * 10);
      if (step === lastStep || (p.total < 20 && p.done !== p.total)) return;
      lastStep = step;
      write(`${label}: ${p.done}/${p.total} artifact groups (${p.cached} from cache)\n`);
    },
    finish: () => {
      if (drawn) write('\n');
    },
  };
}
