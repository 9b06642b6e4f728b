/**
 * Work orders after completion (第11条): the 瑕疵確認期限 and each work order's state. Pure: the mailing
 * dates come in from the caller (the send ledger, or `mailedOn` for a mail sent by hand).
 *
 * 第11条2: the customer checks the result "within one week after receiving the completion mail". The receipt is
 * the day the mail is dated (vmsc sends it then; the server accepted it that day). The week is counted as the
 * 民法 counts one (第140条: the day of receipt is not counted; 第143条2: the period ends on the day before the
 * day of the following week that corresponds to the first counted day), i.e. it ends on **the same weekday one
 * week later** (received Friday → deadline the next Friday, through the end of that day, Japan time). The
 * deadline is not moved off a day the provider is closed: the customer's report is an e-mail reply, which
 * the provider receives every day (別紙 仕様書 4①).
 */
import type { ResolvedCustomer } from '../../model/model.js';
import { addDays } from '../../util/dates.js';

/** the last day of the 瑕疵確認期間 for a completion mail received on `receivedOn` (第11条2) */
export function confirmationDeadline(receivedOn: string): string {
  return addDays(receivedOn, 7);
}

/** how a completion mail went out: by vmsc send (the ledger) or by hand (`mailedOn` in the work order) */
export interface Mailing {
  on: string;
  by: 'vmsc' | 'hand';
}

export type WorkState = 'in-progress' | 'not-mailed' | 'awaiting-check' | 'confirmed' | 'defect-reported' | 'reworked' | 'deemed-complete';

export interface WorkStatus {
  customer: string;
  id: string;
  description: string;
  reworkOf?: string;
  completedOn?: string;
  mailing?: Mailing;
  /** 瑕疵確認期限 (第11条2) */
  deadline?: string;
  state: WorkState;
  /** one line in Japanese and English terms, for `vmsc work` */
  explanation: string;
}

/** the state of every work order of a customer on `today` */
export function workStatuses(customer: ResolvedCustomer, mailings: ReadonlyMap<string, Mailing>, today: string): WorkStatus[] {
  const orders = [...(customer.source.workOrders ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return orders.map((w) => {
    const base = { customer: customer.id, id: w.id, description: w.description, ...(w.reworkOf ? { reworkOf: w.reworkOf } : {}) };
    if (w.completedOn === undefined) return { ...base, state: 'in-progress' as const, explanation: 'in progress (not completed)' };
    const mailing = mailings.get(`${customer.id}/${w.id}`) ?? (w.mailedOn ? { on: w.mailedOn, by: 'hand' as const } : undefined);
    const done = { ...base, completedOn: w.completedOn };
    if (!mailing) return { ...done, state: 'not-mailed' as const, explanation: `completed ${w.completedOn}; completion mail not sent yet (vmsc send work)` };
    const deadline = confirmationDeadline(mailing.on);
    const sent = `completed ${w.completedOn}; mailed ${mailing.on}${mailing.by === 'hand' ? ' (by hand)' : ''}; 確認期限 ${deadline}`;
    const at = { ...done, mailing, deadline };
    if (w.confirmedOn !== undefined)
      return { ...at, state: 'confirmed' as const, explanation: `${sent}; complete: confirmed by the customer on ${w.confirmedOn} (第11条4)` };
    if (w.defectReportedOn !== undefined && w.defectReportedOn <= deadline) {
      const rework = (customer.source.workOrders ?? []).find((r) => r.reworkOf === w.id);
      if (rework?.completedOn !== undefined)
        return {
          ...at,
          state: 'reworked' as const,
          explanation: `${sent}; defect reported ${w.defectReportedOn}, fixed by ${rework.id} (completed ${rework.completedOn}, 第11条3)`,
        };
      return {
        ...at,
        state: 'defect-reported' as const,
        explanation: `${sent}; defect reported ${w.defectReportedOn} (第11条3): ${rework ? `rework ${rework.id} in progress` : 'no rework order yet'}`,
      };
    }
    if (today > deadline) {
      const late = w.defectReportedOn !== undefined ? `; a defect was reported on ${w.defectReportedOn}, after the deadline` : '';
      return { ...at, state: 'deemed-complete' as const, explanation: `${sent}; deemed complete (第11条4): no defect reported by ${deadline}${late}` };
    }
    return { ...at, state: 'awaiting-check' as const, explanation: `${sent}; awaiting the customer's check (第11条2)` };
  });
}
