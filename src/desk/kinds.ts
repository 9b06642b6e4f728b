/** The kinds of file the desk edits: where they live, the form's fields, and the text of a new file. */
import type { Field } from './draft.js';

export type DocName = 'contract' | 'quote' | 'application';

export interface DeskKind {
  name: 'customer' | 'prospect';
  /** the folder of the root holding one file per id */
  dir: string;
  label: string;
  /** the title of the form of a new file */
  newLabel: string;
  fields: readonly Field[];
  /** the PDFs the form previews */
  documents: readonly DocName[];
  /** the text of a new file (the modeline first), before the form's values are written in */
  template: string;
}

const CUSTOMER_FIELDS: Field[] = [
  { path: ['id'], label: '顧客ID', input: 'text', section: 'company', fixedOnEdit: true, placeholder: 'tokai-denki' },
  { path: ['legalName'], label: '法人名称', input: 'text', section: 'company', placeholder: '株式会社東海電機' },
  { path: ['representative'], label: '代表者名', input: 'text', section: 'company', placeholder: '山田 太郎' },
  { path: ['address', 'postalCode'], label: '郵便番号', input: 'text', section: 'company', placeholder: '100-0005', quoted: true },
  { path: ['address', 'text'], label: '住所', input: 'text', section: 'company', placeholder: '東京都千代田区丸の内1-1-1' },
  { path: ['phone'], label: '電話番号', input: 'tel', section: 'company', placeholder: '03-1234-5678', quoted: true },
  { path: ['department'], label: '担当部門', input: 'text', section: 'company', placeholder: '情報システム部' },
  { path: ['contacts', 0, 'name'], label: '担当者名', input: 'text', section: 'contact' },
  { path: ['contacts', 0, 'email'], label: 'メールアドレス', input: 'email', section: 'contact' },
  { path: ['billing', 'recipient'], label: '請求書の宛名', input: 'text', section: 'billing', placeholder: '株式会社東海電機 経理部 御中' },
  { path: ['billing', 'address', 'postalCode'], label: '請求先の郵便番号', input: 'text', section: 'billing', quoted: true },
  { path: ['billing', 'address', 'text'], label: '請求先の住所', input: 'text', section: 'billing' },
  { path: ['contract', 'appliedOn'], label: '申込日', input: 'date', section: 'contract', placeholder: 'YYYY-MM-DD' },
  { path: ['contract', 'billingStartsOn'], label: '課金開始日', input: 'date', section: 'contract', placeholder: 'YYYY-MM-DD' },
  { path: ['contract', 'plan'], label: 'プラン', input: 'select', section: 'contract', choices: 'plans' },
  { path: ['contract', 'options'], label: 'オプション', input: 'checkboxes', section: 'contract', choices: 'options', type: 'list' },
  { path: ['contract', 'termsEdition'], label: '約款の版', input: 'select', section: 'contract', choices: 'terms', type: 'integer' },
  { path: ['contract', 'monitoringConsent', 'agreedOn'], label: '監視への同意日', input: 'date', section: 'contract', placeholder: 'YYYY-MM-DD' },
  { path: ['contract', 'monitoringConsent', 'by'], label: '同意した方', input: 'text', section: 'contract' },
  { path: ['servers', 0, 'hostname'], label: 'コンピューター名', input: 'text', section: 'server', placeholder: 'TKD-FS01' },
  { path: ['servers', 0, 'environment'], label: '設置環境', input: 'select', section: 'server', choices: 'environments' },
  { path: ['servers', 0, 'os'], label: 'OS', input: 'text', section: 'server', placeholder: 'Windows Server 2022' },
  { path: ['servers', 0, 'vvaultVersion'], label: 'VVAULT のバージョン', input: 'text', section: 'server', placeholder: '7.2', quoted: true },
  { path: ['servers', 0, 'storage', 0, 'path'], label: 'マスターストレージのパス', input: 'text', section: 'server', placeholder: 'D:\\' },
];

const CUSTOMER_TEMPLATE = `# yaml-language-server: $schema=../schemas/customer.schema.json
id: ""
legalName: ""
address: { postalCode: "", text: "" }
representative: ""
phone: ""
department: ""
contacts:
  - id: primary
    name: ""
    email: ""
    roles: [primary, technical, billing]
    faultNotification: true
billing:
  recipient: ""
  address: { postalCode: "", text: "" }
contract:
  appliedOn: ""
  billingStartsOn: ""
  termsEdition: ""
  plan: ""
  options: []
  monitoringConsent: { agreedOn: "", by: "" }
servers:
  - id: srv01
    hostname: ""
    environment: ""
    os: ""
    vvaultVersion: ""
    storage:
      - { id: master, kind: local, path: "", role: master }
`;

export const CUSTOMER: DeskKind = {
  name: 'customer',
  dir: 'customers',
  label: '顧客',
  newLabel: '顧客を新規作成',
  fields: CUSTOMER_FIELDS,
  template: CUSTOMER_TEMPLATE,
  documents: ['contract'],
};

/** one server of a prospect (needed to promote it): its own optional item of `servers` */
function serverFields(i: number): Field[] {
  const group = ['servers', i];
  const section = i === 0 ? 'server' : 'server2';
  const base = { group, section } as const;
  return [
    { ...base, path: ['servers', i, 'id'], label: 'サーバーID', input: 'fixed', value: `srv${String(i + 1).padStart(2, '0')}` },
    { ...base, path: ['servers', i, 'hostname'], label: 'コンピューター名', input: 'text', placeholder: i === 0 ? 'MNM-FS01' : 'MNM-FS02' },
    { ...base, path: ['servers', i, 'environment'], label: '設置環境', input: 'select', choices: 'environments' },
    { ...base, path: ['servers', i, 'os'], label: 'OS', input: 'text', placeholder: 'Windows Server 2022' },
    { ...base, path: ['servers', i, 'vvaultVersion'], label: 'VVAULT のバージョン', input: 'text', placeholder: '7.2', quoted: true },
    { ...base, path: ['servers', i, 'storage', 0, 'id'], label: 'ストレージID', input: 'fixed', value: 'master' },
    { ...base, path: ['servers', i, 'storage', 0, 'kind'], label: 'ストレージの種類', input: 'fixed', value: 'local' },
    { ...base, path: ['servers', i, 'storage', 0, 'path'], label: 'マスターストレージのパス', input: 'text', placeholder: 'D:\\', quoted: true },
    { ...base, path: ['servers', i, 'storage', 0, 'role'], label: 'ストレージの役割', input: 'fixed', value: 'master' },
  ];
}

const PROSPECT_FIELDS: Field[] = [
  { path: ['id'], label: '見込み客ID', input: 'text', section: 'company', fixedOnEdit: true, placeholder: 'minami-shoji' },
  { path: ['legalName'], label: '法人名称', input: 'text', section: 'company', placeholder: '株式会社南商事' },
  { path: ['representative'], label: '代表者名', input: 'text', section: 'company', placeholder: '南 一郎' },
  { path: ['address', 'postalCode'], label: '郵便番号', input: 'text', section: 'company', placeholder: '530-0001', quoted: true },
  { path: ['address', 'text'], label: '住所', input: 'text', section: 'company', placeholder: '大阪府大阪市北区梅田1-2-3' },
  { path: ['phone'], label: '電話番号', input: 'tel', section: 'company', placeholder: '06-1234-5678', quoted: true },
  { path: ['department'], label: '担当部門', input: 'text', section: 'company', placeholder: '総務部' },
  { path: ['contact', 'name'], label: 'ご担当者名', input: 'text', section: 'contact' },
  { path: ['contact', 'email'], label: 'メールアドレス', input: 'email', section: 'contact' },
  { path: ['contact', 'phone'], label: 'ご担当者の電話番号（任意）', input: 'tel', section: 'contact', optional: true, quoted: true },
  { path: ['plannedStartOn'], label: '利用開始予定日', input: 'date', section: 'contract', placeholder: 'YYYY-MM-DD' },
  { path: ['plan'], label: 'プラン', input: 'select', section: 'contract', choices: 'plans' },
  { path: ['options'], label: 'オプション', input: 'checkboxes', section: 'contract', choices: 'options', type: 'list' },
  { path: ['serverCount'], label: 'サーバー台数', input: 'number', section: 'contract', type: 'integer', placeholder: '1' },
  { path: ['environment'], label: '設置環境', input: 'select', section: 'contract', choices: 'environments' },
  { path: ['reseller'], label: '販売代理店（任意）', input: 'text', section: 'contract', optional: true },
  { path: ['notes'], label: '備考（社内用・任意）', input: 'textarea', section: 'contract', optional: true },
  { path: ['appliedOn'], label: '申込日（申込書の受領日）', input: 'date', section: 'promote', optional: true, placeholder: 'YYYY-MM-DD' },
  {
    path: ['monitoringConsent', 'agreedOn'],
    label: '監視への同意日',
    input: 'date',
    section: 'promote',
    group: ['monitoringConsent'],
    placeholder: 'YYYY-MM-DD',
  },
  { path: ['monitoringConsent', 'by'], label: '同意した方', input: 'text', section: 'promote', group: ['monitoringConsent'] },
  ...serverFields(0),
  ...serverFields(1),
];

const PROSPECT_TEMPLATE = `# yaml-language-server: $schema=../schemas/prospect.schema.json
id: ""
legalName: ""
address: { postalCode: "", text: "" }
representative: ""
phone: ""
department: ""
contact:
  name: ""
  email: ""
plannedStartOn: ""
plan: ""
options: []
serverCount: 1
environment: ""
`;

export const PROSPECT: DeskKind = {
  name: 'prospect',
  dir: 'prospects',
  label: '見込み客',
  newLabel: '見込み客を新規作成',
  fields: PROSPECT_FIELDS,
  template: PROSPECT_TEMPLATE,
  documents: ['quote', 'application'],
};

export const KINDS: readonly DeskKind[] = [PROSPECT, CUSTOMER];

export function kindNamed(name: string): DeskKind | undefined {
  return KINDS.find((k) => k.name === name);
}

/** an id usable as a file name (the pattern of common.schema.json#/definitions/id), checked before any path is built from it */
export const ID_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
