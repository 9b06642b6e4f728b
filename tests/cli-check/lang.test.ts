/** `vmsc check --lang ja|en`: messages, hints and summary lines in Japanese in every format; codes unchanged. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRoot, vmsc } from '../helpers.js';

const TODAY = ['--today', '2026-11-27'];
const edit = (root: string, file: string, from: string, to: string) => {
  const p = join(root, file);
  const t = readFileSync(p, 'utf8');
  if (!t.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(p, t.replace(from, to));
};

/** a root with one break per group of codes */
function brokenRoot(): string {
  const root = copyRoot();
  writeFileSync(join(root, 'customers', 'empty.yaml'), '# nothing here\n');
  writeFileSync(join(root, 'policies', 'notes.yml'), 'a: 1\n');
  edit(root, 'customers/acme-logistics.yaml', 'environment: azure', 'environment: azur');
  edit(root, 'customers/acme-logistics.yaml', 'completedOn: 2026-07-20', 'completedOn: 2026-02-30');
  edit(root, 'customers/acme-logistics.yaml', 'server: fs02', 'server: fs03');
  edit(root, 'customers/kitanihon-seiki.yaml', 'noticedOn: 2026-11-20', 'noticedOn: 2026-12-10');
  return root;
}

interface J {
  diagnostics: Array<{ code: string; file: string; message: string; hint: string }>;
}

describe('vmsc check --lang', () => {
  it('json: message and hint in Japanese, the same codes and positions as in English', async () => {
    const root = brokenRoot();
    const ja = await vmsc(['check', '--root', root, '--format', 'json', '--lang', 'ja', ...TODAY]);
    const en = await vmsc(['check', '--root', root, '--format', 'json', '--lang', 'en', ...TODAY]);
    expect(ja.code).toBe(1);
    const jd = (JSON.parse(ja.stdout) as J).diagnostics;
    const ed = (JSON.parse(en.stdout) as J).diagnostics;
    expect(jd.map((d) => d.code)).toEqual(ed.map((d) => d.code));
    const by = (code: string) => jd.find((d) => d.code === code)!;
    expect(by('L007')).toMatchObject({
      file: 'customers/empty.yaml',
      message: 'ファイルが空です（データがなく、あってもコメントだけです）',
      hint: 'yaml-language-server のモードラインから始めて、スキーマが求める内容を書いてください',
    });
    expect(by('P002')).toMatchObject({
      file: 'policies/notes.yml',
      message: 'policies/notes.yml は vmsc が読む入力ではありません。無視します',
      hint: '拡張子を .yaml に変えてください',
    });
    expect(by('S004')).toMatchObject({
      message: 'servers[0].environment が "azur" です。"azure", "aws", "gcp", "on-premises", "other" のいずれかでなければなりません',
      hint: '"azure" の誤りではありませんか？',
    });
    expect(by('S006')).toMatchObject({
      message: 'workOrders[0].completedOn は実在する日付ではありません: "2026-02-30"（2026-02 は 28 日までです）',
      hint: '実在する日付を YYYY-MM-DD で書いてください（例: 2026-11-01。2026-02-30 は存在しません）',
    });
    expect(by('R021')).toMatchObject({
      message: '作業依頼 wo-2026-002 のサーバー "fs03" はこの顧客にありません',
      hint: '"fs01" の誤りではありませんか？ この顧客のサーバー: fs01, fs02',
    });
    expect(by('R019')).toMatchObject({
      file: 'customers/kitanihon-seiki.yaml',
      message:
        '2026-12-10 の通知では 2026-12-31 に終了できません（第6条1: 終了日の 1 か月以上前、つまり 2026-11-30 までに通知が必要です）。終了できる最も早い日は 2027-01-31 です',
      hint: 'endsOn を 2027-01-31 以降にするか、書面での通知がもっと早かったなら noticedOn を直してください',
    });
    expect(ed.find((d) => d.code === 'R019')!.message).toBe(
      'notice on 2026-12-10 is too late to end on 2026-12-31 (第6条1: notice at least one calendar month before the end date, i.e. on or before 2026-11-30); the earliest legal end date is 2027-01-31',
    );
    expect(ed.find((d) => d.code === 'S004')!.message).toBe(
      'servers[0].environment is "azur"; it must be one of "azure", "aws", "gcp", "on-premises", "other"',
    );
    expect(ed.find((d) => d.code === 'L007')!.message).toBe('the file is empty (no data, at most comments)');
  });

  it('human: the Japanese message, hint and summary line', async () => {
    const root = brokenRoot();
    const r = await vmsc(['check', '--root', root, '--lang', 'ja', ...TODAY]);
    expect(r.stdout).toContain('customers/empty.yaml:1:1  error L007  ファイルが空です（データがなく、あってもコメントだけです）');
    expect(r.stdout).toContain(
      [
        'customers/acme-logistics.yaml:39:18  error S004  servers[0].environment が "azur" です。"azure", "aws", "gcp", "on-premises", "other" のいずれかでなければなりません',
        '  39 |     environment: azur',
        '     |                  ^^^^',
        '  ヒント: "azure" の誤りではありませんか？',
      ].join('\n'),
    );
    expect(r.stdout).toContain('  ヒント: yaml-language-server のモードラインから始めて、スキーマが求める内容を書いてください');
    expect(r.stdout).toContain(
      [
        'customers/kitanihon-seiki.yaml:25:29  error R019  2026-12-10 の通知では 2026-12-31 に終了できません（第6条1: 終了日の 1 か月以上前、つまり 2026-11-30 までに通知が必要です）。終了できる最も早い日は 2027-01-31 です',
        '  25 |   termination: { noticedOn: 2026-12-10, endsOn: 2026-12-31 }',
        '     |                             ^^^^^^^^^^',
        '  ヒント: endsOn を 2027-01-31 以降にするか、書面での通知がもっと早かったなら noticedOn を直してください',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(/エラー \d+ 件、警告 \d+ 件（\d+ ファイルを検査）\n$/);
  });

  it('github: Japanese annotations, the code as title', async () => {
    const root = brokenRoot();
    const r = await vmsc(['check', '--root', root, '--format', 'github', '--lang', 'ja', ...TODAY]);
    expect(r.stdout).toContain(
      '::error file=customers/empty.yaml,line=1,col=1,endLine=1,endColumn=1,title=L007::ファイルが空です（データがなく、あってもコメントだけです） — ヒント: yaml-language-server のモードラインから始めて、スキーマが求める内容を書いてください',
    );
    expect(r.stdout).toContain(
      '::error file=customers/acme-logistics.yaml,line=39,col=18,endLine=39,endColumn=22,title=S004::servers[0].environment が "azur" です。"azure", "aws", "gcp", "on-premises", "other" のいずれかでなければなりません — ヒント: "azure" の誤りではありませんか？',
    );
    expect(r.stdout).toContain(
      '::error file=customers/acme-logistics.yaml,line=64,col=13,endLine=64,endColumn=17,title=R021::作業依頼 wo-2026-002 のサーバー "fs03" はこの顧客にありません — ヒント: "fs01" の誤りではありませんか？ この顧客のサーバー: fs01, fs02',
    );
    expect(r.stdout).toMatch(/vmsc check: エラー \d+ 件/);
  });

  it('the default follows LC_ALL / LC_MESSAGES / LANG; --lang overrides it', async () => {
    const root = brokenRoot();
    const json = async (env: Record<string, string>, extra: string[] = []) =>
      (JSON.parse((await vmsc(['check', '--root', root, '--format', 'json', ...extra, ...TODAY], { env })).stdout) as J).diagnostics.find(
        (d) => d.code === 'L007',
      )!.message;
    const JA = 'ファイルが空です（データがなく、あってもコメントだけです）';
    const EN = 'the file is empty (no data, at most comments)';
    expect(await json({ LANG: 'ja_JP.UTF-8' })).toBe(JA);
    expect(await json({ LANG: 'C' })).toBe(EN);
    expect(await json({ LANG: 'POSIX' })).toBe(EN);
    expect(await json({})).toBe(EN);
    expect(await json({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toBe(EN);
    expect(await json({ LC_ALL: 'ja_JP.UTF-8', LANG: 'C' })).toBe(JA);
    expect(await json({ LC_MESSAGES: 'ja_JP.UTF-8' })).toBe(JA);
    expect(await json({ LANG: 'ja_JP.UTF-8' }, ['--lang', 'en'])).toBe(EN);
    expect(await json({}, ['--lang=ja'])).toBe(JA);
  });

  it('--lang with another value is a usage error (exit 2)', async () => {
    const r = await vmsc(['check', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang must be one of en, ja, not "fr"');
  });

  it('CLI errors in Japanese: a missing root, and a command refusing broken inputs', async () => {
    const missing = await vmsc(['check', '--root', '/nonexistent/vmsc-root', '--lang', 'ja']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'vmsc: ルートのフォルダーがありません: /nonexistent/vmsc-root\nヒント: policies/ と customers/ を含むフォルダーを --root DIR で指定してください\n',
    );
    const root = brokenRoot();
    const bill = await vmsc(['bill', '--root', root, '--customer', 'acme-logistics', '--lang', 'ja', ...TODAY]);
    expect(bill.code).toBe(1);
    expect(bill.stderr).toContain('  ヒント: "azure" の誤りではありませんか？');
    expect(bill.stderr).toContain(
      'vmsc: 入力にエラーがあるため、何も作成しませんでした\nヒント: 上のエラーを直してから、もう一度実行してください（`vmsc check` で一覧できます）\n',
    );
    const en = await vmsc(['check', '--root', '/nonexistent/vmsc-root']);
    expect(en.stderr).toBe('vmsc: root folder not found: /nonexistent/vmsc-root\nhint: pass --root DIR with the folder that holds policies/ and customers/\n');
  });

  it('every command takes --lang', async () => {
    for (const cmd of [
      'check',
      'build',
      'bill',
      'calendar',
      'route',
      'plan',
      'contract',
      'invoice',
      'issue',
      'records',
      'notices',
      'send',
      'work',
      'manifest',
    ]) {
      const r = await vmsc([cmd, '--help']);
      expect(r.stdout, cmd).toContain('--lang <lang>');
    }
  });
});
