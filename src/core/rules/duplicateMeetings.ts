/**
 * `duplicate-meeting`: the same meeting entered twice: same chi bộ (by key), same day, same kind (an
 * unrecorded kind counts as thường kỳ). One finding per extra row, naming all rows. Meetings of the period.
 */
import { formatDate } from '../dates';
import { meetingDayCode } from '../meetingDayCode';
import { Finding, makeFinding } from '../findings';
import { Meeting, MeetingKind } from '../records';
import { RuleContext } from './context';
import { rowList } from './recordLabels';
import { cellTitle, meetingCells, MeetingCells } from './meetingCells';
import { meetingsInPeriod } from './meetingScope';
import { meetingAt } from './recordLocation';

const KIND_LABEL: Record<MeetingKind, string> = {
  regular: 'thường kỳ',
  thematic: 'chuyên đề',
  combined: 'thường kỳ kết hợp chuyên đề',
  extraordinary: 'bất thường',
};

export function checkDuplicateMeetings(meetings: Meeting[], ctx: RuleContext, known?: MeetingCells): Finding[] {
  const cells = known || meetingCells(meetings);
  // Meetings by chi bộ, then by day and kind as one number (meetingDayCode); by a string when the date
  // does not fit one. Groups in the order of their first meeting.
  const byCell = new Map<string, Map<number, Meeting[]>>();
  const byText = new Map<string, Meeting[]>();
  const order: Meeting[][] = [];
  const list = meetingsInPeriod(meetings, ctx);
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    if (!m.date || m.date.yearOnly) continue;
    const cell = cells.keyOf(m);
    if (cell === null) continue;
    const kind = m.kind || 'regular';
    const code = meetingDayCode(m.date, kind);
    let same: Meeting[] | undefined;
    if (code >= 0) {
      let days = byCell.get(cell);
      if (!days) {
        days = new Map<number, Meeting[]>();
        byCell.set(cell, days);
      }
      same = days.get(code);
      if (!same) {
        same = [];
        days.set(code, same);
        order.push(same);
      }
    } else {
      const key = cell + '|' + m.date.y + '-' + m.date.m + '-' + m.date.d + '|' + kind;
      same = byText.get(key);
      if (!same) {
        same = [];
        byText.set(key, same);
        order.push(same);
      }
    }
    same.push(m);
  }
  const out: Finding[] = [];
  for (let k = 0; k < order.length; k++) {
    const same = order[k];
    if (same.length < 2) continue;
    const first = same[0];
    const rows = rowList(same.map(function (m) {
      return m.src;
    }));
    const cellName = cellTitle(cells.spelling.get(cells.keyOf(first) || '') || '');
    for (let j = 1; j < same.length; j++) {
      out.push(
        makeFinding('duplicate-meeting', meetingAt(same[j], 'date'), {
          cell: cellName,
          date: formatDate(first.date!),
          kind: KIND_LABEL[first.kind || 'regular'],
          rows: rows,
        }),
      );
    }
  }
  return out;
}
