/* eslint-disable */
/** Generated from schemas/calendar.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 営業日カレンダー / Business calendar
 */
export interface Calendar {
  /**
   * タイムゾーン（Asia/Tokyo のみ） / Time zone; only Asia/Tokyo
   */
  timeZone: 'Asia/Tokyo';
  helpdesk: Helpdesk;
  /**
   * 土日祝日以外の金融機関の休業日 / Bank holidays beyond weekends and national holidays
   */
  bankHolidays: BankHoliday[];
  coverage: Coverage;
}
/**
 * ヘルプデスクの営業時間（仕様書2） / Helpdesk hours (spec 2)
 */
export interface Helpdesk {
  /**
   * 営業する曜日 / Weekdays the helpdesk works
   *
   * @minItems 1
   *
   * Items: 曜日 / Weekday
   */
  days: [
    'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun',
    ...('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]
  ];
  /**
   * 開始時刻 / Opening time
   */
  opens: string;
  /**
   * 終了時刻 / Closing time
   */
  closes: string;
  /**
   * 祝日は休業 / Closed on national holidays
   */
  closedOnNationalHolidays?: boolean;
  /**
   * 休業期間（年末年始など） / Company breaks such as the year-end holidays
   */
  breaks?: Break[];
  /**
   * 追加の休業日 / Extra company holidays
   *
   * Items: 休業日 / Closed date
   */
  closedDates?: string[];
}
/**
 * 休業期間（毎年） / Company break, every year
 */
export interface Break {
  /**
   * 名称 / Name
   */
  name: string;
  /**
   * 開始 MM-DD / First day, MM-DD
   */
  from: string;
  /**
   * 終了 MM-DD（年をまたいでもよい） / Last day, MM-DD; may cross the new year
   */
  to: string;
}
/**
 * 金融機関の休業期間（毎年） / Bank holiday period, every year
 */
export interface BankHoliday {
  /**
   * 名称 / Name
   */
  name: string;
  /**
   * 開始 MM-DD / First day, MM-DD
   */
  from: string;
  /**
   * 終了 MM-DD（年をまたいでもよい） / Last day, MM-DD; may cross the new year
   */
  to: string;
}
/**
 * 生成するカレンダーの期間 / Date range that generated calendars cover
 */
export interface Coverage {
  /**
   * 開始日 / First date
   */
  from: string;
  /**
   * 終了日 / Last date
   */
  through: string;
}
