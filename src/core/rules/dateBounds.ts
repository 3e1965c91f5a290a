/**
 * A date read from a register may hold only its year or month. For a check to be certain, compare the
 * widest reading: the earliest day such a date can mean or the latest (dates.ts earliestDay/latestDay).
 */
import { SimpleDate } from '../dates';

export { earliestDay, latestDay } from '../dates';

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
