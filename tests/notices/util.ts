/** Notices/send test helpers: the example root in memory (edited with the yaml library), a generated root of
 * many customers on disk, assets, and message rendering without the CLI. */
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../src/driver/index.js';
import type { SourceFile } from '../../src/load/yaml.js';
import type { Model } from '../../src/model/model.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Assets } from '../../src/emit/types.js';
import { readAssets } from '../../src/cli/host.js';
import { EXAMPLE, checkDiagnostics, copyRoot } from '../helpers.js';
import { Root, yamlEdits } from '../rule-tester.js';
import type { YamlEdit } from '../rule-tester.js';

export const TODAY = '2026-11-27';
export const REVISION = '2027-04-tariff';

export type Edit = YamlEdit;

export function sources(edits: Edit[] = [], from: string = EXAMPLE): SourceFile[] {
  const r = Root.of(from);
  yamlEdits(edits)(r);
  return r.sources();
}

export function model(edits: Edit[] = []): Model {
  const r = compile(sources(edits), { today: TODAY });
  if (!r.model)
    throw new Error(
      'root did not compile:\n' +
        r.diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => `${d.code} ${d.file}:${d.line}:${d.col} ${d.message}`)
          .join('\n'),
    );
  return r.model;
}

export function diagnostics(edits: Edit[] = []): Diagnostic[] {
  return checkDiagnostics(sources(edits), TODAY);
}

let cached: Assets | undefined;
export function assets(): Assets {
  cached ??= readAssets();
  return cached;
}

/** assets with one template replaced */
export function assetsWith(name: string, source: string): Assets {
  const a = assets();
  const templates = new Map(a.templates);
  templates.set(name, source);
  return { templates, fonts: a.fonts };
}

export const ACME = 'customers/acme-logistics.yaml';
export const MINATO = 'customers/minato-clinic.yaml';
export const KITA = 'customers/kitanihon-seiki.yaml';
export const REV_FILE = `policies/revisions/${REVISION}.yaml`;

/** customer YAML number i (id cust-0001…), two contacts, 1–2 servers, active on the example revision's date */
export function customerYaml(i: number): string {
  const id = `cust-${String(i).padStart(4, '0')}`;
  const servers = (i % 2) + 1;
  const srv = Array.from(
    { length: servers },
    (_, k) => `  - id: fs0${k + 1}
    hostname: C${String(i).padStart(4, '0')}-FS0${k + 1}
    environment: aws
    os: Windows Server 2022
    vvaultVersion: "7.2"
    storage:
      - { id: master, kind: local, path: "D:\\\\", role: master }
`,
  ).join('');
  return `# yaml-language-server: $schema=../schemas/customer.schema.json
id: ${id}
legalName: 株式会社テスト${i}
address: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-${i} }
representative: 代表 ${i}
phone: "03-1234-5678"
department: 情報システム部
contacts:
  - id: main
    name: 担当 ${i}
    email: main@${id}.example.jp
    roles: [primary, technical, billing]
  - id: sub
    name: 副担当 ${i}
    email: sub@${id}.example.jp
    roles: [technical]
billing:
  recipient: 株式会社テスト${i} 御中
  address: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-${i} }
contract:
  appliedOn: 2026-05-01
  billingStartsOn: 2026-06-01
  termsEdition: 4
  plan: ${i % 3 === 0 ? 'premium' : 'standard'}
  options: [${i % 2 ? 'config-backup' : 'monthly-report'}]
  monitoringConsent: { agreedOn: 2026-05-01, by: 担当 ${i} }
servers:
${srv}`;
}

/** an editable copy of the example root with `n` generated customers added (the example's three stay) */
export function manyCustomersRoot(n: number): string {
  const dir = copyRoot(EXAMPLE);
  for (let i = 1; i <= n; i++) writeFileSync(join(dir, 'customers', `cust-${String(i).padStart(4, '0')}.yaml`), customerYaml(i));
  return dir;
}

export function removeRoot(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
