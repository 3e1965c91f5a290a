/**
 * `duplicate-person`: the same person on two rows of the member list. One finding per extra row, on that
 * row, naming all rows. Rows of members who have left are history (a member who moved away and came
 * back has two rows) and are not compared. Linear: rows are bucketed by folded name and birth year, and
 * within a bucket by birth day.
 */
import { formatDate } from '../dates';
import { Finding, makeFinding } from '../findings';
import { Member } from '../records';
import { RuleContext } from './context';
import { memberLabel, rowList } from './recordLabels';
import { personBucketKey, sameBirth } from './personIdentity';
import { memberAt } from './recordLocation';
import { hasLeftBy } from './standing';

export function checkDuplicatePersons(members: Member[], ctx: RuleContext): Finding[] {
  // bucket key -> groups of rows that are one person (at most one group per birth day)
  const buckets = new Map<string, Member[][]>();
  const groups: Member[][] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (hasLeftBy(m, ctx.today)) continue;
    const key = personBucketKey(m);
    if (key === null) continue;
    let list = buckets.get(key);
    if (!list) {
      list = [];
      buckets.set(key, list);
    }
    let group: Member[] | null = null;
    // Prefer a group born the same day; a year-only row joins the first group.
    for (let j = 0; j < list.length && !group; j++) {
      const first = list[j][0];
      if (sameBirth(first, m) && !first.birth!.yearOnly === !m.birth!.yearOnly) group = list[j];
    }
    for (let j = 0; j < list.length && !group; j++) if (sameBirth(list[j][0], m)) group = list[j];
    if (group) group.push(m);
    else {
      group = [m];
      list.push(group);
      groups.push(group);
    }
  }
  const out: Finding[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (group.length < 2) continue;
    const rows = rowList(group.map(function (m) {
      return m.src;
    }));
    for (let k = 1; k < group.length; k++) {
      out.push(
        makeFinding('duplicate-person', memberAt(group[k], 'name'), {
          who: memberLabel(group[0]),
          birth: formatDate(group[0].birth!),
          rows: rows,
        }),
      );
    }
  }
  return out;
}
