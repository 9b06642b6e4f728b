/** The kinds of file the desk edits: where they live, the form's fields, and the text of a new file. */
import type { Field } from './draft.js';

export interface DeskKind {
  name: 'customer';
  /** the folder of the root holding one file per id */
  dir: string;
  label: string;
  fields: readonly Field[];
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

export const CUSTOMER: DeskKind = { name: 'customer', dir: 'customers', label: '顧客', fields: CUSTOMER_FIELDS, template: CUSTOMER_TEMPLATE };

export const KINDS: readonly DeskKind[] = [CUSTOMER];

export function kindNamed(name: string): DeskKind | undefined {
  return KINDS.find((k) => k.name === name);
}

/** an id usable as a file name (the pattern of common.schema.json#/definitions/id), checked before any path is built from it */
export const ID_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
