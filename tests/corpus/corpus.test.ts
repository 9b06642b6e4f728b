/**
 * The bad-input corpus: each case changes the example root in one way and names the diagnostic it must
 * produce (code, file, line:col). Cases are named after the article of the terms where there is one.
 * Only foundation codes (L, S, P, X, R) are compared; other stages' codes are their own tests' business.
 */
import { describe, expect, it } from 'vitest';
import { caseDiagnostics, ruleTester } from '../rule-tester.js';
import type { Edit, InvalidCase, ValidCase } from '../rule-tester.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** replace the first occurrence of `from` in `file` (which must contain it) */
const sub =
  (file: string, from: string, to: string): Edit =>
  (fs) => {
    const t = dec(fs.get(file)!);
    if (!t.includes(from)) throw new Error(`corpus: ${JSON.stringify(from)} not in ${file}`);
    fs.set(file, enc(t.replace(from, to)));
  };
const put =
  (file: string, content: string | Uint8Array): Edit =>
  (fs) => {
    fs.set(file, typeof content === 'string' ? enc(content) : content);
  };
const del =
  (file: string): Edit =>
  (fs) => {
    fs.delete(file);
  };
const rename =
  (from: string, to: string): Edit =>
  (fs) => {
    fs.set(to, fs.get(from)!);
    fs.delete(from);
  };
const map =
  (file: string, f: (t: string) => string): Edit =>
  (fs) => {
    fs.set(file, enc(f(dec(fs.get(file)!))));
  };

const ACME = 'customers/acme-logistics.yaml';
const KITA = 'customers/kitanihon-seiki.yaml';
const MINATO = 'customers/minato-clinic.yaml';
const PROVIDER = 'policies/provider.yaml';
const ROUTING = 'policies/routing.yaml';
const T2027 = 'policies/tariffs/2027-04-01.yaml';

const CASES: InvalidCase[] = [
  // ── loader ──────────────────────────────────────────────────────────────────────────────────────
  { name: 'load: a file over 1 MiB', edit: [map(ACME, (t) => t + `# ${'x'.repeat(1024 * 1024)}\n`)], expect: { code: 'L001', file: ACME, line: 1, col: 1 } },
  {
    name: 'load: Shift_JIS bytes (invalid UTF-8) located at the first bad byte',
    edit: [
      (fs) => {
        const t = dec(fs.get(ACME)!);
        const at = t.indexOf('株式会社アクメ物流');
        fs.set(ACME, new Uint8Array([...enc(t.slice(0, at)), 0x8a, 0x94, 0x8e, 0xae, ...enc(t.slice(at + 9))]));
      },
    ],
    expect: { code: 'L002', file: ACME, line: 3, col: 12, message: /invalid UTF-8/ },
  },
  {
    name: 'load: UTF-16 file',
    edit: [put(ACME, new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]))],
    expect: { code: 'L002', file: ACME, line: 1, col: 1, message: /UTF-16/ },
  },
  {
    name: 'load: syntax error (unclosed quote)',
    edit: [sub(ACME, 'name: 鈴木 一郎', 'name: "鈴木 一郎')],
    expect: { code: 'L003', file: ACME, line: 17, col: 17, message: /closing "quote/ },
  },
  {
    name: 'load: syntax error (tab indentation)',
    edit: [sub(ACME, '    name: 鈴木 一郎', '\tname: 鈴木 一郎')],
    expect: { code: 'L003', file: ACME, line: 17, col: 1 },
    also: ['L003'],
  },
  {
    name: 'load: duplicate key',
    edit: [sub(ACME, 'fax: "03-1234-5679"', 'phone: "03-1234-5679"')],
    expect: { code: 'L004', file: ACME, line: 7, col: 1, message: /duplicate key "phone"/ },
  },
  {
    name: 'load: duplicate key in a flow mapping',
    edit: [sub(ACME, '{ id: master, kind: local, path: "D:\\\\", role: master }', '{ id: master, kind: local, path: "D:\\\\", role: master, id: x }')],
    expect: { code: 'L004', file: ACME, line: 43, col: 64 },
  },
  { name: 'load: two documents', edit: [map(ACME, (t) => t + '---\nid: other\n')], expect: { code: 'L005', file: ACME, line: 70, col: 1 } },
  {
    name: 'load: alias bomb',
    edit: [
      put(
        ACME,
        'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      ),
    ],
    expect: { code: 'L006', file: ACME, line: 4, col: 5, message: /30 YAML aliases/ },
  },
  { name: 'load: empty file', edit: [put(ACME, '')], expect: { code: 'L007', file: ACME, line: 1, col: 1 } },
  {
    name: 'load: only comments',
    edit: [put(ACME, '# yaml-language-server: $schema=../schemas/customer.schema.json\n# nothing yet\n')],
    expect: { code: 'L007', file: ACME, line: 1, col: 1 },
  },
  {
    name: 'load: top level is a list',
    edit: [put(ACME, '# list\n- id: acme-logistics\n')],
    expect: { code: 'L008', file: ACME, line: 2, col: 1, message: /not a list/ },
  },
  { name: 'load: top level is a scalar', edit: [put(ACME, 'acme-logistics\n')], expect: { code: 'L008', file: ACME, line: 1, col: 1 } },
  {
    name: 'load: CRLF line ends are accepted, and positions ignore the CR',
    edit: [map(ACME, (t) => t.replace(/\n/g, '\r\n').replace('departmen', 'departmnt'))],
    expect: { code: 'S001', file: ACME, line: 8, col: 1 },
    also: ['S002'],
  },
  {
    name: 'load: a BOM is accepted, and does not shift columns',
    edit: [map(ACME, (t) => '\uFEFF' + t.replace('id: acme-logistics', 'id: acme-logistic'))],
    expect: { code: 'R001', file: ACME, line: 2, col: 5 },
  },
  {
    name: 'layout: a .yml customer file is not read (warning)',
    edit: [(fs) => fs.set('customers/extra.yml', fs.get(ACME)!)],
    expect: { code: 'P002', file: 'customers/extra.yml', line: 1, col: 1, severity: 'warning', hint: /rename it to \.yaml/ },
  },
  {
    name: 'layout: a customer file in a subfolder is not read (warning)',
    edit: [(fs) => fs.set('customers/old/acme.yaml', fs.get(ACME)!)],
    expect: { code: 'P002', file: 'customers/old/acme.yaml', line: 1, col: 1, severity: 'warning' },
  },
  {
    name: 'layout: a required policy file is missing',
    edit: [del('policies/terms.yaml')],
    expect: { code: 'P001', file: 'policies/terms.yaml', line: 1, col: 1 },
  },

  // ── schema ──────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'schema: unknown top-level field (typo) at the key, with did-you-mean',
    edit: [sub(ACME, 'department:', 'departmnt:')],
    expect: { code: 'S001', file: ACME, line: 8, col: 1, hint: /did you mean "department"/ },
    also: ['S002'],
  },
  {
    name: 'schema: the missing field of a typo is reported at the parent mapping',
    edit: [sub(ACME, 'department:', 'departmnt:')],
    expect: { code: 'S002', file: ACME, line: 2, col: 1, message: /"department"/ },
    also: ['S001'],
  },
  {
    name: 'schema: unknown nested field (typo)',
    edit: [sub(ACME, '    faultNotification: true', '    faultNotifcation: true')],
    expect: { code: 'S001', file: ACME, line: 15, col: 5, hint: /did you mean "faultNotification"/ },
  },
  {
    name: 'schema: unknown field in a flow mapping',
    edit: [sub(ACME, 'role: backup }', 'rol: backup }')],
    expect: { code: 'S001', file: ACME, line: 44, col: 50 },
    also: ['S002'],
  },
  {
    name: 'schema: missing hostname reported at the server mapping',
    edit: [sub(ACME, '    hostname: ACME-FS02\n', '')],
    expect: { code: 'S002', file: ACME, line: 49, col: 5, message: /"hostname"/ },
  },
  {
    name: 'schema: wrong type (unquoted version number)',
    edit: [sub(ACME, 'vvaultVersion: "7.2"', 'vvaultVersion: 7.2')],
    expect: { code: 'S003', file: ACME, line: 41, col: 20, hint: /quote/ },
  },
  {
    name: 'schema: wrong type (edition as text)',
    edit: [sub(ACME, 'termsEdition: 4', 'termsEdition: "4"')],
    expect: { code: 'S003', file: ACME, line: 32, col: 17 },
  },
  {
    name: 'schema: wrong type (a mapping instead of a list)',
    edit: [sub(ACME, 'options: [monthly-report, config-backup]', 'options: { a: 1 }')],
    expect: { code: 'S003', file: ACME, line: 34, col: 12 },
  },
  {
    name: 'schema: value not allowed, with did-you-mean',
    edit: [sub(ACME, 'environment: azure', 'environment: azur')],
    expect: { code: 'S004', file: ACME, line: 39, col: 18, hint: /did you mean "azure"/ },
  },
  {
    name: 'schema: postal code of the wrong form',
    edit: [sub(ACME, 'postalCode: "100-0005"', 'postalCode: "1000005"')],
    expect: { code: 'S005', file: ACME, line: 4, col: 24 },
  },
  {
    name: 'schema: 第21条 a name with a control character (tab)',
    edit: [sub(ACME, 'name: 田中 花子', 'name: "田中\\t花子"')],
    expect: { code: 'S005', file: ACME, line: 11, col: 11, message: /control character/ },
  },
  {
    name: 'schema: 第21条 a legal name with a BEL control character',
    edit: [sub(ACME, 'legalName: 株式会社アクメ物流', 'legalName: "株式会社\\aアクメ物流"')],
    expect: { code: 'S005', file: ACME, line: 3, col: 12, message: /control character/ },
  },
  {
    name: 'schema: hostname longer than 15 characters',
    edit: [sub(ACME, 'hostname: ACME-FS01', 'hostname: ACME-FILESERVER-01')],
    expect: { code: 'S005', file: ACME, line: 38, col: 15 },
  },
  {
    name: 'schema: 2026-02-30 is not a real date',
    edit: [sub(ACME, 'appliedOn: 2026-06-15', 'appliedOn: 2026-02-30')],
    expect: { code: 'S006', file: ACME, line: 30, col: 14, message: /not a real calendar date: "2026-02-30" \(2026-02 has 28 days\)/ },
  },
  {
    name: 'schema: 2027-02-29 is not a real date (not a leap year)',
    edit: [sub(KITA, 'endsOn: 2026-12-31', 'endsOn: 2027-02-29')],
    expect: { code: 'S006', file: KITA, line: 25, col: 49 },
  },
  {
    name: 'schema: an e-mail address with CR/LF (header injection)',
    edit: [sub(ACME, 'email: hanako.tanaka@acme.example.co.jp', 'email: "hanako.tanaka@acme.example.co.jp\\r\\nBcc: all@example.jp"')],
    expect: { code: 'S010', file: ACME, line: 12, col: 12, message: /line break/ },
  },
  {
    name: 'schema: an e-mail address with a space',
    edit: [sub(ACME, 'email: keiri@acme.example.co.jp\n    roles', 'email: keiri @acme.example.co.jp\n    roles')],
    expect: { code: 'S010', file: ACME, line: 23, col: 12 },
  },
  { name: 'schema: a negative amount', edit: [sub(ACME, 'amount: 50000', 'amount: -1')], expect: { code: 'S007', file: ACME, line: 60, col: 13 } },
  {
    name: 'schema: the same option twice',
    edit: [sub(ACME, 'options: [monthly-report, config-backup]', 'options: [monthly-report, monthly-report]')],
    expect: { code: 'S008', file: ACME, line: 34, col: 29 },
  },
  {
    name: 'schema: registration number not T + 13 digits',
    edit: [sub(PROVIDER, 'T9234567890123', 'T923456789012')],
    expect: { code: 'S005', file: PROVIDER, line: 6, col: 28 },
  },

  // ── rules ───────────────────────────────────────────────────────────────────────────────────────
  {
    name: 'R001: customer file name differs from id',
    edit: [rename(ACME, 'customers/acme.yaml')],
    expect: { code: 'R001', file: 'customers/acme.yaml', line: 2, col: 5 },
  },
  {
    name: 'R002: tariff file name differs from effectiveFrom',
    edit: [rename('policies/tariffs/2019-07-01.yaml', 'policies/tariffs/2019-07-02.yaml')],
    expect: { code: 'R002', file: 'policies/tariffs/2019-07-02.yaml', line: 2, col: 16 },
  },
  {
    name: 'R003: revision file name differs from id',
    edit: [rename('policies/revisions/2027-04-tariff.yaml', 'policies/revisions/2027-04.yaml')],
    expect: { code: 'R003', file: 'policies/revisions/2027-04.yaml', line: 2, col: 5 },
  },
  {
    name: 'R004: duplicate contact id',
    edit: [sub(ACME, 'id: suzuki', 'id: tanaka')],
    expect: { code: 'R004', file: ACME, line: 16, col: 9, message: /already used at line 10/ },
  },
  {
    name: 'R004: duplicate storage id within a server',
    edit: [sub(ACME, '{ id: backup,', '{ id: master,')],
    expect: { code: 'R004', file: ACME, line: 44, col: 15 },
  },
  { name: 'R004: duplicate work order id', edit: [sub(ACME, 'id: wo-2026-002', 'id: wo-2026-001')], expect: { code: 'R004', file: ACME, line: 62, col: 9 } },
  {
    name: 'R004: duplicate event-log rule id',
    edit: [sub('policies/monitoring.yaml', 'id: vvault-app-errors', 'id: system-errors')],
    expect: { code: 'R004', file: 'policies/monitoring.yaml', line: 6, col: 11 },
  },
  {
    name: 'R004: duplicate log pattern id',
    edit: [sub('policies/monitoring.yaml', 'id: vvault-warn', 'id: vvault-error')],
    expect: { code: 'R004', file: 'policies/monitoring.yaml', line: 12, col: 13 },
  },
  {
    name: 'R004: duplicate receiver id',
    edit: [sub(ROUTING, 'id: noc,', 'id: helpdesk,')],
    expect: { code: 'R004', file: ROUTING, line: 5, col: 11 },
    also: ['R025'],
  },
  {
    name: 'R005: a tariff code used twice',
    edit: [sub(T2027, 'code: config-backup', 'code: monthly-report')],
    expect: { code: 'R005', file: T2027, line: 9, col: 13 },
    also: ['R011'],
  },
  {
    name: 'R006: two customer files with the same id',
    edit: [(fs) => fs.set('customers/acme-copy.yaml', fs.get(ACME)!)],
    expect: { code: 'R006', file: 'customers/acme-logistics.yaml', line: 2, col: 5 },
    also: ['R001', 'R007'],
  },
  {
    name: 'R007: a hostname used by another customer, in other case (Windows)',
    edit: [sub(MINATO, 'hostname: MNT-FS01', 'hostname: acme-fs01')],
    expect: { code: 'R007', file: MINATO, line: 26, col: 15, message: /ACME-FS01/ },
  },
  {
    name: 'R008: no primary contact',
    edit: [sub(ACME, 'roles: [primary, technical]', 'roles: [technical]')],
    expect: { code: 'R008', file: ACME, line: 9, col: 1 },
  },
  {
    name: 'R008: two primary contacts',
    edit: [sub(ACME, 'roles: [technical]\n    faultNotification: true\n  - id: keiri', 'roles: [primary]\n    faultNotification: true\n  - id: keiri')],
    expect: { code: 'R008', file: ACME, line: 19, col: 13 },
  },
  {
    name: 'R009: an address whose local part is over 64 characters',
    edit: [sub(ACME, 'email: keiri@acme.example.co.jp\n    roles', `email: ${'k'.repeat(65)}@acme.example.co.jp\n    roles`)],
    expect: { code: 'R009', file: ACME, line: 23, col: 12 },
  },
  {
    name: 'R010 第15条: plan not in the tariff in force',
    edit: [sub(ACME, 'plan: standard', 'plan: gold')],
    expect: { code: 'R010', file: ACME, line: 33, col: 9 },
  },
  {
    name: 'R010 第15条: option not in the tariff in force',
    edit: [sub(ACME, 'options: [monthly-report, config-backup]', 'options: [monthly-report, cfg-backup]')],
    expect: { code: 'R010', file: ACME, line: 34, col: 29, hint: /did you mean "config-backup"/ },
  },
  {
    name: 'R011 第2条4: a later tariff drops an option (says which)',
    edit: [sub(T2027, '\n  - { code: config-backup, name: 設定バックアップ, monthlyFee: 3500, per: server }', '')],
    expect: { code: 'R011', file: ACME, line: 34, col: 29, message: /2027-04-01/ },
    also: ['R011'],
  },
  {
    name: 'R012: terms edition that does not exist',
    edit: [sub(ACME, 'termsEdition: 4', 'termsEdition: 5')],
    expect: { code: 'R012', file: ACME, line: 32, col: 17 },
  },
  {
    name: 'R013: no tariff in force on billingStartsOn',
    edit: [rename('policies/tariffs/2019-07-01.yaml', 'policies/tariffs/x.yaml'), del('policies/tariffs/x.yaml')],
    expect: { code: 'R013', file: ACME, line: 31, col: 20 },
    also: ['R013'],
  },
  {
    name: 'R014 第4条: terms edition not yet in effect on appliedOn',
    edit: [sub(ACME, 'appliedOn: 2026-06-15', 'appliedOn: 2019-07-15')],
    expect: { code: 'R014', file: ACME, line: 32, col: 17, hint: /edition in effect on 2019-07-15 is 2/ },
  },
  {
    name: 'R016 第4条5: appliedOn after billingStartsOn',
    edit: [sub(ACME, 'appliedOn: 2026-06-15', 'appliedOn: 2026-07-02')],
    expect: { code: 'R016', file: ACME, line: 30, col: 14 },
  },
  {
    name: 'R017 第9条: monitoring consent after billingStartsOn',
    edit: [sub(ACME, 'agreedOn: 2026-06-15', 'agreedOn: 2026-07-02')],
    expect: { code: 'R017', file: ACME, line: 35, col: 34 },
  },
  {
    name: 'R018 第6条2: endsOn is not a month end',
    edit: [sub(KITA, 'endsOn: 2026-12-31', 'endsOn: 2026-12-30')],
    expect: { code: 'R018', file: KITA, line: 25, col: 49, hint: /2026-12-31/ },
  },
  {
    name: 'R019 第6条1: notice less than a month before the end names the earliest legal end date',
    edit: [sub(KITA, 'noticedOn: 2026-11-20', 'noticedOn: 2026-12-01')],
    expect: { code: 'R019', file: KITA, line: 25, col: 29, message: /on or before 2026-11-30\); the earliest legal end date is 2027-01-31/ },
  },
  {
    name: 'R019 第6条1: one month before 03-31 is 02-28 (month end clamped): 03-01 is late',
    edit: [sub(KITA, '{ noticedOn: 2026-11-20, endsOn: 2026-12-31 }', '{ noticedOn: 2027-03-01, endsOn: 2027-03-31 }')],
    expect: { code: 'R019', file: KITA, line: 25, col: 29, message: /2027-02-28.*earliest legal end date is 2027-04-30/ },
  },
  {
    name: 'R019 第5条2: inside the minimum period, notice less than 14 days before',
    edit: [
      sub(
        MINATO,
        '  monitoringConsent: { agreedOn: 2026-10-02, by: 小田 亮 }',
        '  monitoringConsent: { agreedOn: 2026-10-02, by: 小田 亮 }\n  termination: { noticedOn: 2026-10-20, endsOn: 2026-10-31 }',
      ),
    ],
    expect: { code: 'R019', file: MINATO, line: 24, col: 29, message: /第5条2.*2026-10-17.*earliest legal end date is 2026-11-30/ },
  },
  {
    name: 'R020 第4条5: endsOn before billingStartsOn',
    edit: [sub(KITA, '{ noticedOn: 2026-11-20, endsOn: 2026-12-31 }', '{ noticedOn: 2025-01-10, endsOn: 2025-03-31 }')],
    expect: { code: 'R020', file: KITA, line: 25, col: 49 },
  },
  {
    name: 'R021 第8条: work order names a server the customer does not have',
    edit: [sub(ACME, 'server: fs02', 'server: fs03')],
    expect: { code: 'R021', file: ACME, line: 64, col: 13, hint: /did you mean "fs02"|fs01, fs02/ },
  },
  {
    name: 'R022 第17条: payment for a month before billing starts',
    edit: [sub(ACME, 'invoice: "2026-07"', 'invoice: "2026-06"')],
    expect: { code: 'R022', file: ACME, line: 68, col: 16 },
  },
  {
    name: 'R022 第17条: payment for a month not yet invoiced (after closedThrough)',
    edit: [sub(ACME, 'invoice: "2026-08"', 'invoice: "2026-11"')],
    expect: { code: 'R022', file: ACME, line: 69, col: 16, message: /2026-10/ },
  },
  {
    name: 'R023: registration number fails the check digit (warning)',
    edit: [sub(PROVIDER, 'T9234567890123', 'T1234567890123')],
    expect: { code: 'R023', file: PROVIDER, line: 6, col: 28, severity: 'warning', message: /expected 9/ },
  },
  {
    name: 'R024 仕様書1: CIDR octet over 255',
    edit: [sub(PROVIDER, '"203.0.113.11/32"', '"203.0.113.256/32"')],
    expect: { code: 'R024', file: PROVIDER, line: 16, col: 43 },
  },
  {
    name: 'R024 仕様書1: CIDR with host bits set',
    edit: [sub(PROVIDER, '"203.0.113.11/32"', '"203.0.113.11/24"')],
    expect: { code: 'R024', file: PROVIDER, line: 16, col: 43, hint: /203\.0\.113\.0\/24/ },
  },
  {
    name: 'R025: routing rule names an unknown receiver',
    edit: [sub(ROUTING, 'outsideHelpdeskHours: [noc]', 'outsideHelpdeskHours: [nocc]')],
    expect: { code: 'R025', file: ROUTING, line: 9, col: 28, hint: /did you mean "noc"/ },
  },
  {
    name: 'R026 仕様書3: a severity without a routing rule',
    edit: [sub(ROUTING, '  - severity: warning\n    helpdeskHours: [helpdesk]\n    outsideHelpdeskHours: [noc]\n    notifyCustomer: false\n', '')],
    expect: { code: 'R026', file: ROUTING, line: 6, col: 1, message: /warning/ },
  },
  {
    name: 'R026: two routing rules for one severity',
    edit: [sub(ROUTING, 'severity: warning', 'severity: critical')],
    expect: { code: 'R026', file: ROUTING, line: 11, col: 15 },
    also: ['R026'],
  },
  {
    name: 'R027: a yearly break on 02-30',
    edit: [sub('policies/calendar.yaml', 'to: "01-03" }', 'to: "02-30" }')],
    expect: { code: 'R027', file: 'policies/calendar.yaml', line: 9, col: 40 },
  },
];

/** changes that must NOT produce any foundation diagnostic (the valid side of each rule's boundary) */
const VALID: ValidCase[] = [
  {
    name: 'load: a whole root with CRLF line ends',
    edit: [
      (fs) => {
        for (const [p, b] of fs) fs.set(p, enc(dec(b).replace(/\n/g, '\r\n')));
      },
    ],
  },
  {
    name: 'load: a BOM on every file',
    edit: [
      (fs) => {
        for (const [p, b] of fs) fs.set(p, enc('\uFEFF' + dec(b)));
      },
    ],
  },
  {
    name: 'load: a few anchors and aliases are fine',
    edit: [
      sub(
        ACME,
        'address: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-1 アクメビル12F }\nrepresentative',
        'address: &addr { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-1 アクメビル12F }\nrepresentative',
      ),
      sub(ACME, '  address: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-1 アクメビル12F }\n  email', '  address: *addr\n  email'),
    ],
  },
  {
    name: 'R019 第6条1: notice exactly one month before (03-31 → 02-28)',
    edit: [sub(KITA, '{ noticedOn: 2026-11-20, endsOn: 2026-12-31 }', '{ noticedOn: 2027-02-28, endsOn: 2027-03-31 }')],
  },
  {
    name: 'R019 第5条2: notice exactly 14 days before the end of the minimum period',
    edit: [
      sub(
        MINATO,
        '  monitoringConsent: { agreedOn: 2026-10-02, by: 小田 亮 }',
        '  monitoringConsent: { agreedOn: 2026-10-02, by: 小田 亮 }\n  termination: { noticedOn: 2026-10-17, endsOn: 2026-10-31 }',
      ),
    ],
  },
  { name: 'R022: a payment for the last billed month (closedThrough)', edit: [sub(ACME, 'invoice: "2026-08"', 'invoice: "2026-10"')] },
  {
    name: 'R016/R017: application and consent on the billing start date',
    edit: [sub(ACME, 'appliedOn: 2026-06-15', 'appliedOn: 2026-07-01'), sub(ACME, 'agreedOn: 2026-06-15', 'agreedOn: 2026-07-01')],
  },
  { name: 'R024: a /24 network address', edit: [sub(PROVIDER, '"203.0.113.11/32"', '"198.51.100.0/24"')] },
  { name: 'R027: 02-29 exists (in leap years)', edit: [sub('policies/calendar.yaml', 'to: "01-03" }', 'to: "02-29" }')] },
];

const FOUNDATION = /^[LSPXR]\d{3}$/;

describe('bad-input corpus (foundation codes, located)', () => {
  it('the example root itself has no foundation diagnostic', () => {
    expect(caseDiagnostics(FOUNDATION, { name: 'the example root' }).diagnostics).toEqual([]);
  });

  ruleTester(FOUNDATION, { title: 'each change gives its diagnostic, at file:line:col', invalid: CASES, valid: VALID });

  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));
});
