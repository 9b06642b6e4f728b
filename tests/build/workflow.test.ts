import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.js';
import { copyExample, REPO } from './util.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  id?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; steps: Step[] }>;
}

const wf = parse(readFileSync(join(REPO, '.github', 'workflows', 'vmsc.yml'), 'utf8')) as Workflow;

/** the `npx vmsc …` command lines of a job, as argv (shell quotes removed, ${{ }} expressions substituted) */
function vmscCommands(job: string, subst: Record<string, string>): string[][] {
  const out: string[][] = [];
  for (const s of wf.jobs[job]!.steps) {
    for (const line of (s.run ?? '').split('\n')) {
      const m = /npx vmsc (.*?)(?:\s*>.*)?$/.exec(line.trim());
      if (!m) continue;
      const expanded = m[1]!.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
        if (!(e in subst)) throw new Error(`no substitution for ${e}`);
        return subst[e]!;
      });
      out.push((expanded.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^"|"$/g, '')));
    }
  }
  return out;
}

async function vmsc(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    env: { CI: 'true' },
    isTTY: false,
    now: () => Date.parse('2026-11-27T00:00:00Z'),
  });
  return { code, stdout, stderr };
}

describe('.github/workflows/vmsc.yml', () => {
  it('runs on pull requests and on pushes to main; a PR job posts one sticky comment and uploads out/', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    const pr = wf.jobs['pull-request']!.steps;
    expect(
      pr.some((s) => s.uses?.startsWith('marocchino/sticky-pull-request-comment@') && s.with?.['header'] === 'vmsc-plan' && s.with?.['path'] === 'plan.md'),
    ).toBe(true);
    for (const job of ['pull-request', 'main']) {
      expect(wf.jobs[job]!.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.['path'] === 'out/')).toBe(true);
      expect(wf.jobs[job]!.steps.some((s) => s.run === 'npm ci')).toBe(true);
    }
    const checkout = pr.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(vmscCommands('pull-request', { 'github.base_ref': 'main' }).map((c) => c[0])).toEqual(['check', 'build', 'plan']);
    expect(vmscCommands('main', {}).map((c) => c[0])).toEqual(['check', 'build']);
  });

  it('the commands it runs exist and accept those options: run them on a PR-like git repository', async () => {
    const root = copyExample();
    const g = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    g('init', '-q', '-b', 'main');
    g('add', '.');
    g('-c', 'user.email=ci@example.jp', '-c', 'user.name=ci', 'commit', '-q', '-m', 'base');
    // the pull request: a threshold change; the runner has origin/main
    g('update-ref', 'refs/remotes/origin/main', 'HEAD');
    const f = join(root, 'customers', 'acme-logistics.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace('cpu: { warning: 85, critical: 95, forMinutes: 10 }', 'cpu: { warning: 85, critical: 90, forMinutes: 10 }'),
    );
    const codes: number[] = [];
    for (const argv of vmscCommands('pull-request', { 'github.base_ref': 'main' })) {
      const r = await vmsc([...argv, '--today', '2026-11-27'], root);
      codes.push(r.code);
      if (argv[0] === 'check') expect(r.stdout).toMatch(/^::warning file=/m);
      if (argv[0] === 'build') expect(r.stdout).toMatch(/^build: \d+\/\d+ artifact groups/m);
      if (argv[0] === 'plan') expect(r.stdout).toMatch(/^\*\*1 customer affected · \d+ artifacts? changed/m);
    }
    expect(codes).toEqual([0, 0, 2]);
    expect(existsSync(join(root, 'out', 'manifest.json'))).toBe(true);
  });
});
