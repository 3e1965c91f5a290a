/**
 * A field of a register table: its Vietnamese label and the header spellings that name it. Matching is
 * done on folded text (case, marks, tone placement and punctuation ignored): an exact spelling first,
 * then a "contains" match scored by how much of the header the spelling covers. Exclusions veto a
 * column ("Ngày vào Đảng" must not take "Ngày vào Đảng chính thức").
 */
import { fold } from '../text/normalize';

export interface FieldSpec {
  /** Field id: a record field ("name") or a layout helper ("birthMale", "rating"). */
  id: string;
  /** Vietnamese name of the field for messages: "Họ và tên". */
  label: string;
  /** Header spellings, as written; folded when compiled. */
  exact: string[];
  /** Extra phrases that count when the header contains them (exact spellings of 2+ words count too). */
  contains?: string[];
  /** Phrases that veto a header for this field. */
  exclude?: string[];
  /** Importance in table detection (default 1). */
  weight?: number;
  /** Several columns may hold this field (yearly ratings). */
  multi?: boolean;
  /** Custom matcher on folded header text, returning 0..1. */
  match?: (folded: string) => number;
}

export interface CompiledField {
  spec: FieldSpec;
  exact: { [folded: string]: true };
  phrases: string[];
  exclude: string[];
  weight: number;
}

/** One way of reading a column's header, with a scale (a sub-label alone counts slightly less). */
export interface HeaderVariant {
  folded: string;
  scale: number;
  /** For a reading without the parenthesised notes: the full reading, whose exclusions still apply. */
  full?: string;
}

/** Scores below this are too weak to map a column. */
export const MIN_MATCH_SCORE = 0.65;

/** Headers that never name a field ("Ghi chú ..."). */
const NEVER = /^(ghi chu|chu thich)( |$)/;

export function compileFields(specs: FieldSpec[]): CompiledField[] {
  return specs.map(function (spec) {
    const exact: { [folded: string]: true } = {};
    const phrases: string[] = [];
    for (let i = 0; i < spec.exact.length; i++) {
      const f = fold(spec.exact[i]);
      exact[f] = true;
      if (f.indexOf(' ') > 0) phrases.push(f);
    }
    const extra = spec.contains || [];
    for (let i = 0; i < extra.length; i++) phrases.push(fold(extra[i]));
    return {
      spec: spec,
      exact: exact,
      phrases: phrases,
      exclude: (spec.exclude || []).map(fold),
      weight: spec.weight === undefined ? 1 : spec.weight,
    };
  });
}

/** True when `phrase` occurs in `text` as whole words (both folded). */
export function containsWords(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  const t = ' ' + text + ' ';
  return t.indexOf(' ' + phrase + ' ') >= 0;
}

/**
 * Score of a folded header for a field: 1 for an exact spelling, 0.5..0.95 for a contained phrase by the
 * share of the header it covers (below MIN_MATCH_SCORE, i.e. under a third of the header, is too weak).
 */
export function isExcluded(field: CompiledField, folded: string): boolean {
  for (let i = 0; i < field.exclude.length; i++) if (containsWords(folded, field.exclude[i])) return true;
  return false;
}

export function matchFolded(field: CompiledField, folded: string): number {
  if (folded === '' || NEVER.test(folded) || isExcluded(field, folded)) return 0;
  if (field.exact[folded]) return 1;
  let best = 0;
  if (field.spec.match) best = field.spec.match(folded);
  for (let i = 0; i < field.phrases.length; i++) {
    const p = field.phrases[i];
    if (p.length < folded.length && containsWords(folded, p)) {
      const s = 0.5 + 0.45 * (p.length / folded.length);
      if (s > best) best = s;
    }
  }
  return best;
}

/** Best score over the ways a header can be read. */
export function matchHeader(field: CompiledField, variants: HeaderVariant[]): number {
  let best = 0;
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i];
    if (v.full !== undefined && isExcluded(field, v.full)) continue;
    const s = v.scale * matchFolded(field, v.folded);
    if (s > best) best = s;
  }
  return best;
}

/**
 * The folded readings of a header text: as written, and without parenthesised notes and asterisks
 * ("Sinh ngày * (dd/mm/yyyy)" -> "sinh ngay dd mm yyyy" and "sinh ngay").
 */
export function headerVariants(text: string, scale: number): HeaderVariant[] {
  const out: HeaderVariant[] = [];
  const full = fold(text);
  if (full) out.push({ folded: full, scale: scale });
  const bare = fold(text.replace(/\([^)]*\)?/g, ' ').replace(/\[[^\]]*\]?/g, ' '));
  if (bare && bare !== full) out.push({ folded: bare, scale: scale, full: full });
  return out;
}
