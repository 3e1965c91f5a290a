/**
 * When two rows are the same person: the same folded name (case, marks and tone placement ignored) and
 * the same birth date, or the same birth year when either row gives only the year.
 */
import { Member } from '../records';
import { fold } from '../text/normalize';

/** Bucket key: folded name and birth year; null when the row lacks either. Rows of one person share it. */
export function personBucketKey(m: Member): string | null {
  if (!m.name || !m.birth) return null;
  const name = fold(m.name);
  if (!name) return null;
  return name + '|' + m.birth.y;
}

/** Two rows with the same bucket key whose birth dates agree (same day, or either is year-only). */
export function sameBirth(a: Member, b: Member): boolean {
  if (!a.birth || !b.birth || a.birth.y !== b.birth.y) return false;
  if (a.birth.yearOnly || b.birth.yearOnly) return true;
  return a.birth.m === b.birth.m && a.birth.d === b.birth.d;
}

export function samePerson(a: Member, b: Member): boolean {
  const ka = personBucketKey(a);
  return ka !== null && ka === personBucketKey(b) && sameBirth(a, b);
}
