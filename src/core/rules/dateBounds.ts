/**
 * A date read from a register may hold only its year. For a check to be certain, compare the widest
 * reading: the earliest day a year-only date can mean (01/01) or the latest (31/12).
 */
import { SimpleDate } from '../dates';

export function earliestDay(date: SimpleDate): SimpleDate {
  return date.yearOnly ? { y: date.y, m: 1, d: 1 } : date;
}

export function latestDay(date: SimpleDate): SimpleDate {
  return date.yearOnly ? { y: date.y, m: 12, d: 31 } : date;
}

/**
 * A number that orders days (yyyymmdd): comparing two keys is as good as comparing the dates, without the
 * cost of building a Date for each row.
 */
export function dayKey(date: SimpleDate): number {
  return date.y * 10000 + date.m * 100 + date.d;
}

/** Negative when a is before b, 0 on the same day, positive after (the sign only). */
export function compareDays(a: SimpleDate, b: SimpleDate): number {
  return dayKey(a) - dayKey(b);
}
