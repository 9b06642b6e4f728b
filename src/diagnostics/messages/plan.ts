/**
 * Messages of the risk flags of `vmsc plan` (U201–U206, src/review/): not diagnostics of the inputs but what a
 * reviewer must see first in a plan. The hint says what to do about it. Japanese texts use the words of the
 * terms (通知先, 障害通知, 月額料金, 請求書, 第21条の届出).
 */
import { m } from './message.js';
import type { Section } from './message.js';

/** `helpdeskHours` / `outsideHelpdeskHours` of a routing rule */
export type HelpdeskWhen = 'helpdeskHours' | 'outsideHelpdeskHours';
const whenEn = (w: HelpdeskWhen) => (w === 'helpdeskHours' ? 'in helpdesk hours' : 'outside helpdesk hours');
const whenJa = (w: HelpdeskWhen) => (w === 'helpdeskHours' ? 'ヘルプデスク営業時間内' : 'ヘルプデスク営業時間外');
const CHECK_ROUTES = 'check that every alert still reaches someone on duty before merging';
const CHECK_ROUTES_JA = 'マージの前に、すべてのアラートが対応者に届くことを確認してください';
const CLOSED = 'issued documents must not change silently: check why it changes before merging';
const CLOSED_JA = '発行済みの帳票を黙って変えてはいけません: マージの前に変わる理由を確認してください';
const REGISTER = "an issued document's register entry never changes: vmsc issue only appends";
const REGISTER_JA = '発行済みの帳票の登録簿の記録は変わりません（vmsc issue は追記するだけです）';
const CHECK_RECIPIENTS = 'check that the new recipients are meant to receive these alerts';
const CHECK_RECIPIENTS_JA = '新しい通知先がこのアラートを受け取るべき相手か確認してください';

export const PLAN = {
  U201: {
    receiver: m<{ id: string; name: string; email: string }>(
      (p) => [`receiver ${p.id} (${p.name}, ${p.email}) is removed from policies/routing.yaml`, CHECK_ROUTES],
      (p) => [`通知先 ${p.id}（${p.name}、${p.email}）が policies/routing.yaml から削除されます`, CHECK_ROUTES_JA],
    ),
    rule: m<{ severity: string }>(
      (p) => [`the ${p.severity} routing rule is removed: ${p.severity} alerts reach nobody`, CHECK_ROUTES],
      (p) => [`重大度 ${p.severity} のルーティング規則が削除されます: ${p.severity} のアラートは誰にも届きません`, CHECK_ROUTES_JA],
    ),
    routeGone: m<{ severity: string; when: HelpdeskWhen; ids: readonly string[] }>(
      (p) => [`${p.severity} alerts ${whenEn(p.when)} no longer go to ${p.ids.join(', ')}`, CHECK_ROUTES],
      (p) => [`${whenJa(p.when)}の ${p.severity} アラートが ${p.ids.join('、')} に届かなくなります`, CHECK_ROUTES_JA],
    ),
    customerContacts: m<{ severity: string }>(
      (p) => [`${p.severity} alerts no longer go to customers' fault-notification contacts`, CHECK_ROUTES],
      (p) => [`${p.severity} のアラートが顧客の障害通知先に届かなくなります`, CHECK_ROUTES_JA],
    ),
    server: m<{ id: string; hostname: string }>(
      (p) => [
        `server ${p.id} (${p.hostname}) removed: its checks and alert routes go away`,
        'check that the server is really no longer monitored (解約 or replaced)',
      ],
      (p) => [
        `サーバー ${p.id}（${p.hostname}）が削除されます: その監視項目とアラートの経路もなくなります`,
        'そのサーバーが本当に監視対象外になったか（解約・入替）確認してください',
      ],
    ),
    customer: m<{ id: string }>(
      (p) => [
        `customer ${p.id} removed: its alert routes, agent bundles and documents go away`,
        'check that the contract has ended (サービス終了) before removing the customer',
      ],
      (p) => [
        `顧客 ${p.id} が削除されます: アラートの経路、監視エージェントの設定、帳票がなくなります`,
        '顧客を削除する前に、契約が終了（サービス終了）していることを確認してください',
      ],
    ),
    file: m<{ path: string }>(
      (p) => [`${p.path} is removed`, CHECK_ROUTES],
      (p) => [`${p.path} が削除されます`, CHECK_ROUTES_JA],
    ),
  },
  U202: {
    receiverEmail: m<{ id: string; from: string; to: string }>(
      (p) => [`receiver ${p.id}: alerts go to ${p.to} instead of ${p.from}`, CHECK_RECIPIENTS],
      (p) => [`通知先 ${p.id}: アラートの宛先が ${p.from} から ${p.to} に変わります`, CHECK_RECIPIENTS_JA],
    ),
    routeAdded: m<{ severity: string; when: HelpdeskWhen; ids: readonly string[] }>(
      (p) => [`${p.severity} alerts ${whenEn(p.when)} now also go to ${p.ids.join(', ')}`, CHECK_RECIPIENTS],
      (p) => [`${whenJa(p.when)}の ${p.severity} アラートが ${p.ids.join('、')} にも届くようになります`, CHECK_RECIPIENTS_JA],
    ),
    customerContacts: m<{ severity: string }>(
      (p) => [`${p.severity} alerts now go to customers' fault-notification contacts`, CHECK_RECIPIENTS],
      (p) => [`${p.severity} のアラートが顧客の障害通知先に届くようになります`, CHECK_RECIPIENTS_JA],
    ),
    recipients: m<{ added: readonly string[]; gone: readonly string[] }>(
      (p) => [`fault-notification recipients ${[...p.added.map((x) => `+ ${x}`), ...p.gone.map((x) => `− ${x}`)].join(', ')}`, CHECK_RECIPIENTS],
      (p) => [`障害通知の通知先が変わります: ${[...p.added.map((x) => `追加 ${x}`), ...p.gone.map((x) => `削除 ${x}`)].join('、')}`, CHECK_RECIPIENTS_JA],
    ),
  },
  U203: {
    total: m<{ from: string; to: string; tariff: string | undefined }>(
      (p) => [
        `monthly total ${p.from} → ${p.to} (tax excl.${p.tariff ? `, tariff from ${p.tariff}` : ''})`,
        'check that the change of charges is intended and the customer is told',
      ],
      (p) => [
        `月額料金の合計が ${p.from} から ${p.to} に変わります（税抜${p.tariff ? `、${p.tariff} からの料金表` : ''}）`,
        '料金の変更が意図したものか、顧客に伝えてあるか確認してください',
      ],
    ),
  },
  U204: {
    invoiceRemoved: m<{ month: string }>(
      (p) => [`invoice ${p.month} (closed month) is removed`, CLOSED],
      (p) => [`締め済みの月 ${p.month} の請求書が削除されます`, CLOSED_JA],
    ),
    invoiceChanged: m<{ month: string; delta: string }>(
      (p) => [`invoice ${p.month} of a closed month changes: ${p.delta}`, CLOSED],
      (p) => [`締め済みの月 ${p.month} の請求書が変わります: ${p.delta}`, CLOSED_JA],
    ),
    document: m<{ path: string; removed: boolean; sameFigures: boolean }>(
      (p) => [
        `${p.path} ${p.removed ? 'is removed' : 'changes'} (invoice of a closed month${p.sameFigures ? '; same figures: layout or template change' : ''})`,
        'an issued invoice must not change silently: check the template or font change',
      ],
      (p) => [
        `${p.path} が${p.removed ? '削除されます' : '変わります'}（締め済みの月の請求書${p.sameFigures ? '。金額は同じ: レイアウトかテンプレートの変更' : ''}）`,
        '発行済みの請求書を黙って変えてはいけません: テンプレートやフォントの変更を確認してください',
      ],
    ),
  },
  U205: {
    registration: m<{ labels: readonly string[] }>(
      (p) => [`${p.labels.join('、')} changed: collect the proof documents (第21条)`, 'the customer must send the documents that prove the change (第21条)'],
      (p) => [`${p.labels.join('、')}が変わります: 証明書類を受け取ってください（第21条）`, '顧客から変更を証明する書類を提出してもらってください（第21条）'],
    ),
  },
  U206: {
    wouldChange: m<{ number: string; issueDate: string; total: string; delta: string; corrected: boolean }>(
      (p) => [
        `${p.number} (issued ${p.issueDate}, ${p.total}) would change: ${p.delta}`,
        p.corrected
          ? 'a correction is declared: vmsc issue --corrections issues the 修正適格請求書, the original stays as issued'
          : 'check refuses it (K001) unless a correction is declared (corrections:)',
      ],
      (p) => [
        `${p.number}（${p.issueDate} 発行、${p.total}）が変わります: ${p.delta}`,
        p.corrected
          ? '訂正が宣言されています: vmsc issue --corrections で修正適格請求書を発行します（元の請求書は発行したまま残ります）'
          : '訂正（corrections:）を宣言しない限り、check はこの変更を拒否します（K001）',
      ],
    ),
    removed: m<{ number: string; issueDate: string; customer: string }>(
      (p) => [`${p.number} (issued ${p.issueDate}) is removed from records/register/${p.customer}.yaml`, REGISTER],
      (p) => [`${p.number}（${p.issueDate} 発行）が records/register/${p.customer}.yaml から削除されます`, REGISTER_JA],
    ),
    altered: m<{ number: string; issueDate: string; customer: string }>(
      (p) => [`${p.number} (issued ${p.issueDate}) is altered in records/register/${p.customer}.yaml`, REGISTER],
      (p) => [`${p.number}（${p.issueDate} 発行）の records/register/${p.customer}.yaml の記録が書き換えられます`, REGISTER_JA],
    ),
    fromCheck: m<{ code: string; file: string; line: number; message: string; messageJa: string }>(
      (p) => [`${p.code} at ${p.file}:${p.line}: ${p.message}`, CLOSED],
      (p) => [`${p.file}:${p.line} の ${p.code}: ${p.messageJa}`, CLOSED_JA],
    ),
  },
} satisfies Section;
