import { Root } from '../rule-tester.js';

/** A sales root for the tests: the example root (in memory) with `sales:` in provider.yaml and prospect files. */
import type { Edit } from '../rule-tester.js';

export const PROVIDER = 'policies/provider.yaml';
export const MINAMI = 'prospects/minami-shoji.yaml';
export const KAZE = 'prospects/kaze-denki.yaml';

/** the policy block the quote reads */
export const SALES_BLOCK = 'sales:\n  quoteValidDays: 30\n  quoteNumber: Q{yyyymmdd}-{id}\n';

/** a complete prospect: premium × 2 servers with both options, starting 2027-03-01 (before the 2027-04-01 revision) */
export const MINAMI_TEXT = `# yaml-language-server: $schema=../schemas/prospect.schema.json
id: minami-shoji
legalName: 株式会社南商事
address: { postalCode: "530-0001", text: 大阪府大阪市北区梅田1-2-3 南ビル5F }
representative: 南 一郎
phone: "06-1234-5678"
department: 総務部 情報システム課
contact:
  name: 北 花子
  email: hanako.kita@minami.example.co.jp
  phone: "06-1234-5600"
plannedStartOn: 2027-03-01
plan: premium
options: [monthly-report, config-backup]
serverCount: 2
environment: on-premises
reseller: 株式会社サンプル販売
notes: 2027年4月の料金改定を説明済み
`;

/** a second prospect: standard × 1, no option, starting after the revision */
export const KAZE_TEXT = `# yaml-language-server: $schema=../schemas/prospect.schema.json
id: kaze-denki
legalName: 風電機株式会社
address: { postalCode: "460-0008", text: 愛知県名古屋市中区栄3-4-5 }
representative: 風見 次郎
phone: "052-123-4567"
department: 管理部
contact: { name: 風見 三郎, email: saburo@kaze.example.co.jp }
plannedStartOn: 2027-05-15
plan: standard
options: []
serverCount: 1
environment: aws
`;

/** the details promote needs, appended to MINAMI_TEXT */
export const MINAMI_READY = `appliedOn: 2027-02-10
monitoringConsent: { agreedOn: 2027-02-10, by: 北 花子 }
servers:
  - id: fs01
    hostname: MINAMI-FS01
    environment: on-premises
    os: Windows Server 2022
    vvaultVersion: "7.2"
    storage:
      - { id: master, kind: local, path: "D:\\\\", role: master }
  - id: fs02
    hostname: MINAMI-FS02
    environment: on-premises
    os: Windows Server 2022
    vvaultVersion: "7.2"
    storage:
      - { id: master, kind: local, path: "E:\\\\", role: master }
`;

/** the edit that makes the example a sales root: the sales policy and the two prospects */
export const salesRoot: Edit = (r) => {
  r.map(PROVIDER, (t) => t + SALES_BLOCK);
  r.write(MINAMI, MINAMI_TEXT);
  r.write(KAZE, KAZE_TEXT);
};
/** the example root in memory as a sales root */
export function salesRootOf(): Root {
  const r = Root.of();
  salesRoot(r);
  return r;
}
