/**
 * Messages of termination (R018–R020: 第5条 最低利用期間, 第6条 利用契約の終了) and billing (B001–B007).
 * Japanese texts use the words of the terms: サービス終了予定日 (endsOn), 通知日 (noticedOn), 課金開始日
 * (billingStartsOn), 最低利用期間, 請求書, 支払期日, 遅延損害金, 祝日データ.
 */
import { m } from './message.js';
import type { Section } from './message.js';

const HOLIDAY_PKG = '@holiday-jp/holiday_jp';

export const BILLING = {
  R018: {
    notMonthEnd: m<{ endsOn: string; monthEnd: string }>(
      (p) => [`termination endsOn ${p.endsOn} is not the last day of a month (第6条2)`, `the service ends on a month end: use ${p.monthEnd}`],
      (p) => [`サービス終了予定日 endsOn ${p.endsOn} が月末日ではありません（第6条2）`, `サービスは月末日に終了します: ${p.monthEnd} にしてください`],
    ),
  },
  R019: {
    late: m<{ noticedOn: string; endsOn: string; article: string; deadline: string; earliest: string }>(
      (p) => [
        `notice on ${p.noticedOn} is too late to end on ${p.endsOn} (${p.article}: notice ${p.article === '第5条2' ? 'at least 14 days before an end inside the minimum period' : 'at least one calendar month before the end date'}, i.e. on or before ${p.deadline}); the earliest legal end date is ${p.earliest}`,
        `set endsOn to ${p.earliest} or later, or correct noticedOn if the written notice came earlier`,
      ],
      (p) => [
        `${p.noticedOn} の通知では ${p.endsOn} に終了できません（${p.article}: ${p.article === '第5条2' ? '最低利用期間内の終了は 14 日以上前' : '終了日の 1 か月以上前'}、つまり ${p.deadline} までに通知が必要です）。終了できる最も早い日は ${p.earliest} です`,
        `endsOn を ${p.earliest} 以降にするか、書面での通知がもっと早かったなら noticedOn を直してください`,
      ],
    ),
  },
  R020: {
    beforeStart: m<{ endsOn: string; billingStartsOn: string; minimumEnd: string }>(
      (p) => [
        `termination endsOn ${p.endsOn} is before billingStartsOn ${p.billingStartsOn}`,
        `the earliest possible end is the end of the minimum period, ${p.minimumEnd} (第5条1)`,
      ],
      (p) => [
        `サービス終了予定日 endsOn ${p.endsOn} が課金開始日 billingStartsOn ${p.billingStartsOn} より前です`,
        `終了できる最も早い日は最低利用期間の満了日 ${p.minimumEnd} です（第5条1）`,
      ],
    ),
  },
  B001: {
    outside: m<{ key: string; date: string; from: string; through: string }>(
      (p) => [
        `coverage.${p.key} ${p.date} is outside the national holiday data (${p.from} – ${p.through})`,
        `keep coverage within ${p.from} – ${p.through}, or update ${HOLIDAY_PKG} to a version with data for that year`,
      ],
      (p) => [
        `coverage.${p.key} ${p.date} が祝日データの範囲（${p.from} – ${p.through}）の外です`,
        `coverage を ${p.from} – ${p.through} の範囲にするか、その年のデータを持つ版に ${HOLIDAY_PKG} を更新してください`,
      ],
    ),
  },
  B002: {
    beyond: m<{ customer: string; date: string; through: string }>(
      (p) => [
        `${p.customer}: an invoice's issue or due date needs ${p.date}, beyond the national holiday data (through ${p.through})`,
        `set billing.closedThrough no later than the month before ${p.through.slice(0, 7)}, or update ${HOLIDAY_PKG}`,
      ],
      (p) => [
        `${p.customer}: 請求書の発行日または支払期日の計算に ${p.date} が必要ですが、祝日データ（${p.through} まで）を超えています`,
        `billing.closedThrough を ${p.through.slice(0, 7)} の前月以前にするか、${HOLIDAY_PKG} を更新してください`,
      ],
    ),
    outside: m<{ customer: string; date: string; from: string; through: string }>(
      (p) => [
        `${p.customer}: an invoice's issue or due date needs ${p.date}, outside the national holiday data (${p.from} – ${p.through})`,
        'correct contract.billingStartsOn',
      ],
      (p) => [
        `${p.customer}: 請求書の発行日または支払期日の計算に ${p.date} が必要ですが、祝日データの範囲（${p.from} – ${p.through}）の外です`,
        '課金開始日 contract.billingStartsOn を直してください',
      ],
    ),
  },
  B003: {
    partly: m<{ invoice: string; month: string; paid: string; total: string; unpaid: string; due: string }>(
      (p) => [
        `invoice ${p.invoice} (${p.month}) is partly paid: ${p.paid} of ${p.total}, ${p.unpaid} still unpaid (due ${p.due})`,
        'record the remaining payment when it arrives; the late fee on the unpaid rest is billed in the month it is paid (第17条)',
      ],
      (p) => [
        `請求書 ${p.invoice}（${p.month}）は一部だけ入金されています: ${p.total} のうち ${p.paid}、未払い ${p.unpaid}（支払期日 ${p.due}）`,
        '残りの入金があったら記録してください。未払い分の遅延損害金は、入金された月に請求されます（第17条）',
      ],
    ),
  },
  B004: {
    early: m<{ paidOn: string; invoice: string }>(
      (p) => [`payment on ${p.paidOn} is before the billed month ${p.invoice} began`, 'check paidOn and invoice: a payment follows the invoice it pays'],
      (p) => [`${p.paidOn} の入金が、請求月 ${p.invoice} の始まりより前です`, 'paidOn と invoice を確認してください。入金はその請求書の後に来ます'],
    ),
  },
  B005: {
    over: m<{ invoice: string; month: string; paid: string; excess: string; total: string }>(
      (p) => [
        `payments for ${p.invoice} (${p.month}) add up to ${p.paid}, ${p.excess} more than its total ${p.total}`,
        'check the amounts; vmsc does not carry an excess over to another invoice',
      ],
      (p) => [
        `${p.invoice}（${p.month}）への入金の合計が ${p.paid} で、請求額 ${p.total} より ${p.excess} 多くなっています`,
        '金額を確認してください。vmsc は過入金を別の請求書に繰り越しません',
      ],
    ),
  },
  B006: {
    unbilled: m<{ amount: string; invoice: string; paidOn: string; days: number; billedIn: string; last: string }>(
      (p) => [
        `late fee ${p.amount} on ${p.invoice} (paid ${p.paidOn}, ${p.days} days late) falls in ${p.billedIn}, after the contract's last invoice (${p.last}): it appears on no invoice`,
        'claim it separately (vmsc bill does not build invoices after the service end month)',
      ],
      (p) => [
        `${p.invoice} の遅延損害金 ${p.amount}（${p.paidOn} 入金、${p.days} 日遅れ）は ${p.billedIn} の請求になりますが、契約の最後の請求書（${p.last}）より後のため、どの請求書にも載りません`,
        '別途請求してください（vmsc bill はサービス終了月より後の請求書を作りません）',
      ],
    ),
  },
  B007: {
    outside: m<{ workOrder: string; amount: string; completedOn: string; first: string; last: string | undefined }>(
      (p) => [
        `work order ${p.workOrder} (${p.amount}) completed on ${p.completedOn}, outside the billed months ${p.first}${p.last ? `–${p.last}` : '…'}: it is on no invoice`,
        'check completedOn, or bill this work separately',
      ],
      (p) => [
        `作業依頼 ${p.workOrder}（${p.amount}）の完了日 ${p.completedOn} は請求月 ${p.first}${p.last ? `–${p.last}` : '…'} の外のため、どの請求書にも載りません`,
        'completedOn を確認するか、この作業を別途請求してください',
      ],
    ),
  },
} satisfies Section;
