/**
 * Who counts as a member on a date: admitted on or before it and not gone before it. Members exempted
 * from meetings (miễn sinh hoạt) are members. Used by the figures and the rules alike.
 */
import { compareDates, SimpleDate } from './dates';
import { Member, MemberStatus } from './records';

const DEPARTED: MemberStatus[] = ['transferred', 'deceased', 'struckOff', 'expelled', 'resigned'];

export function isDepartedStatus(s: MemberStatus | null): boolean {
  return s !== null && DEPARTED.indexOf(s) >= 0;
}

/** Active on `date`: admitted by then (or admission unknown) and not left by then. */
export function isActiveOn(m: Member, date: SimpleDate): boolean {
  if (m.admitted && compareDates(m.admitted, date) > 0) return false;
  if (m.leftDate) {
    if (compareDates(m.leftDate, date) <= 0 && (m.status === null || isDepartedStatus(m.status))) return false;
    return true;
  }
  return !isDepartedStatus(m.status);
}

/** Official on `date`: has an official date on or before it. Everyone else active is probationary. */
export function isOfficialOn(m: Member, date: SimpleDate): boolean {
  if (m.official) return compareDates(m.official, date) <= 0;
  return false;
}

export function activeMembers(members: Member[], date: SimpleDate): Member[] {
  const out: Member[] = [];
  for (let i = 0; i < members.length; i++) if (isActiveOn(members[i], date)) out.push(members[i]);
  return out;
}
