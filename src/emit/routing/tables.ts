/** routing.md (the helpdesk's table, in Japanese) and routing.json (machine-readable), from the routeSet. */
import type { RouteSet, WeekdayCode } from './routes.js';
import { intendedReceivers } from './routes.js';
import { INTERVALS } from '../../domain/routing-names.js';
import { markdownText } from '../../domain/escape/markdown.js';
import { closedDayEntries } from './alertmanager.js';
import type { Model } from '../../model/model.js';

const WEEKDAY_SHORT_JA: Record<WeekdayCode, string> = { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' };
const ISO_SHORT_JA = ['月', '火', '水', '木', '金', '土', '日'];
const SEVERITY_JA: Record<string, string> = { critical: '重大', warning: '警告' };

function sevLabel(s: string): string {
  return SEVERITY_JA[s] ? `${s}（${SEVERITY_JA[s]}）` : s;
}

const cell = markdownText;

function receiverLabel(routeSet: RouteSet, name: string): string {
  const p = routeSet.providerReceivers.find((r) => r.name === name);
  return p ? `${p.label}（${name}）` : name;
}

function dayList(days: readonly WeekdayCode[]): string {
  return days.map((d) => WEEKDAY_SHORT_JA[d]).join('・');
}

export function routingMarkdown(routeSet: RouteSet, model: Model): string {
  const cal = model.policies.calendar;
  const L: string[] = [];
  L.push('# アラート通知先一覧（ヘルプデスク用）', '');
  L.push('vmsc が policies/routing.yaml・policies/calendar.yaml・顧客ファイルから生成しました（手で編集しないでください）。');
  L.push('時刻はすべて日本時間（Asia/Tokyo）です。Alertmanager の設定は `alertmanager.yml`、機械可読の一覧は `routing.json` です。', '');

  L.push('## ヘルプデスク営業時間（仕様書2）', '');
  L.push(`- 営業日: ${dayList(routeSet.helpdesk.days)}曜日`);
  const closedKinds: string[] = [];
  if (cal.helpdesk.closedOnNationalHolidays ?? true) closedKinds.push('国民の祝日・休日（振替休日を含む）');
  for (const b of cal.helpdesk.breaks ?? []) closedKinds.push(`${b.name}（毎年 ${b.from}〜${b.to}）`);
  if ((cal.helpdesk.closedDates ?? []).length > 0) closedKinds.push(`当社休業日（${(cal.helpdesk.closedDates ?? []).join('、')}）`);
  if (closedKinds.length > 0) L.push(`- 休業: ${closedKinds.join('、')}`);
  L.push(`- 受付時間: ${routeSet.helpdesk.opens}〜${routeSet.helpdesk.closes}（${routeSet.helpdesk.closes} ちょうどからは営業時間外）`);
  L.push(
    `- 休業日の設定期間: ${routeSet.coverage.from}〜${routeSet.coverage.through}（祝日と当社休業日はこの期間内だけ通知先に反映されます。毎年の休業（breaks）は期間外も毎年反映されます。期間は policies/calendar.yaml の coverage で延ばします）`,
    '',
  );

  L.push('## 重大度ごとの通知先（仕様書3・4）', '');
  L.push('| 重大度 | 営業時間内 | 営業時間外（夜間・休業曜日・休業日） | お客様担当者への障害通知 |');
  L.push('|---|---|---|---|');
  for (const r of routeSet.rules) {
    L.push(
      `| ${sevLabel(r.severity)} | ${r.helpdeskHours.map((x) => cell(receiverLabel(routeSet, x))).join('、')} | ${r.outsideHelpdeskHours.map((x) => cell(receiverLabel(routeSet, x))).join('、')} | ${r.notifyCustomer ? '希望者に常時（24時間365日）' : 'しない'} |`,
    );
  }
  L.push('');
  L.push(`重大度が上のどれでもないアラートは ${sevLabel(routeSet.fallbackSeverity)} と同じく当社の通知先に届きます（お客様には届きません）。`, '');

  L.push('## 当社の通知先', '');
  L.push('| 通知先 | 名称 | メール |');
  L.push('|---|---|---|');
  for (const r of routeSet.providerReceivers) L.push(`| ${r.name} | ${cell(r.label)} | ${cell(r.email)} |`);
  L.push('');

  L.push('## お客様別の障害通知先', '');
  L.push('| お客様 | 通知先 | 宛先（faultNotification: true の担当者） | 届く重大度 |');
  L.push('|---|---|---|---|');
  const notifying = routeSet.rules.filter((r) => r.notifyCustomer).map((r) => sevLabel(r.severity));
  for (const c of model.customers) {
    const rec = routeSet.customerReceivers.find((x) => x.customer === c.id);
    if (rec) {
      L.push(
        `| ${c.id} ${cell(c.source.legalName)} | ${rec.name}${rec.endsOn !== undefined ? `（${rec.endsOn} まで）` : ''} | ${rec.contacts.map((k) => `${cell(k.name)} ${cell(`<${k.email}>`)}`).join('、')} | ${notifying.length ? notifying.join('、') : 'なし'} |`,
      );
    } else {
      L.push(`| ${c.id} ${cell(c.source.legalName)} | — | 障害通知を希望する担当者なし | なし |`);
    }
  }
  L.push('');

  L.push('## 通知の抑止とまとめ', '');
  L.push(
    '- ハートビートが途絶えたサーバー（check="heartbeat"）は、同じお客様・同じサーバーの他のアラートを通知しません（原因はハートビートの通知で伝わるため）。',
  );
  L.push('- 同じサーバー・同じ監視項目で重大（critical）のアラートが出ている間は、その警告（warning）を通知しません。');
  L.push(
    `- アラートはお客様・サーバー・監視項目ごとにまとめ、最初の通知まで ${routeSet.grouping.groupWaitSeconds} 秒待ちます。未解決のアラートは ${routeSet.grouping.repeatIntervalHours} 時間ごとに再通知します。`,
  );
  L.push(
    `- 営業時間中に発生して未解決のまま営業時間外になったアラートは、時間外の通知先にも届きます（遅くとも ${routeSet.grouping.groupIntervalMinutes} 分後）。逆も同じです。`,
  );
  L.push(
    `- 送信元: ${routeSet.mail.from}（返信先 ${routeSet.mail.replyTo}）、SMTP サーバー: ${routeSet.mail.smarthost}${routeSet.mail.smarthostDefaulted ? '（provider.yaml に指定がないため既定値）' : ''}`,
    '',
  );

  L.push(`## 休業日一覧（${routeSet.coverage.from}〜${routeSet.coverage.through}、休業曜日以外の理由で休むすべての日）`, '');
  L.push('これらの日のアラートは、終日、営業時間外の通知先に届きます。', '');
  L.push('| 日付 | 曜日 | 理由 |');
  L.push('|---|---|---|');
  for (const d of routeSet.closedDays) L.push(`| ${d.date} | ${ISO_SHORT_JA[d.weekday - 1] ?? ''} | ${cell(d.reasons.join('、'))} |`);
  L.push('');
  return L.join('\n');
}

export interface RoutingJson {
  timeZone: string;
  coverage: { from: string; through: string };
  helpdesk: { days: string[]; opens: string; closes: string };
  receivers: Array<
    | { name: string; kind: 'provider'; label: string; emails: string[] }
    | { name: string; kind: 'customer'; customer: string; contacts: Array<{ id: string; email: string }>; emails: string[] }
  >;
  rules: Array<{ severity: string; helpdeskHours: string[]; outsideHelpdeskHours: string[]; notifyCustomer: boolean }>;
  fallbackSeverity: string;
  customers: Array<{
    id: string;
    receiver: string | null;
    /** per severity: the receivers during and outside helpdesk hours */
    severities: Record<string, { helpdeskHours: string[]; outsideHelpdeskHours: string[] }>;
  }>;
  intervals: Record<string, unknown>;
  closedDays: Array<{ date: string; weekday: number; reasons: string[] }>;
  inhibitRules: Array<{ source: Record<string, string>; target?: Record<string, string>; targetNot?: Record<string, string>; equal: string[] }>;
}

export function routingJson(routeSet: RouteSet, model: Model): RoutingJson {
  return {
    timeZone: routeSet.timeZone,
    coverage: { ...routeSet.coverage },
    helpdesk: { days: [...routeSet.helpdesk.days], opens: routeSet.helpdesk.opens, closes: routeSet.helpdesk.closes },
    receivers: [
      ...routeSet.providerReceivers.map((r) => ({ name: r.name, kind: 'provider' as const, label: r.label, emails: [r.email] })),
      ...routeSet.customerReceivers.map((c) => ({
        name: c.name,
        kind: 'customer' as const,
        customer: c.customer,
        contacts: c.contacts.map((k) => ({ id: k.id, email: k.email })),
        emails: c.contacts.map((k) => k.email),
      })),
    ],
    rules: routeSet.rules.map((r) => ({
      severity: r.severity,
      helpdeskHours: r.helpdeskHours,
      outsideHelpdeskHours: r.outsideHelpdeskHours,
      notifyCustomer: r.notifyCustomer,
    })),
    fallbackSeverity: routeSet.fallbackSeverity,
    customers: model.customers.map((c) => ({
      id: c.id,
      receiver: routeSet.customerReceivers.find((x) => x.customer === c.id)?.name ?? null,
      severities: Object.fromEntries(routeSet.rules.map((r) => [r.severity, intendedReceivers(routeSet, c.id, r.severity)])),
    })),
    intervals: {
      [INTERVALS.open]: { days: [...routeSet.helpdesk.days], opens: routeSet.helpdesk.opens, closes: routeSet.helpdesk.closes, location: routeSet.timeZone },
      [INTERVALS.outside]: { complementOf: INTERVALS.open, location: routeSet.timeZone },
      [INTERVALS.closed]: closedDayEntries(routeSet.closedDays, routeSet.timeZone).map((e) => ({ from: e.first, through: e.last })),
    },
    closedDays: routeSet.closedDays.map((d) => ({ date: d.date, weekday: d.weekday, reasons: [...d.reasons] })),
    inhibitRules: [
      { source: { check: 'heartbeat' }, targetNot: { check: 'heartbeat' }, equal: ['customer', 'server'] },
      { source: { severity: 'critical' }, target: { severity: 'warning' }, equal: ['customer', 'server', 'check'] },
    ],
  };
}
