/**
 * The head counts of a meeting must add up: có mặt + vắng có lý do + vắng không lý do = tổng số − miễn
 * sinh hoạt. Checked only when the total, the present count and each absence column the log has are
 * recorded (a log with neither absence column is not checked; a log with only one absence column counts
 * the other as 0); an empty exempt cell counts as 0. Có mặt above tổng số is reported as such, without the
 * mismatch it implies.
 */
import { formatDate } from '../dates';
import { Finding, makeFinding } from '../findings';
import { Meeting } from '../records';
import { RuleContext } from './context';
import { cellTitle, meetingCells, MeetingCells } from './meetingCells';
import { meetingsInPeriod } from './meetingScope';
import { meetingAt } from './recordLocation';

export function checkMeetingCounts(meetings: Meeting[], ctx: RuleContext, known?: MeetingCells): Finding[] {
  const cells = known || meetingCells(meetings);
  const out: Finding[] = [];
  const list = meetingsInPeriod(meetings, ctx);
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    if (m.present === null || m.total === null) continue;
    const key = cells.keyOf(m);
    const cell = key !== null ? cellTitle(cells.spelling.get(key) || '') : '';
    const date = formatDate(m.date!);
    if (m.present > m.total) {
      out.push(makeFinding('present-exceeds-total', meetingAt(m, 'present'), { cell: cell, date: date, present: m.present, total: m.total }));
      continue;
    }
    const hasExcused = !!m.src.columns.absentExcused;
    const hasUnexcused = !!m.src.columns.absentUnexcused;
    if (!hasExcused && !hasUnexcused) continue;
    if ((hasExcused && m.absentExcused === null) || (hasUnexcused && m.absentUnexcused === null)) continue;
    const exempt = m.exempt || 0;
    const absent = (m.absentExcused || 0) + (m.absentUnexcused || 0);
    const sum = m.present + absent;
    const expected = m.total - exempt;
    if (sum === expected) continue;
    out.push(
      makeFinding('attendance-mismatch', meetingAt(m, 'present'), {
        cell: cell,
        date: date,
        present: m.present,
        absent: absent,
        sum: sum,
        total: m.total,
        exempt: exempt,
        expected: expected,
      }),
    );
  }
  return out;
}
