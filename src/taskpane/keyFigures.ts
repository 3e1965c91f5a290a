/**
 * The few figures the pane shows after a report, in their paper forms (as the report prints them), under
 * core's figure labels. A figure core could not compute is left out, never shown as 0.
 */
import { formatDate, Period } from '../core/dates';
import { figureLabel, Figures } from '../core/figures';
import { formatCount, formatPercent } from '../core/text/numbers';
import { FigureLine } from './paneState';
import { S } from './strings';

function has(f: Figures, id: string): boolean {
  return typeof f[id] === 'number' && isFinite(f[id]);
}

/** `cellUnit`: the unit is itself a chi bộ, so it has no chi bộ trực thuộc to count. */
export function keyFigures(f: Figures, period: Period, decimals: number, cellUnit?: boolean): FigureLine[] {
  const out: FigureLine[] = [];
  function pct(x: number): string {
    return formatPercent(x, decimals);
  }
  /** A count, with its share figure when core has one. */
  function count(id: string): void {
    if (!has(f, id)) return;
    const n = formatCount(f[id]);
    out.push({ label: figureLabel(id), value: has(f, id + '.share') ? S.report.withShare(n, pct(f[id + '.share'])) : n });
  }
  out.push({ label: S.report.periodFigure, value: S.report.periodValue(formatDate(period.from), formatDate(period.to)) });
  if (has(f, 'members.total')) {
    const total = formatCount(f['members.total']);
    out.push({
      label: figureLabel('members.total'),
      value:
        has(f, 'members.shareOfStaff') && has(f, 'staff.total')
          ? S.report.membersOfStaff(total, pct(f['members.shareOfStaff']), formatCount(f['staff.total']))
          : total,
    });
  }
  if (has(f, 'members.male') && has(f, 'members.female'))
    out.push({ label: S.report.gender, value: S.report.genderValue(formatCount(f['members.male']), formatCount(f['members.female'])) });
  count('theory.advanced');
  count('education.masterOrAbove');
  if (!cellUnit) count('cells.total');
  count('admissions.total');
  count('meetings.regular');
  count('meetings.cellsAllMonths');
  if (has(f, 'meetings.qualityShare')) out.push({ label: figureLabel('meetings.qualityShare'), value: pct(f['meetings.qualityShare']) });
  return out;
}
