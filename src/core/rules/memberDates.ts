/**
 * Checks on one member's dates: a date after today, admission before the 18th birthday, a leaving date
 * before admission. Every row of the list is checked, members who left included: these are facts
 * recorded wrongly whoever they concern. A year-only date is flagged only when every day it may stand
 * for is wrong.
 */
import { addYears, formatDate, SimpleDate } from '../dates';
import { Finding, makeFinding } from '../findings';
import { Member } from '../records';
import { RuleContext } from './context';
import { compareDays, earliestDay, latestDay } from './dateBounds';
import { memberLabel } from './recordLabels';
import { memberAt } from './recordLocation';

const DATE_FIELDS: { field: 'birth' | 'admitted' | 'official' | 'leftDate'; label: string }[] = [
  { field: 'birth', label: 'ngày sinh' },
  { field: 'admitted', label: 'ngày vào Đảng' },
  { field: 'official', label: 'ngày chính thức' },
  { field: 'leftDate', label: 'ngày rời' },
];

/** `future-date`: birth, admission, official or leaving date after today. */
export function checkMemberFutureDates(members: Member[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    for (let j = 0; j < DATE_FIELDS.length; j++) {
      const d: SimpleDate | null = m[DATE_FIELDS[j].field];
      if (!d || compareDays(earliestDay(d), ctx.today) <= 0) continue;
      out.push(
        makeFinding('future-date', memberAt(m, DATE_FIELDS[j].field), {
          who: memberLabel(m),
          field: DATE_FIELDS[j].label,
          date: formatDate(d),
          today: formatDate(ctx.today),
        }),
      );
    }
  }
  return out;
}

/** `admitted-under-18`: admitted before the 18th birthday (ruleset.minAdmissionAge). */
export function checkAdmissionAge(members: Member[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const age = ctx.ruleset.minAdmissionAge;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!m.birth || !m.admitted) continue;
    const comingOfAge = addYears(earliestDay(m.birth), age);
    if (compareDays(latestDay(m.admitted), comingOfAge) >= 0) continue;
    out.push(
      makeFinding('admitted-under-18', memberAt(m, 'admitted'), {
        who: memberLabel(m),
        admitted: formatDate(m.admitted),
        birth: formatDate(m.birth),
        age: age,
      }),
    );
  }
  return out;
}

/** `left-before-admitted`: leaving date before the admission date. */
export function checkLeftBeforeAdmitted(members: Member[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!m.leftDate || !m.admitted) continue;
    if (compareDays(latestDay(m.leftDate), earliestDay(m.admitted)) >= 0) continue;
    out.push(
      makeFinding('left-before-admitted', memberAt(m, 'leftDate'), {
        who: memberLabel(m),
        left: formatDate(m.leftDate),
        admitted: formatDate(m.admitted),
      }),
    );
  }
  return out;
}
