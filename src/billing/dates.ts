/** Invoice dates (第16条1): issue date and due date of the invoice for a billed month. */
import type { BusinessCalendar } from '../calendar/calendar.js';
import { addMonthsToMonth, lastDayOfMonth } from '../util/dates.js';

/** `issueDay` of the month after `month` (issueDay is 1–28 by schema, so it always exists). */
export function issueDate(month: string, issueDay: number): string {
  return `${addMonthsToMonth(month, 1)}-${String(issueDay).padStart(2, '0')}`;
}

/** The nominal due date: the last day of the month after `month` (作業完了月締め翌月末日). */
export function nominalDueDate(month: string): string {
  return lastDayOfMonth(addMonthsToMonth(month, 1));
}

/** 第16条1: the nominal due date, moved back to the previous bank business day when banks are closed on it. */
export function dueDate(calendar: BusinessCalendar, month: string): string {
  return calendar.previousBankBusinessDay(nominalDueDate(month));
}
