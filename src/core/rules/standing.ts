/**
 * Whether a member is still in the party organisation (has not left by a date), whatever the admission
 * date. Rows of members who left are history: a person who moved away and came back, or a card that
 * moved with its holder, legitimately appears twice.
 */
import { SimpleDate } from '../dates';
import { Member } from '../records';
import { compareDays } from './dateBounds';
import { isDepartedStatus } from '../membership';

export function hasLeftBy(m: Member, date: SimpleDate): boolean {
  if (isDepartedStatus(m.status)) return true;
  if (m.leftDate && m.status === null && compareDays(m.leftDate, date) <= 0) return true;
  return false;
}
