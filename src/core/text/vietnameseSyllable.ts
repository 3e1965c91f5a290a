/**
 * Whether a word is a well-formed Vietnamese syllable as written: initial consonant, vowel nucleus,
 * final consonant, at most one tone, with the spelling rules (k/gh/ngh before e ê i y, c/g/ng
 * elsewhere; ch and nh only after a ê i y oa uê uy; p t c ch take only sắc or nặng). It does not know
 * whether the syllable is a real word: "Tõn" passes, "Bỡnh" and "café" do not. Used to tell decoded
 * legacy text (which must read as Vietnamese) from ordinary text.
 */
import { D_BAR, VOWEL_ROWS, vowelCode } from './vietnameseLetters';

/** Base vowel of each row of VOWEL_ROWS. */
const BASES: string[] = VOWEL_ROWS.map(function (row) {
  return row.charAt(0);
});

const INITIALS: { [s: string]: true } = {
  '': true, b: true, c: true, ch: true, d: true, g: true, gh: true, gi: true, h: true, k: true, kh: true,
  l: true, m: true, n: true, ng: true, ngh: true, nh: true, p: true, ph: true, qu: true, r: true, s: true,
  t: true, th: true, tr: true, v: true, x: true,
};
INITIALS[D_BAR] = true;

/** How a nucleus takes a final consonant. */
const FREE = 1; // with or without a final
const CLOSED = 2; // needs a final
const OPEN = 3; // never has one

// Nuclei are written with base vowels (tone removed).
const NUCLEI: { [s: string]: number } = {};
function nuclei(kind: number, list: string): void {
  const parts = list.split(' ');
  for (let i = 0; i < parts.length; i++) NUCLEI[parts[i]] = kind;
}
nuclei(FREE, 'a e \u00ea i o \u00f4 \u01a1 u \u01b0 oa oe u\u00ea uy');
nuclei(CLOSED, '\u0103 \u00e2 i\u00ea y\u00ea u\u00f4 \u01b0\u01a1 u\u00e2 o\u0103 uy\u00ea oo');
nuclei(
  OPEN,
  'y ai ao au ay \u00e2u \u00e2y eo \u00eau ia iu oi \u00f4i \u01a1i ua ui \u01b0a \u01b0i \u01b0u u\u01a1 ' +
    'i\u00eau y\u00eau oai oay oao oeo u\u00e2y u\u00f4i \u01b0\u01a1i \u01b0\u01a1u uya uyu',
);

const FINALS: { [s: string]: true } = { c: true, ch: true, m: true, n: true, ng: true, nh: true, p: true, t: true };
const STOPS: { [s: string]: true } = { c: true, ch: true, p: true, t: true };
/** Nuclei that take ch / nh. */
const PALATAL: { [s: string]: true } = { a: true, '\u00ea': true, i: true, oa: true, 'u\u00ea': true, uy: true };
/** Nuclei that never take c / ng. */
const NO_VELAR: { [s: string]: true } = { '\u00ea': true, i: true, '\u01a1': true, uy: true, 'u\u00ea': true };

function isFrontVowel(base: string): boolean {
  return base === 'e' || base === '\u00ea' || base === 'i' || base === 'y';
}

function nucleusFits(initial: string, nucleus: string, final: string, tone: number): boolean {
  const kind = NUCLEI[nucleus];
  if (!kind) return false;
  if (final === '' ? kind === CLOSED : kind === OPEN) return false;
  if (final !== '') {
    if ((final === 'ch' || final === 'nh') && !PALATAL[nucleus]) return false;
    if ((final === 'c' || final === 'ng') && NO_VELAR[nucleus]) return false;
    if (STOPS[final] && tone !== 1 && tone !== 5) return false;
  }
  const first = nucleus.charAt(0);
  if (initial === 'k' || initial === 'gh' || initial === 'ngh') return isFrontVowel(first);
  if (initial === 'c' || initial === 'ng') return !isFrontVowel(first);
  // "g" before i is the initial "gi" sharing its i ("gìn", "giếng").
  if (initial === 'g') return first === 'i' || !isFrontVowel(first);
  if (initial === 'qu') return first !== 'u' && first !== 'o';
  return true;
}

/** True when `word` (any case, NFC) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const w = word.toLowerCase();
  const n = w.length;
  if (n === 0 || n > 7) return false;
  let i = 0;
  while (i < n && isConsonant(w.charAt(i))) i++;
  const initial = w.slice(0, i);
  let nucleus = '';
  let tone = 0;
  let j = i;
  for (; j < n; j++) {
    const v = vowelCode(w.charCodeAt(j));
    if (!v) break;
    const t = (v - 1) & 7;
    if (t) {
      if (tone) return false;
      tone = t;
    }
    nucleus += BASES[(v - 1) >> 3];
  }
  if (nucleus === '') return false;
  const final = w.slice(j);
  if (final !== '' && !FINALS[final]) return false;
  if (initial === 'q') {
    // "qu" takes the u of the vowels: "quốc", "quý", "quyết".
    return nucleus.charAt(0) === 'u' && nucleus.length > 1 && nucleusFits('qu', nucleus.slice(1), final, tone);
  }
  if (!INITIALS[initial]) return false;
  if (nucleusFits(initial, nucleus, final, tone)) return true;
  // "gi" followed by its vowels: "giữa", "gia", "giường".
  return initial === 'g' && nucleus.charAt(0) === 'i' && nucleus.length > 1 && nucleusFits('gi', nucleus.slice(1), final, tone);
}

function isConsonant(ch: string): boolean {
  if (ch === D_BAR) return true;
  const c = ch.charCodeAt(0);
  return c >= 98 && c <= 122 && c !== 101 && c !== 105 && c !== 111 && c !== 117 && c !== 121;
}
