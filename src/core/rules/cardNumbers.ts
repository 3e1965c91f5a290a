/**
 * Party card numbers (số thẻ đảng viên). The new card has 12 digits (HD 38-HD/BTCTW, 2025); the old
 * number is written "dd.dddddd". Spaces, dots and hyphens are separators. Probationary members have
 * no card, so an empty number is never a finding. Only members still in the party are checked: a card
 * moves with its holder when a member transfers away and back, and members who left keep old cards.
 */
import { Finding, makeFinding } from '../findings';
import { Member } from '../records';
import { cleanText } from '../text/normalize';
import { RuleContext } from './context';
import { rowList } from './recordLabels';
import { samePerson } from './personIdentity';
import { memberAt } from './recordLocation';
import { hasLeftBy } from './standing';

export const NEW_CARD_DIGITS = 12;
export const OLD_CARD_DIGITS = 8;

export type CardForm = 'empty' | 'new' | 'old' | 'other';

/** The digits of a card number, separators removed; null when other characters remain. */
export function cardDigits(text: string): string | null {
  const t = cleanText(text).replace(/[\s.\-]/g, '');
  return /^[0-9]*$/.test(t) ? t : null;
}

export function cardForm(text: string | null): CardForm {
  if (text === null || cleanText(text) === '') return 'empty';
  const digits = cardDigits(text);
  if (digits === null) return 'other';
  if (digits.length === NEW_CARD_DIGITS) return 'new';
  if (digits.length === OLD_CARD_DIGITS) return 'old';
  return 'other';
}

/** `card-number-format` (not 12 digits) and `card-number-old-format` (old dd.dddddd number). */
export function checkCardFormats(members: Member[], ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (hasLeftBy(m, ctx.today)) continue;
    const form = cardForm(m.cardNumber);
    if (form === 'empty' || form === 'new') continue;
    const value = cleanText(m.cardNumber || '');
    const code = form === 'old' ? 'card-number-old-format' : 'card-number-format';
    out.push(makeFinding(code, memberAt(m, 'cardNumber'), { value: value }));
  }
  return out;
}

/**
 * `duplicate-card-number`: one card number (digits compared) on two members. Two rows of the same person
 * are left to `duplicate-person`.
 */
export function checkDuplicateCards(members: Member[], ctx: RuleContext): Finding[] {
  const byDigits = new Map<string, Member[]>();
  const order: string[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!m.cardNumber || hasLeftBy(m, ctx.today)) continue;
    const digits = cardDigits(m.cardNumber);
    if (!digits) continue;
    let list = byDigits.get(digits);
    if (!list) {
      list = [];
      byDigits.set(digits, list);
      order.push(digits);
    }
    list.push(m);
  }
  const out: Finding[] = [];
  for (let k = 0; k < order.length; k++) {
    const list = byDigits.get(order[k])!;
    if (list.length < 2) continue;
    const others = list.filter(function (m, idx) {
      return idx === 0 || !samePerson(list[0], m);
    });
    if (others.length < 2) continue;
    const rows = rowList(others.map(function (m) {
      return m.src;
    }));
    for (let j = 1; j < others.length; j++) {
      out.push(
        makeFinding('duplicate-card-number', memberAt(others[j], 'cardNumber'), { value: cleanText(others[j].cardNumber || ''), rows: rows }),
      );
    }
  }
  return out;
}
