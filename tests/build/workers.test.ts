/**
 * The customer groups on worker threads: a worker gets the model without its customers (each task brings the
 * customers it renders), customer-scoped emitters see a scope without the customer list (what their group key
 * covers), the bytes come back encoded and transferred — the same bytes as in process; agents/bundle reuses the
 * target files agents/<target> rendered, never stale ones.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssets, readRoot } from '../../src/cli/host.js';
import { startWorkers } from '../../src/cli/pool.js';
import { compile } from '../../src/driver/index.js';
import { forgetMonitoring } from '../../src/resolve/resolve.js';
import { EMITTERS } from '../../src/emit/registry.js';
import { customerScope, emitCustomer } from '../../src/emit/run.js';
import type { Artifact, CustomerEmitter } from '../../src/emit/types.js';
import { targetFiles } from '../../src/emit/agents/bundle.js';
import { TARGETS } from '../../src/targets/index.js';
import { toBytes } from '../../src/write/manifest.js';
import { copyExample, EXAMPLE, REPO } from './util.js';

const TODAY = '2026-11-27';

function exampleModel() {
  const { model } = compile(readRoot(EXAMPLE), { today: TODAY });
  if (!model) throw new Error('the example does not compile');
  return model;
}

const customerEmitters = EMITTERS.filter((e): e is CustomerEmitter => e.scope === 'customer');

const hex = (arts: readonly Artifact[]) => arts.map((a) => [a.path, a.kind, a.customer, Buffer.from(toBytes(a.data)).toString('hex')]);

describe('customer groups on worker threads', () => {
  it('a customer-scoped emitter sees the policies and the register, and reading the customer list fails', async () => {
    const model = exampleModel();
    const scope = customerScope(model);
    expect(scope.policies).toBe(model.policies);
    expect(scope.records).toBe(model.records);
    expect(customerScope(model)).toBe(scope);
    expect(() => scope.customers).toThrow(/customer-scoped emitter read the list of customers/);
    const c = model.customers[0]!;
    const nosy: CustomerEmitter = {
      name: 'test/nosy',
      scope: 'customer',
      emit: (ctx) => [{ path: 'x', kind: 'test/nosy', data: String(ctx.model.customers.length) }],
    };
    await expect(emitCustomer(nosy, { model, assets: readAssets() }, c)).rejects.toThrow(/list of customers/);
    const polite: CustomerEmitter = {
      name: 'test/polite',
      scope: 'customer',
      emit: (ctx, x) => [{ path: `${x.id}/p`, kind: 'test/polite', data: ctx.model.policies.provider.name }],
    };
    expect(await emitCustomer(polite, { model, assets: readAssets() }, c)).toEqual([
      { path: `${c.id}/p`, kind: 'test/polite', customer: c.id, data: model.policies.provider.name },
    ]);
  });

  it('the pool renders every customer group with the bytes of the in-process emit (tasks bring their customers)', async () => {
    const model = exampleModel();
    const assets = readAssets();
    const pool = startWorkers(2);
    expect(pool, 'the compiled worker (dist/) is built by the test set-up').toBeDefined();
    try {
      pool!.setModel(model, assets);
      for (const c of model.customers) {
        const jobs = customerEmitters.map((e) => ({ emitter: e.name, customer: c.id }));
        const [fromWorker, inProcess] = await Promise.all([pool!.emit(jobs), Promise.all(customerEmitters.map((e) => emitCustomer(e, { model, assets }, c)))]);
        expect(fromWorker.map(hex)).toEqual(inProcess.map(hex));
        for (const arts of fromWorker)
          for (const a of arts) {
            expect(a.data).toBeInstanceOf(Uint8Array);
            // the worker's sha256 is the one of the bytes it sent (the build stores the file under it)
            expect(a.sha256).toBe(createHash('sha256').update(a.data).digest('hex'));
          }
      }
      await expect(pool!.emit([{ emitter: customerEmitters[0]!.name, customer: 'no-such-customer' }])).rejects.toThrow(/no customer no-such-customer/);
    } finally {
      await pool!.close();
    }
  });

  it('a thread that runs out of its heap limit is replaced by one without it, which runs its tasks: same bytes', async () => {
    const model = exampleModel();
    const assets = readAssets();
    // 4 MB of old generation cannot even hold the emitters' modules: both threads run out and are replaced
    const pool = startWorkers(2, { heapLimitMb: 4 });
    expect(pool).toBeDefined();
    try {
      pool!.setModel(model, assets);
      const c = model.customers[0]!;
      const jobs = customerEmitters.map((e) => ({ emitter: e.name, customer: c.id }));
      const [a, b] = await Promise.all([pool!.emit(jobs), pool!.emit(jobs)]);
      const inProcess = await Promise.all(customerEmitters.map((e) => emitCustomer(e, { model, assets }, c)));
      expect(a.map(hex)).toEqual(inProcess.map(hex));
      expect(b.map(hex)).toEqual(inProcess.map(hex));
      expect((pool as { restarts?: number }).restarts).toBeGreaterThan(0);
    } finally {
      await pool!.close();
    }
  });

  it('a customer sent to a worker does not keep its monitoring setups here (read again, they resolve to equal values)', async () => {
    const model = exampleModel();
    const c = model.customers[0]!;
    const s = c.servers[0]!;
    const first = s.monitoring;
    expect(s.monitoring).toBe(first); // kept once read
    forgetMonitoring(c);
    const again = s.monitoring;
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    const pool = startWorkers(1)!;
    try {
      pool.setModel(model, readAssets());
      const kept = c.servers.map((x) => x.monitoring);
      await pool.emit([{ emitter: 'agents/zabbix', customer: c.id }]);
      // the message's clone read every setup; the pool dropped them after posting it
      c.servers.forEach((x, i) => {
        expect(x.monitoring).not.toBe(kept[i]);
        expect(x.monitoring).toEqual(kept[i]);
      });
    } finally {
      await pool.close();
    }
  });

  // Node.js refuses these in a worker's execArgv (ERR_WORKER_INVALID_EXEC_ARGV) or, --input-type, for a file
  for (const flags of [
    [],
    ['--max-old-space-size=4096'],
    ['--stack-trace-limit=50', '--enable-source-maps'],
    ['--expose-gc', '--title=vmsc', '--max-semi-space-size=16'],
  ]) {
    it(`threads start in a process run as \`node ${[...flags, '--input-type=module'].join(' ')} -e …\` (a worker is given only the options it takes)`, () => {
      // the compiled pool and worker (dist/, built by the test set-up), as a script using vmsc as a library would
      const pool = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'pool.js');
      const code = `import { startWorkers } from ${JSON.stringify(pool)};
const p = startWorkers(2);
const paths = await p.load([1, 2, 3].map((i) => ({ path: 'customers/x' + i + '.yaml', bytes: new TextEncoder().encode('id: x' + i + '\\n') })));
await p.close();
console.log(paths.map((j) => JSON.parse(j).path).join(' '));`;
      const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', code], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('customers/x1.yaml customers/x2.yaml customers/x3.yaml');
    });
  }

  it('a build run as `node --max-old-space-size=4096 bin/vmsc.js build` renders on its workers and checks out/ on its thread', () => {
    const root = copyExample();
    const run = () =>
      spawnSync(
        process.execPath,
        ['--max-old-space-size=4096', join(REPO, 'bin', 'vmsc.js'), 'build', '--root', root, '--today', '2026-11-27', '--jobs', '2'],
        {
          encoding: 'utf8',
          env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', VMSC_TIMINGS: '1' },
        },
      );
    const cold = run();
    expect(cold.status).toBe(0);
    expect(cold.stderr).toMatch(/emit \(\d+ groups, 2 workers\)/);
    // one customer changed: the out/ thread answered, so its unchanged folders are carried over whole
    const f = join(root, 'customers', 'minato-clinic.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^representative: .*$/m, 'representative: 港 三郎'));
    const again = run();
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/folders carried over whole/);
    expect(again.stderr).not.toMatch(/ 0 folders carried over whole/);
  });

  it("agents/bundle's reuse of the target files: a copy each time, and a new model is rendered anew", () => {
    const model = exampleModel();
    const server = model.customers[0]!.servers[0]!;
    const target = TARGETS[0]!;
    const first = targetFiles(model, server, target);
    first[0]!.data = 'changed by the caller';
    const again = targetFiles(model, server, target);
    expect(again[0]!.data).not.toBe('changed by the caller');
    const fresh = target
      .files({ model, server })
      .map((f) => ({ path: `${target.name}/${f.path}`, data: f.data }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(again).toEqual(fresh);
    // the same server object under another model (the provider's monitoring on other hosts): not the files of the first one
    const provider = model.policies.provider;
    const monitoring = {
      ...provider.monitoring,
      ...(provider.monitoring.datadog ? { datadog: { ...provider.monitoring.datadog, site: 'datadoghq.eu' } } : {}),
      ...(provider.monitoring.zabbix ? { zabbix: { ...provider.monitoring.zabbix, server: 'zabbix2.example.jp', serverActive: 'zabbix2.example.jp' } } : {}),
    };
    const other = { ...model, policies: { ...model.policies, provider: { ...provider, monitoring } } };
    const otherFresh = target
      .files({ model: other, server })
      .map((f) => ({ path: `${target.name}/${f.path}`, data: f.data }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(otherFresh).not.toEqual(fresh);
    expect(targetFiles(other, server, target)).toEqual(otherFresh);
  });
});
