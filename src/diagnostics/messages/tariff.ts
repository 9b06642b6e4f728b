/**
 * Messages of the tariff rules (R010, R011, R013: 料金表, 料金プラン, オプション) and of issued documents
 * (K001–K004: 適格請求書, 修正適格請求書, 利用契約内容確認書 are records). The differences K001 lists come from
 * src/records/compare.ts in English; the Japanese message quotes them.
 */
import { m } from './message.js';
import type { Section } from './message.js';

const guessEn = (g: string | undefined) => (g ? `did you mean "${g}"? ` : '');
const guessJa = (g: string | undefined) => (g ? `"${g}" の誤りではありませんか？ ` : '');

/** an issued document as the messages show it */
export interface IssuedDoc {
  number: string;
  /** 適格請求書, 修正適格請求書, … */
  kindJa: string;
  month: string | undefined;
  issueDate: string;
  total: string;
}

const docEn = (d: IssuedDoc) => `${d.number} (${d.kindJa}${d.month ? ` ${d.month}分` : ''}, issued ${d.issueDate}, ${d.total})`;
const docJa = (d: IssuedDoc) => `${d.number}（${d.kindJa}${d.month ? ` ${d.month}分` : ''}、${d.issueDate} 発行、${d.total}）`;

const K001_HINT = [
  'an issued document never changes: restore the value it was issued with (a new fee applies from a new policies/tariffs/<date>.yaml, a change of work or payments from the month it happens)',
  '発行済みの書類は変わりません: 発行したときの値に戻してください（新しい料金は新しい policies/tariffs/<date>.yaml から、作業や入金の変更はその月から適用されます）',
] as const;

const K005_HINT = [
  'nothing to do for a change from now on (a 第21条 registration change needs the proof documents); if an issued invoice printed it wrong, declare a correction under corrections: and run vmsc issue --corrections',
  'これからの変更なら対応は不要です（第21条の登録事項の変更には証明書類が必要です）。発行済みの請求書の印字が誤っていたのなら、corrections: に修正を記載して vmsc issue --corrections を実行してください',
] as const;

export const TARIFF = {
  R010: {
    plan: m<{ plan: string; on: string; file: string; guess: string | undefined; plans: readonly string[] }>(
      (p) => [`plan "${p.plan}" is not in the tariff in force on ${p.on} (${p.file})`, `${guessEn(p.guess)}use one of its plans: ${p.plans.join(', ')}`],
      (p) => [
        `料金プラン "${p.plan}" は ${p.on} に適用される料金表（${p.file}）にありません`,
        `${guessJa(p.guess)}その料金表のプランのいずれかを使ってください: ${p.plans.join(', ')}`,
      ],
    ),
    option: m<{ option: string; on: string; file: string; guess: string | undefined; options: readonly string[] }>(
      (p) => [
        `option "${p.option}" is not in the tariff in force on ${p.on} (${p.file})`,
        p.options.length ? `${guessEn(p.guess)}use one of its options: ${p.options.join(', ')}` : 'that tariff has no options; remove it',
      ],
      (p) => [
        `オプション "${p.option}" は ${p.on} に適用される料金表（${p.file}）にありません`,
        p.options.length
          ? `${guessJa(p.guess)}その料金表のオプションのいずれかを使ってください: ${p.options.join(', ')}`
          : 'その料金表にはオプションがありません。削除してください',
      ],
    ),
  },
  R011: {
    plan: m<{ plan: string; effectiveFrom: string; file: string; plans: readonly string[] }>(
      (p) => [
        `plan "${p.plan}" is dropped by the tariff taking effect on ${p.effectiveFrom} (${p.file})`,
        `add plan "${p.plan}" to that tariff, or move the customer to one of its plans: ${p.plans.join(', ')}`,
      ],
      (p) => [
        `料金プラン "${p.plan}" が ${p.effectiveFrom} から適用される料金表（${p.file}）でなくなっています`,
        `その料金表にプラン "${p.plan}" を加えるか、顧客をそのプランのいずれかに移してください: ${p.plans.join(', ')}`,
      ],
    ),
    option: m<{ option: string; effectiveFrom: string; file: string }>(
      (p) => [
        `option "${p.option}" is dropped by the tariff taking effect on ${p.effectiveFrom} (${p.file})`,
        `add option "${p.option}" to that tariff, or end the option (or the contract) before ${p.effectiveFrom}`,
      ],
      (p) => [
        `オプション "${p.option}" が ${p.effectiveFrom} から適用される料金表（${p.file}）でなくなっています`,
        `その料金表にオプション "${p.option}" を加えるか、${p.effectiveFrom} より前にオプション（または契約）を終了してください`,
      ],
    ),
  },
  R013: {
    noTariff: m<{ billingStartsOn: string; oldest: string | undefined }>(
      (p) => [
        `no tariff is in force on billingStartsOn ${p.billingStartsOn}${p.oldest ? ` (the oldest tariff takes effect on ${p.oldest})` : ' (policies/tariffs/ has no valid tariff)'}`,
        'add a tariff file policies/tariffs/<effectiveFrom>.yaml with effectiveFrom on or before this date, or correct the date',
      ],
      (p) => [
        `課金開始日 billingStartsOn ${p.billingStartsOn} に適用される料金表がありません${p.oldest ? `（最も古い料金表の適用開始は ${p.oldest}）` : '（policies/tariffs/ に有効な料金表がありません）'}`,
        'この日以前の effectiveFrom を持つ料金表 policies/tariffs/<effectiveFrom>.yaml を追加するか、日付を直してください',
      ],
    ),
  },
  K001: {
    changed: m<{ doc: IssuedDoc; differences: readonly string[] }>(
      (p) => [`${docEn(p.doc)} would change: ${p.differences.join('; ')}`, K001_HINT[0]],
      (p) => [`${docJa(p.doc)} の内容が変わってしまいます: ${p.differences.join('; ')}`, K001_HINT[1]],
    ),
    noInvoice: m<{ doc: IssuedDoc; month: string; detail: string }>(
      (p) => [`${docEn(p.doc)} is issued, but the inputs no longer give an invoice for ${p.month}: ${p.detail}`, K001_HINT[0]],
      (p) => [`${docJa(p.doc)} は発行済みですが、今の入力では ${p.month} の請求書ができません: ${p.detail}`, K001_HINT[1]],
    ),
  },
  K002: {
    gone: m<{ customer: string; count: number; numbers: readonly string[] }>(
      (p) => [
        `customers/${p.customer}.yaml is gone, but ${p.count} issued ${p.count === 1 ? 'document names' : 'documents name'} this customer (${p.numbers.slice(0, 3).join(', ')}${p.count > 3 ? ', …' : ''})`,
        'a customer with issued documents is kept: restore its file; a contract ends by contract.termination, not by deleting the customer',
      ],
      (p) => [
        `customers/${p.customer}.yaml がありませんが、この顧客の発行済み書類が ${p.count} 件あります（${p.numbers.slice(0, 3).join(', ')}${p.count > 3 ? ', …' : ''}）`,
        '発行済み書類のある顧客は残します: ファイルを元に戻してください。契約は顧客の削除ではなく contract.termination で終了します',
      ],
    ),
  },
  K003: {
    misplaced: m<{ customer: string; expected: string; file: string }>(
      (p) => [
        `the register of ${p.customer} must be ${p.expected}, not ${p.file}`,
        `move it to ${p.expected}: check and vmsc issue find a customer's register by its id`,
      ],
      (p) => [
        `${p.customer} の発行台帳は ${p.file} ではなく ${p.expected} でなければなりません`,
        `${p.expected} に移してください。check と vmsc issue は顧客の発行台帳を ID で探します`,
      ],
    ),
  },
  K005: {
    changed: m<{ field: string; label: string; latest: IssuedDoc; count: number }>(
      (p) => [
        `${p.field} (${p.label}) is no longer what ${p.count === 1 ? 'the issued invoice' : `${p.count} issued invoices`} printed, the latest ${docEn(p.latest)}: issued documents keep what they printed (vmsc build puts the archived copy into out/); invoices issued from now on print the new value`,
        K005_HINT[0],
      ],
      (p) => [
        `${p.field}（${p.label}）が、発行済みの請求書${p.count === 1 ? '' : ` ${p.count} 件`}（最新は ${docJa(p.latest)}）に印字した内容と異なります: 発行済みの書類は印字したとおりのままです（vmsc build は保管庫の写しを out/ に置きます）。これから発行する請求書には新しい値が印字されます`,
        K005_HINT[1],
      ],
    ),
    provider: m<{ field: string; label: string; latest: IssuedDoc; customers: number }>(
      (p) => [
        `${p.field} (${p.label}) is no longer what the latest issued invoice of ${p.customers} ${p.customers === 1 ? 'customer' : 'customers'} printed (the latest ${docEn(p.latest)}): issued documents keep what they printed (vmsc build puts the archived copy into out/); invoices issued from now on print the new value`,
        K005_HINT[0],
      ],
      (p) => [
        `${p.field}（${p.label}）が、顧客 ${p.customers} 件の最新の発行済み請求書（最新は ${docJa(p.latest)}）に印字した内容と異なります: 発行済みの書類は印字したとおりのままです（vmsc build は保管庫の写しを out/ に置きます）。これから発行する請求書には新しい値が印字されます`,
        K005_HINT[1],
      ],
    ),
  },
  K004: {
    notIssued: m<{ index: number; invoice: string }>(
      (p) => [
        `corrections[${p.index}] corrects the invoice of ${p.invoice}, which is not issued (it is in no register entry)`,
        `an invoice not yet issued needs no correction: remove the entry, or issue the month first (vmsc issue --month ${p.invoice})`,
      ],
      (p) => [
        `corrections[${p.index}] は ${p.invoice} の請求書を修正していますが、その請求書は発行されていません（発行台帳にありません）`,
        `未発行の請求書に修正は要りません: この項目を削除するか、先にその月を発行してください（vmsc issue --month ${p.invoice}）`,
      ],
    ),
    beforeIssue: m<{ index: number; issuedOn: string; number: string; issueDate: string }>(
      (p) => [
        `corrections[${p.index}] is dated ${p.issuedOn}, before the invoice it corrects (${p.number}, issued ${p.issueDate})`,
        'date the correction on or after the issue date of the invoice it corrects',
      ],
      (p) => [
        `corrections[${p.index}] の日付 ${p.issuedOn} が、修正する請求書（${p.number}、${p.issueDate} 発行）より前です`,
        '修正の日付は、修正する請求書の発行日以降にしてください',
      ],
    ),
  },
} satisfies Section;
