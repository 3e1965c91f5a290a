/**
 * The months and quarters a report period asks meetings for, and the period's length in words.
 * A month is asked for when it overlaps the period and has ended by today (a month still running
 * cannot be missing yet). A quarter is asked for when it lies wholly inside the period and has ended.
 */
import { compareDates, daysInMonth, Period, SimpleDate } from './dates';

/** year * 12 + month - 1: months compare as plain numbers. */
export function monthIndexOf(date: SimpleDate): number {
  return date.y * 12 + date.m - 1;
}

/** year * 4 + quarter - 1. */
export function quarterIndexOf(date: SimpleDate): number {
  return date.y * 4 + Math.floor((date.m - 1) / 3);
}

function monthLastDay(index: number): SimpleDate {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y: y, m: m, d: daysInMonth(y, m) };
}

/** "03/2019" */
export function formatMonthIndex(index: number): string {
  const m = (index % 12) + 1;
  return (m < 10 ? '0' + m : String(m)) + '/' + Math.floor(index / 12);
}

/** "quý I/2019" */
export function formatQuarterIndex(index: number): string {
  return 'quý ' + ['I', 'II', 'III', 'IV'][index % 4] + '/' + Math.floor(index / 4);
}

/** Month indexes overlapping the period that have ended by `today`, in order. */
export function requiredMonths(period: Period, today: SimpleDate): number[] {
  const out: number[] = [];
  const last = monthIndexOf(period.to);
  for (let i = monthIndexOf(period.from); i <= last; i++) {
    if (compareDates(monthLastDay(i), today) <= 0) out.push(i);
  }
  return out;
}

/** Quarter indexes wholly inside the period that have ended by `today`, in order. */
export function requiredQuarters(period: Period, today: SimpleDate): number[] {
  const out: number[] = [];
  const last = quarterIndexOf(period.to);
  for (let q = quarterIndexOf(period.from); q <= last; q++) {
    const y = Math.floor(q / 4);
    const firstMonth = (q % 4) * 3 + 1;
    const first: SimpleDate = { y: y, m: firstMonth, d: 1 };
    const end: SimpleDate = { y: y, m: firstMonth + 2, d: daysInMonth(y, firstMonth + 2) };
    if (compareDates(first, period.from) < 0 || compareDates(end, period.to) > 0) continue;
    if (compareDates(end, today) > 0) continue;
    out.push(q);
  }
  return out;
}

/**
 * The period's length as reports state it: whole years ("3 năm") when it spans a multiple of 12
 * months or more than a year of calendar years (22/02/2018–31/12/2020 is "3 năm", 2018 to 2020),
 * otherwise months.
 */
export function periodSpan(period: Period): { unit: 'year' | 'month'; count: number } {
  const months = monthIndexOf(period.to) - monthIndexOf(period.from) + 1;
  if (months > 0 && months % 12 === 0 && period.from.d === 1) return { unit: 'year', count: months / 12 };
  if (months > 12) return { unit: 'year', count: period.to.y - period.from.y + 1 };
  return { unit: 'month', count: Math.max(months, 0) };
}
