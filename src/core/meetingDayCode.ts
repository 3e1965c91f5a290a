/**
 * A meeting's date and kind as one number, for grouping meetings without building a string key per
 * meeting (300,000 meetings make as many strings). One to one with the date's y, m, d, its year-only
 * mark and the kind; -1 when the date does not fit (then callers key by a string).
 */
import { SimpleDate } from './dates';
import { MeetingKind } from './records';

const KIND_INDEX: { [kind: string]: number } = { regular: 0, thematic: 1, combined: 2, extraordinary: 3 };

function isSmallInt(n: number, below: number): boolean {
  return n >= 0 && n < below && Math.floor(n) === n;
}

export function meetingDayCode(d: SimpleDate, kind: MeetingKind): number {
  const k = KIND_INDEX[kind];
  if (k === undefined || !isSmallInt(d.y, 100000) || !isSmallInt(d.m, 16) || !isSmallInt(d.d, 32)) return -1;
  return (((d.y * 16 + d.m) * 32 + d.d) * 2 + (d.yearOnly ? 1 : 0)) * 4 + k;
}
