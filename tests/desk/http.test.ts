/**
 * The desk's doors, over real HTTP (no browser): the session token, the CSRF value on every write, the Host and
 * Origin checks against DNS rebinding, and writes that never replace a file without being told to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/write/atomic.js';
import { startDesk } from './desk.js';
import { EXAMPLE, vmsc } from '../helpers.js';
import type { RunningDesk } from './desk.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** one HTTP request with exactly these headers (fetch would not let a test set Host) */
function http(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

/** the cookies a reply sets, as a Cookie header */
function cookies(r: Reply, before = ''): string {
  const set = r.headers['set-cookie'] ?? [];
  const jar = new Map(before ? before.split('; ').map((c) => c.split('=', 2) as [string, string]) : []);
  for (const c of Array.isArray(set) ? set : [set]) {
    const [pair] = c.split(';');
    const i = pair!.indexOf('=');
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

const DRAFT = {
  kind: 'customer',
  values: { id: 'http-test', legalName: '株式会社テスト' },
};

describe('vmsc desk over HTTP', () => {
  let desk: RunningDesk;
  let cookie = '';
  let csrf = '';
  beforeAll(async () => {
    desk = await startDesk({ git: false });
    const first = await http(desk.tokenUrl);
    cookie = cookies(first);
    const page = await http(desk.url, { headers: { cookie } });
    cookie = cookies(page, cookie);
    csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page.body)![1]!;
  }, 60_000);
  afterAll(() => desk?.close());

  it('listens on 127.0.0.1 and prints a URL with the token', () => {
    expect(desk.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(desk.tokenUrl).toBe(`${desk.url}?token=${desk.token}`);
    expect(desk.token.length).toBeGreaterThanOrEqual(32);
  });

  it('trades the token for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const r = await http(desk.tokenUrl);
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/');
    const set = String(r.headers['set-cookie']);
    expect(set).toMatch(/vmsc_desk_session=[^;]+;.*HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
  });

  it('refuses every request without the token with 403', async () => {
    for (const path of ['/', '/new/customer', '/edit/customer/acme-logistics', '/static/desk.js', '/preview/x/contract.pdf']) {
      const r = await http(`${desk.url.slice(0, -1)}${path}`);
      expect(r.status, path).toBe(403);
      expect(r.body).toContain('トークン');
    }
    const wrong = await http(`${desk.url}?token=not-the-token`);
    expect(wrong.status).toBe(403);
    const post = await http(`${desk.url}api/save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(DRAFT),
    });
    expect(post.status).toBe(403);
  });

  it('serves the pages with the cookie', async () => {
    const r = await http(desk.url, { headers: { cookie } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('株式会社アクメ物流');
  });

  it('refuses a write without the CSRF value, or with a wrong one, with 403 and writes nothing', async () => {
    const tries: Array<Record<string, string>> = [
      { cookie, 'content-type': 'application/json' },
      { cookie, 'content-type': 'application/json', 'x-csrf-token': 'forged' },
    ];
    for (const headers of tries) {
      const r = await http(`${desk.url}api/save`, { method: 'POST', headers, body: JSON.stringify(DRAFT) });
      expect(r.status).toBe(403);
      expect(JSON.parse(r.body).error).toContain('受け付けられません');
    }
    expect(existsSync(join(desk.root, 'customers', 'http-test.yaml'))).toBe(false);
    const ok = await http(`${desk.url}api/check`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(DRAFT),
    });
    expect(ok.status).toBe(200);
  });

  it('refuses another Host (DNS rebinding) or a foreign Origin with 403, even with the cookie', async () => {
    const evil = await http(desk.url, { headers: { cookie, host: 'evil.example' } });
    expect(evil.status).toBe(403);
    const port = new URL(desk.url).port;
    const rebound = await http(desk.url, { headers: { cookie, host: `attacker.example:${port}` } });
    expect(rebound.status).toBe(403);
    const origin = await http(`${desk.url}api/check`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf, origin: 'http://evil.example' },
      body: JSON.stringify(DRAFT),
    });
    expect(origin.status).toBe(403);
    const local = await http(desk.url, { headers: { cookie, host: `localhost:${port}` } });
    expect(local.status).toBe(200);
  });

  it('asks before a new file replaces an existing one (409), and replaces it only when told', async () => {
    const file = join(desk.root, 'customers', 'acme-logistics.yaml');
    const before = readFileSync(file, 'utf8');
    const values = Object.fromEntries(
      [
        ['id', 'acme-logistics'],
        ['legalName', '株式会社アクメ物流'],
      ].map(([k, v]) => [k, v]),
    );
    const r = await http(`${desk.url}api/save`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ kind: 'customer', values }),
    });
    // an incomplete new draft under an existing id: the errors stop it first, and nothing is written
    expect(r.status).toBe(422);
    expect(JSON.parse(r.body).problems.fields.id[0].message).toContain('すでにあります');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('vmsc desk options', () => {
  it('refuses a port that is no port number, in Japanese with --lang ja', async () => {
    const r = await vmsc(['desk', '--root', EXAMPLE, '--port', 'http', '--lang', 'ja']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port はポート番号で指定してください');
  });

  it('refuses to listen on every address (the Host header could not be checked)', async () => {
    const r = await vmsc(['desk', '--root', EXAMPLE, '--host', '0.0.0.0', '--lang', 'ja']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Host ヘッダーを確認できません');
  });
});

describe('writeFileAtomic', () => {
  it('creates a new file, never replaces one without overwrite, and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-atomic-'));
    const f = join(dir, 'a.yaml');
    expect(writeFileAtomic(f, 'one\n', false)).toBe('written');
    expect(writeFileAtomic(f, 'two\n', false)).toBe('exists');
    expect(readFileSync(f, 'utf8')).toBe('one\n');
    expect(writeFileAtomic(f, 'three\n', true)).toBe('written');
    expect(readFileSync(f, 'utf8')).toBe('three\n');
    writeFileSync(join(dir, 'b.yaml'), 'other\n');
    expect(writeFileAtomic(join(dir, 'b.yaml'), 'mine\n', false)).toBe('exists');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('other\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });
});
