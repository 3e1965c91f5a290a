/**
 * `meeting-below-quality` (gợi ý): a meeting of the period that the rule set's quality criteria could
 * assess (attendance, unexcused absence, length, resolution) and that fails them, with the reasons.
 */
import { formatDate } from '../dates';
import { Finding, makeFinding } from '../findings';
import { Meeting } from '../records';
import { assessMeeting } from '../meetingQuality';
import { RuleContext } from './context';
import { cellTitle, meetingCells, MeetingCells } from './meetingCells';
import { meetingsInPeriod } from './meetingScope';
import { meetingAt } from './recordLocation';

export function checkMeetingQuality(meetings: Meeting[], ctx: RuleContext, known?: MeetingCells): Finding[] {
  const cells = known || meetingCells(meetings);
  const out: Finding[] = [];
  const list = meetingsInPeriod(meetings, ctx);
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    const q = assessMeeting(m, ctx.ruleset);
    if (!q.assessed || q.ok) continue;
    const key = cells.keyOf(m);
    out.push(
      makeFinding('meeting-below-quality', meetingAt(m, null), {
        cell: key !== null ? cellTitle(cells.spelling.get(key) || '') : '',
        date: formatDate(m.date!),
        reasons: q.reasons.join('; '),
        ruleset: ctx.ruleset.basis,
      }),
    );
  }
  return out;
}
