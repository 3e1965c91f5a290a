/**
 * `duplicate-meeting`: the same meeting entered twice: same chi bộ (by key), same day, same kind (an
 * unrecorded kind counts as thường kỳ). One finding per extra row, naming all rows. Meetings of the period.
 */
import { formatDate } from '../dates';
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
  const byKey = new Map<string, Meeting[]>();
  const order: string[] = [];
  const list = meetingsInPeriod(meetings, ctx);
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    if (!m.date || m.date.yearOnly) continue;
    const cell = cells.keyOf(m);
    if (cell === null) continue;
    const key = cell + '|' + m.date.y + '-' + m.date.m + '-' + m.date.d + '|' + (m.kind || 'regular');
    let same = byKey.get(key);
    if (!same) {
      same = [];
      byKey.set(key, same);
      order.push(key);
    }
    same.push(m);
  }
  const out: Finding[] = [];
  for (let k = 0; k < order.length; k++) {
    const same = byKey.get(order[k])!;
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
