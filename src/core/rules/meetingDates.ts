/** `future-date` for a meeting dated after today, and `meeting-outside-period` (not counted in the figures). */
import { formatDate } from '../dates';
import { Finding, makeFinding } from '../findings';
import { Meeting } from '../records';
import { RuleContext } from './context';
import { cellTitle, meetingCells, MeetingCells } from './meetingCells';
import { meetingPlace } from './meetingScope';
import { meetingAt } from './recordLocation';

export function checkMeetingDates(meetings: Meeting[], ctx: RuleContext, known?: MeetingCells): Finding[] {
  const cells = known || meetingCells(meetings);
  const out: Finding[] = [];
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i];
    const place = meetingPlace(m, ctx);
    if (place !== 'future' && place !== 'outside') continue;
    const key = cells.keyOf(m);
    const who = 'Buổi sinh hoạt' + (key !== null ? ' của ' + cellTitle(cells.spelling.get(key) || '') : '');
    if (place === 'future') {
      out.push(
        makeFinding('future-date', meetingAt(m, 'date'), {
          who: who,
          field: 'ngày sinh hoạt',
          date: formatDate(m.date!),
          today: formatDate(ctx.today),
        }),
      );
    } else {
      out.push(
        makeFinding('meeting-outside-period', meetingAt(m, 'date'), {
          who: who,
          date: formatDate(m.date!),
          from: formatDate(ctx.period.from),
          to: formatDate(ctx.period.to),
        }),
      );
    }
  }
  return out;
}
