/**
 * The fixed-offset paths of util/dates.ts (Japan has kept UTC+9 all year since 1952) against Temporal's tz
 * database: every instant and date must give what the database gives, including across the midnight edges, before
 * 1970, and before 1952, when Japan still had daylight saving time (there the database answers).
 */
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { todayInTokyo, tokyoDateTime, tokyoMidnight } from '../../src/util/dates.js';

const byDatabase = (ms: number) => {
  const z = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Asia/Tokyo');
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: z.toPlainDate().toString(), time: `${two(z.hour)}:${two(z.minute)}:${two(z.second)}` };
};

/** a small seeded generator: the same instants every run */
function* seeded(n: number, from: number, to: number): Generator<number> {
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield from + Math.floor(((x >>> 0) / 2 ** 32) * (to - from));
  }
}

const edges = [
  '2026-11-27T14:59:59.999Z', // the last instant of 27 November in Tokyo
  '2026-11-27T15:00:00.000Z', // the first of the 28th
  '2026-12-31T23:30:00-08:00',
  '2028-02-28T15:00:00Z', // 29 February of a leap year
  '1969-12-31T23:59:59.500Z', // before the epoch: negative milliseconds
  '1951-12-31T14:59:59Z', // the last second before the fixed span (database)
  '1951-12-31T15:00:00Z', // its first
  '1951-05-05T15:30:00Z', // daylight saving time (JST+10) of 1951: the database's answer, not +9
  '1948-09-11T14:30:00Z',
  '9999-12-30T12:00:00Z', // past the span's end
];

describe('Tokyo dates and times without the tz database (UTC+9 since 1952)', () => {
  it.each(edges)('the instant %s', (iso) => {
    const ms = Date.parse(iso);
    expect(tokyoDateTime(ms)).toEqual(byDatabase(ms));
    expect(todayInTokyo(ms)).toBe(byDatabase(ms).date);
  });

  it('20,000 seeded instants from 1940 to 2200 agree with the database', () => {
    const wrong: string[] = [];
    for (const ms of seeded(20_000, Date.UTC(1940, 0, 1), Date.UTC(2200, 0, 1))) {
      const want = byDatabase(ms);
      const got = tokyoDateTime(ms);
      if (got.date !== want.date || got.time !== want.time || todayInTokyo(ms) !== want.date) wrong.push(new Date(ms).toISOString());
    }
    expect(wrong).toEqual([]);
  });

  it.each(['1952-01-01', '1970-01-01', '2026-11-27', '2028-02-29', '2099-12-31', '1951-07-01', '1950-01-01', '9999-12-31'])('the midnight of %s', (d) => {
    expect(tokyoMidnight(d)).toBe(Temporal.PlainDate.from(d).toZonedDateTime('Asia/Tokyo').epochMilliseconds);
  });

  it('the midnight of every day from 1951 to 2031', () => {
    const wrong: string[] = [];
    for (let d = Temporal.PlainDate.from('1951-01-01'); Temporal.PlainDate.compare(d, Temporal.PlainDate.from('2031-01-01')) < 0; d = d.add({ days: 1 })) {
      if (tokyoMidnight(d.toString()) !== d.toZonedDateTime('Asia/Tokyo').epochMilliseconds) wrong.push(d.toString());
    }
    expect(wrong).toEqual([]);
  });
});
