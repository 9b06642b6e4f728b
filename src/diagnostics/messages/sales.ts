/**
 * Messages of the sales side (prospects/, 御見積書, 利用契約申込書, `vmsc promote`): the Q codes, and P004 (an
 * error in another file that does not block one customer's document). Japanese texts use the words of the
 * terms: 利用開始予定日, 料金表, 利用契約申込書 (第4条1), 監視アプリ利用の承諾 (第9条).
 */
import { m } from './message.js';
import type { Section } from './message.js';

const list = (xs: readonly string[]) => xs.join(', ');

export const SALES = {
  Q001: {
    fileName: m<{ id: string; base: string }>(
      (p) => [`prospect id "${p.id}" does not match the file name "${p.base}.yaml"`, `rename the file to prospects/${p.id}.yaml, or set \`id: ${p.base}\``],
      (p) => [
        `見込み客 ID "${p.id}" がファイル名 "${p.base}.yaml" と一致しません`,
        `ファイル名を prospects/${p.id}.yaml に変えるか、\`id: ${p.base}\` にしてください`,
      ],
    ),
  },
  Q002: {
    customer: m<{ id: string; customerFile: string }>(
      (p) => [
        `prospect id "${p.id}" is already the id of a customer (${p.customerFile})`,
        `a promoted prospect's file is removed by \`vmsc promote\`: delete this prospect file, or give the prospect another id`,
      ],
      (p) => [
        `見込み客 ID "${p.id}" はすでに顧客 ID として使われています（${p.customerFile}）`,
        '`vmsc promote` で顧客にした見込み客のファイルは削除されます。この見込み客ファイルを削除するか、別の ID にしてください',
      ],
    ),
    duplicate: m<{ id: string; other: string }>(
      (p) => [`duplicate prospect id "${p.id}": ${p.other} has it too`, 'give each prospect its own id (the file name, prospects/<id>.yaml)'],
      (p) => [`見込み客 ID "${p.id}" が重複しています: ${p.other} も同じ ID です`, '見込み客ごとに別の ID（ファイル名 prospects/<id>.yaml）にしてください'],
    ),
  },
  Q003: {
    noTariff: m<{ on: string; oldest: string | undefined }>(
      (p) => [
        `no tariff is in force on the planned start date ${p.on}`,
        p.oldest
          ? `the oldest tariff takes effect on ${p.oldest}: plan a later start, or add a tariff under policies/tariffs/`
          : 'add a tariff under policies/tariffs/',
      ],
      (p) => [
        `利用開始予定日 ${p.on} に有効な料金表がありません`,
        p.oldest
          ? `最も古い料金表は ${p.oldest} からです。利用開始予定日を後にするか、policies/tariffs/ に料金表を追加してください`
          : 'policies/tariffs/ に料金表を追加してください',
      ],
    ),
    plan: m<{ plan: string; on: string; file: string; guess: string | undefined; plans: readonly string[] }>(
      (p) => [
        `plan "${p.plan}" is not in the tariff in force on ${p.on} (${p.file})`,
        p.guess ? `did you mean ${p.guess}? plans: ${list(p.plans)}` : `plans: ${list(p.plans)}`,
      ],
      (p) => [
        `プラン "${p.plan}" は ${p.on} に有効な料金表（${p.file}）にありません`,
        p.guess ? `${p.guess} の誤りではありませんか？ プラン: ${list(p.plans)}` : `プラン: ${list(p.plans)}`,
      ],
    ),
    option: m<{ option: string; on: string; file: string; guess: string | undefined; options: readonly string[] }>(
      (p) => [
        `option "${p.option}" is not in the tariff in force on ${p.on} (${p.file})`,
        p.guess ? `did you mean ${p.guess}? options: ${list(p.options)}` : `options: ${list(p.options) || '(none)'}`,
      ],
      (p) => [
        `オプション "${p.option}" は ${p.on} に有効な料金表（${p.file}）にありません`,
        p.guess ? `${p.guess} の誤りではありませんか？ オプション: ${list(p.options)}` : `オプション: ${list(p.options) || '（なし）'}`,
      ],
    ),
    dropped: m<{ code: string; effectiveFrom: string; file: string }>(
      (p) => [
        `"${p.code}" is no longer offered by the tariff taking effect on ${p.effectiveFrom} (${p.file}): the quote cannot state its price from then`,
        'choose a plan and options that the later tariff keeps, or plan to end the contract before that date',
      ],
      (p) => [
        `"${p.code}" は ${p.effectiveFrom} から有効な料金表（${p.file}）にないため、御見積書に同日以降の料金を記載できません`,
        '後の料金表にも残るプラン・オプションを選んでください',
      ],
    ),
  },
  Q004: {
    noSales: m<{ file: string }>(
      (p) => [
        `${p.file} has no sales: block, which the quotes of prospects/ need (validity and quote numbering)`,
        'add `sales: { quoteValidDays: 30, quoteNumber: "Q{yyyymmdd}-{id}" }` with your own values',
      ],
      (p) => [
        `${p.file} に sales: がありません。prospects/ の御見積書には有効期間と見積番号の書式が必要です`,
        '`sales: { quoteValidDays: 30, quoteNumber: "Q{yyyymmdd}-{id}" }` のように自社の値を記入してください',
      ],
    ),
  },
  Q005: {
    noTerms: m<{ on: string; file: string }>(
      (p) => [
        `no edition of the terms is in effect on the planned start date ${p.on} (${p.file})`,
        'the application form names the edition the customer agrees to (第4条2): add it to policies/terms.yaml or plan a later start',
      ],
      (p) => [
        `利用開始予定日 ${p.on} に施行されている利用約款の版がありません（${p.file}）`,
        '利用契約申込書には同意する約款の版を記載します（第4条2）。policies/terms.yaml に追加するか、利用開始予定日を後にしてください',
      ],
    ),
  },
  Q006: {
    missing: m<{ field: 'appliedOn' | 'monitoringConsent' | 'servers'; count: number }>(
      (p) => [
        p.field === 'appliedOn'
          ? 'not ready to become a customer: appliedOn (the date the stamped application arrived, 第4条1) is missing'
          : p.field === 'monitoringConsent'
            ? 'not ready to become a customer: monitoringConsent (consent to the monitoring agent, 第9条) is missing'
            : `not ready to become a customer: servers (the details of the ${p.count} server${p.count === 1 ? '' : 's'}) are missing`,
        p.field === 'appliedOn'
          ? 'add `appliedOn: YYYY-MM-DD` when the stamped 利用契約申込書 has arrived'
          : p.field === 'monitoringConsent'
            ? 'add `monitoringConsent: { agreedOn: YYYY-MM-DD, by: <name> }` once the customer has consented'
            : 'add `servers:` with id, hostname, environment, os, vvaultVersion and storage of each server, as in a customer file',
      ],
      (p) => [
        p.field === 'appliedOn'
          ? '顧客にできません: appliedOn（押印済みの利用契約申込書を受け取った日、第4条1）がありません'
          : p.field === 'monitoringConsent'
            ? '顧客にできません: monitoringConsent（監視アプリ利用の承諾、第9条）がありません'
            : `顧客にできません: servers（${p.count} 台のサーバーの詳細）がありません`,
        p.field === 'appliedOn'
          ? '押印済みの利用契約申込書を受け取ったら `appliedOn: YYYY-MM-DD` を記入してください'
          : p.field === 'monitoringConsent'
            ? 'お客様の承諾を得たら `monitoringConsent: { agreedOn: YYYY-MM-DD, by: 氏名 }` を記入してください'
            : '顧客ファイルと同じ形で、各サーバーの id、hostname、environment、os、vvaultVersion、storage を `servers:` に記入してください',
      ],
    ),
    count: m<{ servers: number; count: number }>(
      (p) => [
        `servers lists ${p.servers} server${p.servers === 1 ? '' : 's'}, but serverCount (what was quoted) is ${p.count}`,
        'list every server, or correct serverCount (and send a new quote)',
      ],
      (p) => [
        `servers には ${p.servers} 台ありますが、serverCount（見積もった台数）は ${p.count} 台です`,
        'すべてのサーバーを記入するか、serverCount を直して（御見積書を出し直して）ください',
      ],
    ),
    exists: m<{ file: string }>(
      (p) => [
        `${p.file} exists already: promote never overwrites a customer file`,
        'give the prospect another id, or remove the prospect if it is that customer',
      ],
      (p) => [
        `${p.file} はすでにあります。promote は顧客ファイルを上書きしません`,
        '見込み客を別の ID にするか、その顧客と同じなら見込み客ファイルを削除してください',
      ],
    ),
  },
  P004: {
    other: m<{ file: string; count: number; codes: readonly string[] }>(
      (p) => [
        `${p.file} has ${p.count} error${p.count === 1 ? '' : 's'} (${list(p.codes)}); this document does not depend on it, so it is still produced`,
        '`vmsc check` lists them; `vmsc build` refuses until they are fixed',
      ],
      (p) => [
        `${p.file} に ${p.count} 件のエラーがあります（${list(p.codes)}）。この書類はそのファイルに依存しないため作成します`,
        '`vmsc check` で一覧できます。直すまで `vmsc build` は実行できません',
      ],
    ),
  },
} satisfies Section;
