/**
 * Comparing how a value is spelled, for category variants: two spellings are "the same" when they differ
 * only in tone-mark placement ("Xoá"/"Xóa"), spacing or punctuation ("PGS. TS"/"PGS.TS"); case and
 * letters count ("nữ" is not "Nữ", "Thạc sỹ" is not "Thạc sĩ").
 */
import { toNfc } from '../text/normalize';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Moves each word's tone mark to the word's end and drops spaces and punctuation. Case is kept. */
export function spellingKey(s: string): string {
  const words = toNfc(s).split(/[\s.,;:\-\/\\()'"*+&]+/);
  let out = '';
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    if (!w) continue;
    if (typeof w.normalize === 'function') w = w.normalize('NFD');
    const tones = w.match(TONE_MARKS);
    out += w.replace(TONE_MARKS, '') + (tones ? tones.join('') : '');
  }
  return out;
}

export function sameSpelling(a: string, b: string): boolean {
  return spellingKey(a) === spellingKey(b);
}

/** Fold one character the way `fold` does, keeping one character per character (non-alphanumerics -> space). */
function foldChar(c: string): string {
  let t = c;
  if (typeof t.normalize === 'function') t = t.normalize('NFD');
  t = t.replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (t === '\u0111' || c === '\u0110' || c === '\u0111') t = 'd';
  t = t.charAt(0);
  return /[a-z0-9]/.test(t) ? t : ' ';
}

/**
 * Spans [start, end) of the words of an NFC string, the words being what `fold` would keep, so that
 * the n-th folded word can be found in the original text.
 */
export function wordSpans(s: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const isWord = foldChar(s.charAt(i)) !== ' ';
    if (isWord && start < 0) start = i;
    if (!isWord && start >= 0) {
      spans.push({ start: start, end: i });
      start = -1;
    }
  }
  if (start >= 0) spans.push({ start: start, end: s.length });
  return spans;
}

/** The text after the first n words, without leading spaces or punctuation. */
export function textAfterWords(s: string, n: number): string {
  const spans = wordSpans(s);
  if (n <= 0) return s;
  if (n > spans.length) return '';
  return s.slice(spans[n - 1].end).replace(/^[\s.,;:\-\/)]+/, '');
}

/** The first n words as written (with what lies between them). */
export function textOfWords(s: string, n: number): string {
  const spans = wordSpans(s);
  if (n <= 0 || spans.length === 0) return '';
  return s.slice(spans[0].start, spans[Math.min(n, spans.length) - 1].end);
}
