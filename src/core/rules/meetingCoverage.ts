/**
 * Regularity of meetings (Điều lệ Đảng Điều 24; Chỉ thị 10-CT/TW, Chỉ thị 50-CT/TW): each chi bộ holds a
 * thường kỳ meeting every month and a chuyên đề meeting every quarter (a combined session counts for both;
 * a meeting of unknown kind counts as thường kỳ).
 *
 * The chi bộ checked are those of the log and those of members active during the period. The months and
 * quarters asked for are those of periodMonths.ts, shared with the figures: a month that overlaps the
 * period and has ended by today (a month still running may yet have its meeting), a quarter wholly in
 * the period that has ended by today. Only meetings of the period count, as in the figures. A chi bộ is
 * checked from the month it first appears in the log (the log may have started late); one that never
 * appears is checked for every month. Nothing is checked when the workbook has no meeting log at all.
 */
import { Finding, makeFinding } from '../findings';
import { Dataset } from '../records';
import { formatMonthIndex, monthIndexOf, quarterIndexOf, requiredMonths, requiredQuarters } from '../periodMonths';
import { isActiveOn } from '../membership';
import { RuleContext } from './context';
import { cellTitle, meetingCells, MeetingCells } from './meetingCells';
import { meetingPlace } from './meetingScope';
import { registerCells, RegisterCells } from './registerCells';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "I/2019" for the quarter index year * 4 + quarter - 1. */
function quarterLabel(index: number): string {
  return ROMAN[index % 4] + '/' + Math.floor(index / 4);
}

interface CellLog {
  spelling: string;
  sheet: string | null;
  regularMonths: Set<number>;
  /** Quarter indexes (year * 4 + quarter - 1) with a chuyên đề (or combined) meeting. */
  thematicQuarters: Set<number>;
}

export function checkMeetingCoverage(dataset: Dataset, ctx: RuleContext, known?: MeetingCells, knownMembers?: RegisterCells): Finding[] {
  const out: Finding[] = [];
  const hasLog = dataset.meetings.length > 0 || dataset.tables.some(function (t) {
    return t.kind === 'meetings';
  });
  if (!hasLog || (!ctx.ruleset.regularEveryMonth && !ctx.ruleset.thematicEveryQuarter)) return out;

  const logSheet = logSheetName(dataset);
  const cells = known || meetingCells(dataset.meetings);
  const byKey = new Map<string, CellLog>();
  const order: string[] = [];
  for (let i = 0; i < dataset.meetings.length; i++) {
    const m = dataset.meetings[i];
    if (!m.date || m.date.yearOnly) continue;
    const place = meetingPlace(m, ctx);
    if (place === 'future') continue;
    const key = cells.keyOf(m);
    if (key === null) continue;
    let log = byKey.get(key);
    if (!log) {
      log = { spelling: cells.spelling.get(key) || '', sheet: m.src.sheet, regularMonths: new Set(), thematicQuarters: new Set() };
      byKey.set(key, log);
      order.push(key);
    }
    const month = monthIndexOf(m.date);
    if (place !== 'inPeriod') continue;
    if (m.kind === null || m.kind === 'regular' || m.kind === 'combined') log.regularMonths.add(month);
    if (m.kind === 'thematic' || m.kind === 'combined') log.thematicQuarters.add(quarterIndexOf(m.date));
  }

  // Chi bộ of the member list that had members during the period, in the list's most frequent spelling.
  const memberCells = knownMembers || registerCells(dataset.members);
  for (let i = 0; i < dataset.members.length; i++) {
    const mem = dataset.members[i];
    if (!mem.cell) continue;
    const key = memberCells.names.key(mem.cell);
    if (!key || byKey.has(key)) continue;
    if (!isActiveOn(mem, ctx.period.from) && !isActiveOn(mem, ctx.period.to)) continue;
    const spelling = memberCells.spelling.get(key) || memberCells.names.clean(mem.cell);
    byKey.set(key, { spelling: spelling, sheet: logSheet, regularMonths: new Set(), thematicQuarters: new Set() });
    order.push(key);
  }

  const months = ctx.ruleset.regularEveryMonth ? requiredMonths(ctx.period, ctx.today) : [];
  const quarters = ctx.ruleset.thematicEveryQuarter ? requiredQuarters(ctx.period, ctx.today) : [];
  for (let k = 0; k < order.length; k++) {
    const log = byKey.get(order[k])!;
    const title = cellTitle(log.spelling);
    const at = { sheet: log.sheet, row: null, column: null, value: log.spelling || null };
    for (let i = 0; i < months.length; i++) {
      if (log.regularMonths.has(months[i])) continue;
      out.push(makeFinding('month-without-regular-meeting', at, { cell: title, month: formatMonthIndex(months[i]) }));
    }
    for (let i = 0; i < quarters.length; i++) {
      if (log.thematicQuarters.has(quarters[i])) continue;
      out.push(makeFinding('quarter-without-thematic-meeting', at, { cell: title, quarter: quarterLabel(quarters[i]) }));
    }
  }
  return out;
}

/** The sheet of the meeting log: the first detected meetings table, else the first meeting's sheet. */
function logSheetName(dataset: Dataset): string | null {
  for (let i = 0; i < dataset.tables.length; i++) if (dataset.tables[i].kind === 'meetings') return dataset.tables[i].sheet;
  return dataset.meetings.length ? dataset.meetings[0].src.sheet : null;
}
