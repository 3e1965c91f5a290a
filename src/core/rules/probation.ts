/**
 * Probation (dự bị): a member becomes official on the day the probation months end (Điều lệ Đảng; QĐ 24
 * Điều 5), even when the chi bộ or the upper committee acts late. An official date before that day is
 * an error, after it a late recognition; an active member past probation with no official date is overdue.
 */
import { addMonths, formatDate, isImprecise, SimpleDate } from '../dates';
import { Finding, makeFinding } from '../findings';
import { Member } from '../records';
import { isActiveOn, isDepartedStatus } from '../membership';
import { RuleContext } from './context';
import { compareDays, earliestDay, latestDay } from './dateBounds';
import { memberLabel } from './recordLabels';
import { memberAt } from './recordLocation';

/** The day probation ends, as text; a year-only admission gives a year, a month-only one a month. */
function expectedText(admitted: SimpleDate, months: number): string {
  const end = addMonths(earliestDay(admitted), months);
  return formatDate({ y: end.y, m: end.m, d: end.d, yearOnly: admitted.yearOnly, monthOnly: admitted.monthOnly });
}

/** `official-too-early` and `official-late`: the official date differs from admission + probation. */
export function checkOfficialDates(members: Member[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const months = ctx.ruleset.probationMonths;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!m.admitted || !m.official) continue;
    const soonest = addMonths(earliestDay(m.admitted), months);
    const latest = addMonths(latestDay(m.admitted), months);
    const params = {
      who: memberLabel(m),
      admitted: formatDate(m.admitted),
      official: formatDate(m.official),
      expected: expectedText(m.admitted, months),
      months: months,
    };
    const extra = isImprecise(m.admitted) ? undefined : { suggestion: formatDate(soonest) };
    if (compareDays(latestDay(m.official), soonest) < 0) {
      out.push(makeFinding('official-too-early', memberAt(m, 'official'), params, extra));
    } else if (compareDays(earliestDay(m.official), latest) > 0) {
      out.push(makeFinding('official-late', memberAt(m, 'official'), params, extra));
    }
  }
  return out;
}

/**
 * `probation-overdue`: active at the period end, admitted more than the probation months before it, and
 * no official date. Members whose status says they left (e.g. struck off after probation) are skipped.
 */
export function checkProbationOverdue(members: Member[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const end = ctx.period.to;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!m.admitted || m.official || isDepartedStatus(m.status) || !isActiveOn(m, end)) continue;
    if (compareDays(addMonths(latestDay(m.admitted), ctx.ruleset.probationMonths), end) >= 0) continue;
    const loc = memberAt(m, m.src.columns.official ? 'official' : 'admitted');
    out.push(
      makeFinding('probation-overdue', loc, {
        who: memberLabel(m),
        admitted: formatDate(m.admitted),
        periodEnd: formatDate(end),
        expected: expectedText(m.admitted, ctx.ruleset.probationMonths),
        months: ctx.ruleset.probationMonths,
      }),
    );
  }
  return out;
}
