/**
 * Messages of alert routing (R025, R026: 通知先, 重大度) and of the calendar it is generated from (T001–T004:
 * ヘルプデスクの営業時間, 祝日, 障害通知).
 */
import { m } from './message.js';
import type { Section } from './message.js';

export const ROUTING = {
  R025: {
    unknown: m<{ id: string; guess: string | undefined; ids: readonly string[] }>(
      (p) => [`receiver "${p.id}" is not defined under receivers`, `${p.guess ? `did you mean "${p.guess}"? ` : ''}defined receivers: ${p.ids.join(', ')}`],
      (p) => [
        `通知先 "${p.id}" が receivers に定義されていません`,
        `${p.guess ? `"${p.guess}" の誤りではありませんか？ ` : ''}定義済みの通知先: ${p.ids.join(', ')}`,
      ],
    ),
  },
  R026: {
    second: m<{ severity: string; first: number }>(
      (p) => [`a second routing rule for severity ${p.severity} (rules[${p.first}] already routes it)`, 'merge the two rules into one'],
      (p) => [`重大度 ${p.severity} の二つ目のルーティング規則です（すでに rules[${p.first}] が扱っています）`, '二つの規則を一つにまとめてください'],
    ),
    missing: m<{ severity: string }>(
      (p) => [
        `no routing rule for severity ${p.severity}: its alerts would reach nobody`,
        `add a rule: - { severity: ${p.severity}, helpdeskHours: [...], outsideHelpdeskHours: [...], notifyCustomer: false }`,
      ],
      (p) => [
        `重大度 ${p.severity} のルーティング規則がありません: そのアラートは誰にも届きません`,
        `規則を追加してください: - { severity: ${p.severity}, helpdeskHours: [...], outsideHelpdeskHours: [...], notifyCustomer: false }`,
      ],
    ),
  },
  T001: {
    ended: m<{ through: string; daysAgo: number; need: string }>(
      (p) => [
        `calendar coverage ended on ${p.through}, ${p.daysAgo} days ago: alert routing no longer knows the holidays`,
        `extend coverage.through to ${p.need} or later (e.g. the end of next year), then run vmsc build and deploy out/routing/alertmanager.yml`,
      ],
      (p) => [
        `カレンダーの対象期間は ${p.through} に終わっています（${p.daysAgo} 日前）: アラートのルーティングはもう休日を知りません`,
        `coverage.through を ${p.need} 以降（例: 来年末）に延ばし、vmsc build を実行して out/routing/alertmanager.yml を配備してください`,
      ],
    ),
    runsOut: m<{ through: string; left: number; min: number; need: string }>(
      (p) => [
        `calendar coverage runs out on ${p.through}, in ${p.left} days (less than ${p.min})`,
        `extend coverage.through to ${p.need} or later (e.g. the end of next year), then run vmsc build and deploy out/routing/alertmanager.yml`,
      ],
      (p) => [
        `カレンダーの対象期間は ${p.through} に終わります（あと ${p.left} 日、${p.min} 日未満）`,
        `coverage.through を ${p.need} 以降（例: 来年末）に延ばし、vmsc build を実行して out/routing/alertmanager.yml を配備してください`,
      ],
    ),
    startsLater: m<{ from: string; today: string }>(
      (p) => [
        `calendar coverage starts on ${p.from}, after today (${p.today}): closed days before it are not in alert routing`,
        `set coverage.from to ${p.today} or earlier`,
      ],
      (p) => [
        `カレンダーの対象期間の開始 ${p.from} が今日（${p.today}）より後です: それより前の休業日はアラートのルーティングに入りません`,
        `coverage.from を ${p.today} 以前にしてください`,
      ],
    ),
  },
  T002: {
    empty: m<{ from: string; through: string }>(
      (p) => [`calendar coverage is empty: from ${p.from} is after through ${p.through}`, 'swap the two dates, or set through to a later date'],
      (p) => [`カレンダーの対象期間が空です: from ${p.from} が through ${p.through} より後です`, '二つの日付を入れ替えるか、through を後の日付にしてください'],
    ),
  },
  T003: {
    order: m<{ opens: string; closes: string }>(
      (p) => [
        `helpdesk closes at ${p.closes}, ${p.opens === p.closes ? 'the same time as' : 'before'} it opens (${p.opens}): an impossible interval`,
        'helpdesk hours lie within one day: set closes later than opens, e.g. opens: "09:00", closes: "17:30"',
      ],
      (p) => [
        `ヘルプデスクの終了時刻 ${p.closes} が開始時刻（${p.opens}）${p.opens === p.closes ? 'と同じ' : 'より前'}です: ありえない時間帯です`,
        'ヘルプデスクの営業時間は一日の中にあります: closes を opens より後にしてください（例: opens: "09:00", closes: "17:30"）',
      ],
    ),
  },
  T004: {
    reserved: m<{ id: string; customer: string | undefined; prefix: string }>(
      (p) => [
        `receiver id "${p.id}" is reserved for ${p.customer !== undefined ? `customer ${p.customer}'s` : "customers'"} fault-notification receiver`,
        `rename it so that it does not start with "${p.prefix}"`,
      ],
      (p) => [
        `通知先 ID "${p.id}" は${p.customer !== undefined ? `顧客 ${p.customer} の` : '顧客の'}障害通知の通知先のために予約されています`,
        `"${p.prefix}" で始まらない名前に変えてください`,
      ],
    ),
  },
  T005: {
    ended: m<{ through: string; days: number }>(
      (p) => [
        `calendar coverage ended on ${p.through}, ${p.days} days ago: alert routing no longer knows the holidays, so alerts on closed days go to the helpdesk's receivers`,
        'extend coverage.through (e.g. to the end of next year), then run vmsc build and deploy out/routing/alertmanager.yml',
      ],
      (p) => [
        `カレンダーの対象期間は ${p.through} に終わっています（${p.days} 日前）。障害通知の振り分けが休業日を知らないため、休業日の障害がヘルプデスクの通知先に送られます`,
        'coverage.through を延ばし（例: 翌年末まで）、vmsc build を実行して out/routing/alertmanager.yml を配備してください',
      ],
    ),
  },
  T006: {
    noSmarthost: m<Record<string, never>>(
      () => [
        'provider.yaml names no mail.smarthost: Alertmanager would send every alert mail to localhost:25, which reaches nobody unless the Alertmanager host runs a mail relay',
        'set mail.smarthost: <host>:<port> of the SMTP server (and mail.authUsername / mail.authPasswordFile if it needs a login)',
      ],
      () => [
        'provider.yaml に mail.smarthost がありません。Alertmanager はすべての障害通知メールを localhost:25 に送り、そのホストにメール中継がなければ誰にも届きません',
        'mail.smarthost: <ホスト>:<ポート> に SMTP サーバーを設定してください（認証が必要なら mail.authUsername / mail.authPasswordFile も）',
      ],
    ),
  },
} satisfies Section;
