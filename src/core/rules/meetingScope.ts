/**
 * Which meetings the meeting rules look at. Only meetings with a date count; a meeting after today is a
 * `future-date`, one outside the report period is `meeting-outside-period`; the other meeting rules see
 * the meetings of the period only.
 */
import { Meeting } from '../records';
import { RuleContext } from './context';
import { compareDays, earliestDay, latestDay } from './dateBounds';

export type MeetingPlace = 'undated' | 'future' | 'outside' | 'inPeriod';

export function meetingPlace(m: Meeting, ctx: RuleContext): MeetingPlace {
  if (!m.date) return 'undated';
  if (compareDays(earliestDay(m.date), ctx.today) > 0) return 'future';
  if (compareDays(latestDay(m.date), ctx.period.from) < 0 || compareDays(earliestDay(m.date), ctx.period.to) > 0) {
    return 'outside';
  }
  return 'inPeriod';
}

export function meetingsInPeriod(meetings: Meeting[], ctx: RuleContext): Meeting[] {
  return meetings.filter(function (m) {
    return meetingPlace(m, ctx) === 'inPeriod';
  });
}
