/**
 * Per chi bộ figures: members active at the period end, meetings held in the period, and the months
 * and quarters without the required meeting. The report's "Sinh hoạt theo từng chi bộ" table and the
 * cell figures of the catalogue both come from here.
 *
 * Which chi bộ exist: those named by the members active at the period end; when no member names one,
 * those named in the meeting log; when neither names one, the unit is a single unnamed chi bộ.
 * Meetings count once per chi bộ, date and kind (a meeting typed twice is not two meetings), when
 * dated within the period and not after today. A meeting of unknown kind (no "hình thức" column, or
 * the cell empty) counts as thường kỳ, as the meeting rules count it. A month is covered by a thường kỳ
 * meeting dated in that calendar month, even just outside the period (a period starting 22/02 is
 * covered in February by a meeting on 05/02); a year-only date covers no month.
 */
import { cellDisplayName, cellKey } from './cells';
import { compareDates, earliestDay, latestDay, SimpleDate } from './dates';
import { meetingDayCode } from './meetingDayCode';
import { isActiveOn } from './membership';
import {
  formatMonthIndex,
  formatQuarterIndex,
  monthIndexOf,
  quarterIndexOf,
  requiredMonths,
  requiredQuarters,
} from './periodMonths';
import { Dataset, Meeting, MeetingKind, Member } from './records';
import { RuleContext } from './rules/context';
import { cleanText } from './text/normalize';

export interface PeriodMeeting {
  meeting: Meeting;
  /** cellKey of its chi bộ; null when it names none. */
  key: string | null;
  /** The kind used for counting (see the file comment). */
  kind: MeetingKind;
}

export interface CellTally {
  /** cellKey; "" for the single unnamed chi bộ. */
  key: string;
  /** "Chi bộ Văn phòng" (the most frequent spelling). */
  name: string;
  /** Members active at the period end; null when the member list does not say which chi bộ. */
  members: number | null;
  /** Thường kỳ (and combined) meetings in the period; null without a meeting log. */
  regularMeetings: number | null;
  /** Chuyên đề (and combined) meetings in the period; null without a meeting log. */
  thematicMeetings: number | null;
  /** Months asked for without a thường kỳ meeting, "03/2019"; null without a meeting log. */
  monthsWithoutRegular: string[] | null;
  /** Complete quarters without a chuyên đề meeting, "quý I/2019"; null without a meeting log. */
  quartersWithoutThematic: string[] | null;
}

export interface CellBreakdown {
  cells: CellTally[];
  /** The chi bộ have names (a đảng bộ with chi bộ trực thuộc), rather than one unnamed chi bộ. */
  named: boolean;
  /** Chi bộ taken from the member list (true) or from the meeting log (false). */
  fromMembers: boolean;
  hasMeetingLog: boolean;
  /** Deduplicated meetings of the period. */
  meetings: PeriodMeeting[];
  monthsAsked: number[];
  quartersAsked: number[];
}

const earliest = earliestDay;
const latest = latestDay;

/** Folds each distinct spelling once and remembers how often each spelling of a key is used. */
class CellNames {
  private known = new Map<string, { key: string; text: string }>();
  private spellings = new Map<string, Map<string, number>>();

  private lookup(raw: string): { key: string; text: string } {
    let k = this.known.get(raw);
    if (k === undefined) {
      const text = cleanText(raw);
      k = { key: text ? cellKey(text) : '', text: text };
      this.known.set(raw, k);
    }
    return k;
  }

  keyOf(raw: string | null): string | null {
    if (raw === null) return null;
    const k = this.lookup(raw).key;
    return k ? k : null;
  }

  /** Count one use of the spelling `raw` (whose key is not empty). */
  count(raw: string): void {
    const k = this.lookup(raw);
    let m = this.spellings.get(k.key);
    if (!m) {
      m = new Map<string, number>();
      this.spellings.set(k.key, m);
    }
    m.set(k.text, (m.get(k.text) || 0) + 1);
  }

  displayName(key: string): string {
    const m = this.spellings.get(key);
    let best = '';
    let bestCount = 0;
    if (m) {
      m.forEach(function (n, spelling) {
        if (n > bestCount) {
          best = spelling;
          bestCount = n;
        }
      });
    }
    return best ? cellDisplayName(best) : 'Chi bộ';
  }
}

function effectiveKind(m: Meeting): MeetingKind {
  return m.kind || 'regular';
}

function dateKey(d: SimpleDate): string {
  return d.y + '-' + d.m + '-' + d.d + (d.yearOnly ? 'y' : '');
}

/** Whether a meeting of the chi bộ `key` on this date and of this kind was seen before (and mark it seen). */
class MeetingsSeen {
  private byCell = new Map<string, Set<number>>();
  private other = new Set<string>();

  check(key: string | null, date: SimpleDate, kind: MeetingKind): boolean {
    const cell = key === null ? '' : key;
    const code = meetingDayCode(date, kind);
    if (code < 0) {
      const id = cell + '|' + dateKey(date) + '|' + kind;
      if (this.other.has(id)) return true;
      this.other.add(id);
      return false;
    }
    let codes = this.byCell.get(cell);
    if (!codes) {
      codes = new Set<number>();
      this.byCell.set(cell, codes);
    }
    if (codes.has(code)) return true;
    codes.add(code);
    return false;
  }
}

function collectMeetings(meetings: Meeting[], ctx: RuleContext, names: CellNames): PeriodMeeting[] {
  const seen = new MeetingsSeen();
  const out: PeriodMeeting[] = [];
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i];
    if (!m.date) continue;
    if (compareDates(earliest(m.date), ctx.today) > 0) continue;
    if (compareDates(latest(m.date), ctx.period.from) < 0 || compareDates(earliest(m.date), ctx.period.to) > 0) continue;
    const key = names.keyOf(m.cell);
    const kind = effectiveKind(m);
    if (seen.check(key, m.date, kind)) continue;
    if (key !== null && m.cell !== null) names.count(m.cell);
    out.push({ meeting: m, key: key, kind: kind });
  }
  return out;
}

export function isRegularKind(kind: MeetingKind | null): boolean {
  return kind === 'regular' || kind === 'combined';
}

export function isThematicKind(kind: MeetingKind | null): boolean {
  return kind === 'thematic' || kind === 'combined';
}

export function hasMeetingLog(dataset: Dataset): boolean {
  if (dataset.meetings.length > 0) return true;
  for (let i = 0; i < dataset.tables.length; i++) if (dataset.tables[i].kind === 'meetings') return true;
  return false;
}

export function cellBreakdown(dataset: Dataset, ctx: RuleContext): CellBreakdown {
  const names = new CellNames();
  const to = ctx.period.to;
  const memberCount = new Map<string, number>();
  const order: string[] = [];
  let activeTotal = 0;
  for (let i = 0; i < dataset.members.length; i++) {
    const m: Member = dataset.members[i];
    if (!isActiveOn(m, to)) continue;
    activeTotal++;
    const key = names.keyOf(m.cell);
    if (key === null || m.cell === null) continue;
    names.count(m.cell);
    const n = memberCount.get(key);
    if (n === undefined) order.push(key);
    memberCount.set(key, (n || 0) + 1);
  }

  const hasLog = hasMeetingLog(dataset);
  const meetings = hasLog ? collectMeetings(dataset.meetings, ctx, names) : [];
  const fromMembers = order.length > 0;
  if (!fromMembers) {
    const seen = new Set<string>();
    for (let i = 0; i < meetings.length; i++) {
      const k = meetings[i].key;
      if (k !== null && !seen.has(k)) {
        seen.add(k);
        order.push(k);
      }
    }
  }
  const named = order.length > 0;
  if (!named && (activeTotal > 0 || meetings.length > 0)) order.push('');

  const monthsAsked = requiredMonths(ctx.period, ctx.today);
  const quartersAsked = requiredQuarters(ctx.period, ctx.today);
  const regular = new Map<string, number>();
  const thematic = new Map<string, number>();
  const months = new Map<string, Set<number>>();
  const quarters = new Map<string, Set<number>>();
  for (let i = 0; i < order.length; i++) {
    regular.set(order[i], 0);
    thematic.set(order[i], 0);
    months.set(order[i], new Set<number>());
    quarters.set(order[i], new Set<number>());
  }
  for (let i = 0; i < meetings.length; i++) {
    const pm = meetings[i];
    const key = named ? pm.key : '';
    if (key === null || !regular.has(key)) continue;
    const date = pm.meeting.date as SimpleDate;
    if (isRegularKind(pm.kind)) regular.set(key, (regular.get(key) || 0) + 1);
    if (isThematicKind(pm.kind)) {
      thematic.set(key, (thematic.get(key) || 0) + 1);
      if (!date.yearOnly) (quarters.get(key) as Set<number>).add(quarterIndexOf(date));
    }
  }
  // Months: any thường kỳ meeting of the calendar month, up to today.
  if (hasLog && monthsAsked.length > 0) {
    const first = monthsAsked[0];
    const last = monthsAsked[monthsAsked.length - 1];
    for (let i = 0; i < dataset.meetings.length; i++) {
      const m = dataset.meetings[i];
      if (!m.date || m.date.yearOnly || !isRegularKind(effectiveKind(m))) continue;
      const mi = monthIndexOf(m.date);
      if (mi < first || mi > last || compareDates(m.date, ctx.today) > 0) continue;
      const key = named ? names.keyOf(m.cell) : '';
      if (key === null) continue;
      const set = months.get(key);
      if (set) set.add(mi);
    }
  }

  const cells: CellTally[] = [];
  for (let i = 0; i < order.length; i++) {
    const key = order[i];
    const monthSet = months.get(key) as Set<number>;
    const quarterSet = quarters.get(key) as Set<number>;
    cells.push({
      key: key,
      name: key === '' ? cleanText(dataset.unit.partyName || '') || 'Chi bộ' : names.displayName(key),
      members: fromMembers ? memberCount.get(key) || 0 : named ? null : activeTotal,
      regularMeetings: hasLog ? regular.get(key) || 0 : null,
      thematicMeetings: hasLog ? thematic.get(key) || 0 : null,
      monthsWithoutRegular: hasLog
        ? monthsAsked.filter(function (mi) {
            return !monthSet.has(mi);
          }).map(formatMonthIndex)
        : null,
      quartersWithoutThematic: hasLog
        ? quartersAsked.filter(function (qi) {
            return !quarterSet.has(qi);
          }).map(formatQuarterIndex)
        : null,
    });
  }
  return {
    cells: cells,
    named: named,
    fromMembers: fromMembers,
    hasMeetingLog: hasLog,
    meetings: meetings,
    monthsAsked: monthsAsked,
    quartersAsked: quartersAsked,
  };
}
