/**
 * The report period as the user types it: "từ ngày" and "đến ngày" in dd/mm/yyyy (or any form core
 * dates.ts reads). A month or a year alone stretches to its first day (from) or last day (to). A bad
 * field gives a Vietnamese message that names it.
 */
import { compareDates, earliestDay, latestDay, parseDateText, Period, SimpleDate } from '../core/dates';
import { S } from './strings';

export type PeriodParse = { ok: true; period: Period } | { ok: false; message: string };

function plain(d: SimpleDate): SimpleDate {
  return { y: d.y, m: d.m, d: d.d };
}

function parseField(text: string, field: string, end: boolean): { ok: true; date: SimpleDate } | { ok: false; message: string } {
  const p = parseDateText(text);
  if (p.ok) return { ok: true, date: plain(end ? latestDay(p.date) : earliestDay(p.date)) };
  const shown = text.replace(/^\s+|\s+$/g, '');
  if (p.reason === 'empty') return { ok: false, message: S.period.empty(field) };
  if (p.reason === 'impossible') return { ok: false, message: S.period.impossible(field, shown) };
  return { ok: false, message: S.period.invalid(field, shown) };
}

export function parsePeriod(fromText: string, toText: string): PeriodParse {
  const from = parseField(fromText, S.report.from, false);
  if (!from.ok) return from;
  const to = parseField(toText, S.report.to, true);
  if (!to.ok) return to;
  if (compareDates(from.date, to.date) > 0) return { ok: false, message: S.period.order(S.report.from, S.report.to) };
  return { ok: true, period: { from: from.date, to: to.date } };
}
