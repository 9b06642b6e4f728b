/**
 * Messages of the rules about identity, contacts, contract dates and references (R codes and the A codes of
 * consent and paths). Japanese texts use the words of the terms: 課金開始日 (billingStartsOn), 利用申込日
 * (appliedOn), 約款の版 (termsEdition), 監視エージェント, 適格請求書発行事業者登録番号.
 */
import { m } from './message.js';
import type { Section } from './message.js';

/** a sub-problem phrase in both languages (e.g. why an address or a CIDR is wrong) */
export interface Phrase {
  en: string;
  ja: string;
}

export const RULES_BASE = {
  R001: {
    fileName: m<{ id: string; base: string }>(
      (p) => [`customer id "${p.id}" does not match the file name "${p.base}.yaml"`, `rename the file to customers/${p.id}.yaml, or set \`id: ${p.base}\``],
      (p) => [
        `顧客 ID "${p.id}" がファイル名 "${p.base}.yaml" と一致しません`,
        `ファイル名を customers/${p.id}.yaml に変えるか、\`id: ${p.base}\` にしてください`,
      ],
    ),
  },
  R002: {
    fileName: m<{ effectiveFrom: string; base: string }>(
      (p) => [
        `tariff effectiveFrom ${p.effectiveFrom} does not match the file name "${p.base}.yaml"`,
        `rename the file to policies/tariffs/${p.effectiveFrom}.yaml, or correct effectiveFrom`,
      ],
      (p) => [
        `料金表の適用開始日 effectiveFrom ${p.effectiveFrom} がファイル名 "${p.base}.yaml" と一致しません`,
        `ファイル名を policies/tariffs/${p.effectiveFrom}.yaml に変えるか、effectiveFrom を直してください`,
      ],
    ),
  },
  R003: {
    fileName: m<{ id: string; base: string }>(
      (p) => [
        `revision id "${p.id}" does not match the file name "${p.base}.yaml"`,
        `rename the file to policies/revisions/${p.id}.yaml, or set \`id: ${p.base}\``,
      ],
      (p) => [
        `変更 ID "${p.id}" がファイル名 "${p.base}.yaml" と一致しません`,
        `ファイル名を policies/revisions/${p.id}.yaml に変えるか、\`id: ${p.base}\` にしてください`,
      ],
    ),
  },
  R004: {
    duplicate: m<{ what: Phrase; value: string; line: number }>(
      (p) => [
        `duplicate ${p.what.en} ${p.value}: already used at line ${p.line}`,
        `give each ${p.what.en.replace(/^the /, '')} a different value, or remove the repeated entry`,
      ],
      (p) => [
        `${p.what.ja} ${p.value} が重複しています: ${p.line} 行目ですでに使われています`,
        `${p.what.ja}はそれぞれ別の値にするか、重複した項目を削除してください`,
      ],
    ),
  },
  R005: {
    duplicate: m<{ code: string; tariff: string; first: string }>(
      (p) => [`duplicate code "${p.code}" in tariff ${p.tariff} (already used by ${p.first})`, 'give each plan and option its own code'],
      (p) => [
        `料金表 ${p.tariff} でコード "${p.code}" が重複しています（${p.first} ですでに使われています）`,
        '料金プランとオプションには、それぞれ別のコードを付けてください',
      ],
    ),
  },
  R006: {
    duplicate: m<{ id: string; first: string }>(
      (p) => [`customer id "${p.id}" is already used by ${p.first}`, 'give every customer its own id (and file name)'],
      (p) => [`顧客 ID "${p.id}" は ${p.first} ですでに使われています`, '顧客ごとに別の ID（とファイル名）を付けてください'],
    ),
  },
  R007: {
    duplicate: m<{ hostname: string; server: string; other?: { id: string; file: string }; firstAs: string | undefined }>(
      (p) => [
        `hostname "${p.hostname}" is already used by ${p.other ? `server ${p.server} of customer ${p.other.id} (${p.other.file})` : `server ${p.server} of this customer`}${p.firstAs !== undefined ? ` as "${p.firstAs}" (Windows names ignore case)` : ''}`,
        'each server needs its own Windows computer name; check for a copied server entry',
      ],
      (p) => [
        `ホスト名 "${p.hostname}" は${p.other ? `顧客 ${p.other.id}（${p.other.file}）のサーバー ${p.server}` : `この顧客のサーバー ${p.server}`} ですでに使われています${p.firstAs !== undefined ? `（"${p.firstAs}" として。Windows の名前は大文字と小文字を区別しません）` : ''}`,
        'サーバーごとに別の Windows コンピューター名が必要です。サーバーの項目をコピーしたままになっていないか確認してください',
      ],
    ),
  },
  R008: {
    none: m<{ id: string }>(
      (p) => [`customer ${p.id} has no primary contact`, 'add `primary` to the roles of exactly one contact, e.g. roles: [primary, technical]'],
      (p) => [`顧客 ${p.id} に主担当者（primary）がいません`, 'ちょうど一人の連絡先の roles に `primary` を加えてください（例: roles: [primary, technical]）'],
    ),
    second: m<{ contact: string; first: string }>(
      (p) => [
        `contact ${p.contact} is a second primary contact (${p.first} already is)`,
        'exactly one contact may have the role primary; remove it from the others',
      ],
      (p) => [
        `連絡先 ${p.contact} は二人目の主担当者です（すでに ${p.first} が主担当者です）`,
        'primary の役割を持てるのは一人だけです。ほかの連絡先からは外してください',
      ],
    ),
  },
  R009: {
    address: m<{ address: string; problem: Phrase }>(
      (p) => [`e-mail address ${JSON.stringify(p.address)} ${p.problem.en}`, 'write one address like name@example.co.jp on one line'],
      (p) => [`メールアドレス ${JSON.stringify(p.address)} は${p.problem.ja}`, 'name@example.co.jp のようなアドレスを一つ、一行で書いてください'],
    ),
  },
  R012: {
    unknown: m<{ edition: number; file: string; editions: readonly number[] }>(
      (p) => [`terms edition ${p.edition} is not in ${p.file}`, `use one of the editions listed there: ${p.editions.join(', ')}`],
      (p) => [
        `約款の第${p.edition}版は ${p.file} にありません`,
        `そこに挙げられた版のいずれかを使ってください: ${p.editions.map((e) => `第${e}版`).join(', ')}`,
      ],
    ),
  },
  R014: {
    notInEffect: m<{ edition: number; effectiveOn: string; appliedOn: string; inEffect: number | undefined }>(
      (p) => [
        `terms edition ${p.edition} takes effect on ${p.effectiveOn}, after appliedOn ${p.appliedOn}`,
        p.inEffect
          ? `the edition in effect on ${p.appliedOn} is ${p.inEffect}; use it, or correct appliedOn`
          : `no edition was in effect on ${p.appliedOn}; correct appliedOn`,
      ],
      (p) => [
        `約款の第${p.edition}版の施行日は ${p.effectiveOn} で、利用申込日 appliedOn ${p.appliedOn} より後です`,
        p.inEffect
          ? `${p.appliedOn} に施行されていた版は第${p.inEffect}版です。その版を使うか、appliedOn を直してください`
          : `${p.appliedOn} に施行されていた版はありません。appliedOn を直してください`,
      ],
    ),
  },
  R016: {
    appliedAfter: m<{ appliedOn: string; billingStartsOn: string }>(
      (p) => [
        `appliedOn ${p.appliedOn} is after billingStartsOn ${p.billingStartsOn}`,
        'the application date must be on or before the billing start date; swap or correct the dates',
      ],
      (p) => [
        `利用申込日 appliedOn ${p.appliedOn} が課金開始日 billingStartsOn ${p.billingStartsOn} より後です`,
        '利用申込日は課金開始日以前でなければなりません。日付を入れ替えるか直してください',
      ],
    ),
  },
  R017: {
    consentAfter: m<{ agreedOn: string; billingStartsOn: string }>(
      (p) => [
        `monitoring consent agreedOn ${p.agreedOn} is after billingStartsOn ${p.billingStartsOn}`,
        'consent (第9条) must be given on or before the billing start date; correct the date',
      ],
      (p) => [
        `監視エージェント利用の同意日 agreedOn ${p.agreedOn} が課金開始日 billingStartsOn ${p.billingStartsOn} より後です`,
        '同意（第9条）は課金開始日以前に得ていなければなりません。日付を直してください',
      ],
    ),
  },
  R021: {
    noServer: m<{ workOrder: string; server: string; guess: string | undefined; servers: readonly string[] }>(
      (p) => [
        `work order ${p.workOrder} names server "${p.server}", which this customer does not have`,
        `${p.guess ? `did you mean "${p.guess}"? ` : ''}servers of this customer: ${p.servers.join(', ')}`,
      ],
      (p) => [
        `作業依頼 ${p.workOrder} のサーバー "${p.server}" はこの顧客にありません`,
        `${p.guess ? `"${p.guess}" の誤りではありませんか？ ` : ''}この顧客のサーバー: ${p.servers.join(', ')}`,
      ],
    ),
  },
  R022: {
    notBilled: m<{
      invoice: string;
      why: 'none' | 'before' | 'ended' | 'closed';
      from: string;
      through: string;
      closedThrough: string;
      endMonth: string | undefined;
    }>(
      (p) => [
        `payment names invoice month ${p.invoice}, which is not billed: ${
          p.why === 'none'
            ? `no month has been billed yet (billing starts ${p.from}, invoices are built through ${p.closedThrough})`
            : p.why === 'before'
              ? `billing starts in ${p.from}`
              : p.why === 'ended'
                ? `the contract ends in ${p.endMonth ?? ''}`
                : `invoices are built only through ${p.closedThrough} (provider.billing.closedThrough)`
        }`,
        p.why === 'none' ? 'remove the payment until the invoice exists' : `use a billed month between ${p.from} and ${p.through}`,
      ],
      (p) => [
        `入金の請求月 ${p.invoice} は請求されていません: ${
          p.why === 'none'
            ? `まだどの月も請求されていません（課金開始は ${p.from}、請求書は ${p.closedThrough} まで作成）`
            : p.why === 'before'
              ? `課金開始は ${p.from} です`
              : p.why === 'ended'
                ? `契約は ${p.endMonth ?? ''} に終了します`
                : `請求書は ${p.closedThrough} までしか作成しません（provider.billing.closedThrough）`
        }`,
        p.why === 'none' ? '請求書ができるまで、この入金を削除してください' : `${p.from} から ${p.through} までの請求済みの月を使ってください`,
      ],
    ),
  },
  R023: {
    checkDigit: m<{ number: string; want: number; found: string }>(
      (p) => [
        `invoice registration number ${p.number} fails the 法人番号 check digit (expected ${p.want} after "T", found ${p.found})`,
        "copy the number from the registration notice (適格請求書発行事業者の登録通知書); ignore this warning for a sole proprietor's number",
      ],
      (p) => [
        `適格請求書発行事業者登録番号 ${p.number} が法人番号のチェックデジットに合いません（"T" の次は ${p.want} のはずが ${p.found} です）`,
        '番号を適格請求書発行事業者の登録通知書から写してください。個人事業者の番号ならこの警告は無視してかまいません',
      ],
    ),
  },
  R024: {
    cidr: m<{ cidr: string; problem: Phrase; fix: string | undefined }>(
      (p) => [
        `CIDR ${JSON.stringify(p.cidr)} ${p.problem.en}`,
        p.fix
          ? `write ${p.fix} for the whole network, or ${p.cidr.replace(/\/\d+$/, '/32')} for the single address`
          : 'write an IPv4 address block like 203.0.113.10/32',
      ],
      (p) => [
        `CIDR ${JSON.stringify(p.cidr)} は${p.problem.ja}`,
        p.fix
          ? `ネットワーク全体なら ${p.fix}、一つのアドレスなら ${p.cidr.replace(/\/\d+$/, '/32')} と書いてください`
          : '203.0.113.10/32 のような IPv4 アドレスブロックを書いてください',
      ],
    ),
  },
  R027: {
    notReal: m<{ md: string; month: number; max: number }>(
      (p) => [
        `"${p.md}" is not a real date: month ${p.month} has at most ${p.max} days`,
        `write a date that exists, e.g. "${String(p.month).padStart(2, '0')}-${String(p.max).padStart(2, '0')}"`,
      ],
      (p) => [
        `"${p.md}" は実在する日付ではありません: ${p.month} 月は ${p.max} 日までです`,
        `実在する日付を書いてください（例: "${String(p.month).padStart(2, '0')}-${String(p.max).padStart(2, '0')}"）`,
      ],
    ),
  },
  A003: {
    noConsent: m<{ id: string }>(
      (p) => [
        `customer ${p.id} has no contract.monitoringConsent: no agent bundle can be built without the customer's consent (第9条)`,
        'record the consent under contract, e.g. monitoringConsent: { agreedOn: 2026-10-15, by: <who agreed> }',
      ],
      (p) => [
        `顧客 ${p.id} に contract.monitoringConsent がありません: お客様の同意なしに監視エージェントの一式は作れません（第9条）`,
        '同意を contract の下に記録してください（例: monitoringConsent: { agreedOn: 2026-10-15, by: <同意した人> }）',
      ],
    ),
  },
  A010: {
    notWindows: m<{ path: string; volume: string; server: string; problem: string }>(
      (p) => [
        `path ${JSON.stringify(p.path)} of volume ${p.volume} (server ${p.server}) ${p.problem}`,
        "a volume is a drive 'D:\\', a folder or mount point on a drive 'D:\\Data\\' or a share '\\\\nas01\\share\\'",
      ],
      (p) => [
        `ボリューム ${p.volume}（サーバー ${p.server}）のパス ${JSON.stringify(p.path)} は Windows のボリュームとして使えません（${p.problem}）`,
        "ボリュームはドライブ 'D:\\'、ドライブ上のフォルダーかマウントポイント 'D:\\Data\\'、または共有 '\\\\nas01\\share\\' です",
      ],
    ),
  },
  A013: {
    bothQuotes: m<{ source: string; rule: string }>(
      (p) => [
        `event source ${JSON.stringify(p.source)} of ${p.rule} holds both ' and ", which no event-log query (XPath) can match`,
        'write the source name as Windows shows it in the event properties; a real source name holds at most one kind of quote',
      ],
      (p) => [
        `${p.rule} のイベントソース ${JSON.stringify(p.source)} には ' と " の両方が含まれており、どのイベントログのクエリー（XPath）でも一致させられません`,
        'ソース名は Windows のイベントのプロパティに表示されるとおりに書いてください。実在するソース名に含まれる引用符は一種類までです',
      ],
    ),
  },
} satisfies Section;
