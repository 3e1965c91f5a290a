/**
 * Telling legacy Vietnamese text (TCVN3, VNI) from ordinary text, and decoding it.
 *
 * 1. A fast pre-check: legacy text is made of ASCII and Latin-1 (with the Windows-1252 punctuation) and
 *    has at least one Latin-1 letter. English and codes have none; Unicode Vietnamese almost always has
 *    a letter beyond Latin-1 (ă đ ơ ư ạ ế ...), so nearly every ordinary cell stops here.
 * 2. Statistics, word by word, on the words of two letters or more that the decoding would change:
 *    how many read as Vietnamese syllables after decoding and before, how many are common register
 *    words, and how many characters are legacy-only (Latin-1 characters that are no Vietnamese
 *    letter: § ¶ µ ¸ ª for TCVN3, û ï ø ñ ö for VNI).
 * 3. The cell's font, when the host gives it: ".Vn*" is TCVN3 (".Vn*H" upper case), "VNI-*" is VNI.
 *    A font settles which encoding and needs only that decoding to read as Vietnamese, no worse than
 *    the original; without one (or with a Unicode font), decoding must read clearly better.
 */
import { isVietnameseSyllable } from './vietnameseSyllable';
import { isCommonSyllable } from './commonSyllables';
import { vowelInfo, D_BAR } from './vietnameseLetters';
import { decodeTcvn3, decodeTcvn3Chars, TCVN3_SOFT_HYPHEN } from './tcvn3';
import { decodeVni, decodeVniChars } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyText {
  encoding: LegacyEncoding;
  /** The decoded text, Unicode NFC. */
  text: string;
}

/** How users see the encodings' names. */
export const LEGACY_ENCODING_LABEL: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI' };

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** An "H" font: lower-case codes are drawn as capitals. */
  upper: boolean;
}

/** The legacy encoding a font name implies: ".VnTime" -> TCVN3, ".VnTimeH" -> TCVN3 capitals, "VNI-Times" -> VNI. */
export function legacyFont(fontName: string | null | undefined): LegacyFont | null {
  if (!fontName) return null;
  const name = fontName.replace(/^\s+|\s+$/g, '');
  const lower = name.toLowerCase();
  if (lower.indexOf('.vn') === 0) return { encoding: 'tcvn3', upper: name.charAt(name.length - 1) === 'H' };
  if (/^vni[- ]/.test(lower)) return { encoding: 'vni', upper: false };
  return null;
}

/** Windows-1252 punctuation that legacy cells may hold beside their letters (‘ ’ “ ” – — … • € ™). */
function isCp1252Punctuation(c: number): boolean {
  return c >= 0x2013 && c <= 0x2122 && (c <= 0x2026 || c === 0x2030 || c === 0x2039 || c === 0x203a || c === 0x20ac || c === 0x2122);
}

/**
 * The pre-check: only ASCII, Latin-1 and Windows-1252 punctuation, and at least one character of
 * 0xA1..0xFF (the soft hyphen 0xAD counts: it is TCVN3's ư).
 */
export function mayBeLegacy(text: string): boolean {
  let latin = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c <= 0xff) latin = true;
    else if (!isCp1252Punctuation(c)) return false;
  }
  return latin;
}

/** A Latin-1 character that is no letter of Vietnamese (so unlikely in Unicode Vietnamese text). */
function isNonVietnamese(ch: string): boolean {
  const lower = ch.toLowerCase();
  return lower === ch.toUpperCase() || (vowelInfo(lower) === null && lower !== D_BAR);
}

interface Score {
  /** Words the decoding changes (abbreviations it cannot read are left out). */
  words: number;
  decodedValid: number;
  originalValid: number;
  decodedCommon: number;
  originalCommon: number;
  /** Characters of the changed words that are no Vietnamese letter. */
  legacyOnly: number;
  /**
   * Capital abbreviations that decode cleanly but are no syllable ("§H" = "ĐH", "ÑH"): no evidence
   * alone, but readable when a font or the sheet names the encoding.
   */
  abbreviations: number;
}

/**
 * Words of the original text: ASCII letters and every Latin-1 character (all are letters in some
 * layout), with the hyphens inside them ("Ng-êi") kept for the soft-hyphen repair.
 */
const WORD = /[A-Za-z\u00a1-\u00ff]+(?:-[A-Za-z\u00a1-\u00ff]+)*/g;

function hasLowerAscii(w: string): boolean {
  return /[a-z]/.test(w);
}

/**
 * The words to score: a hyphenated word is one TCVN3 word when the hyphen was its soft hyphen
 * ("Ng-êi" = "Người"), otherwise its parts.
 */
function wordsOf(text: string, encoding: LegacyEncoding): string[] {
  const found = text.match(WORD);
  if (!found) return [];
  const out: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const w = found[i];
    if (w.indexOf('-') < 0) {
      out.push(w);
      continue;
    }
    const parts = w.split('-');
    if (encoding === 'tcvn3' && parts.length === 2) {
      const joined = parts[0] + TCVN3_SOFT_HYPHEN + parts[1];
      const d = decodeTcvn3Chars(joined);
      if (d.clean && isVietnameseSyllable(d.text)) {
        out.push(joined);
        continue;
      }
    }
    for (let k = 0; k < parts.length; k++) out.push(parts[k]);
  }
  return out;
}

function score(text: string, encoding: LegacyEncoding): Score {
  const s: Score = { words: 0, decodedValid: 0, originalValid: 0, decodedCommon: 0, originalCommon: 0, legacyOnly: 0, abbreviations: 0 };
  const decode = encoding === 'tcvn3' ? decodeTcvn3Chars : decodeVniChars;
  const words = wordsOf(text, encoding);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // A lone character ("£" in "£100", "ª" in "1ª") decodes to a one-letter word either way: no evidence.
    if (w.length < 2) continue;
    let legacyOnly = 0;
    let changed = false;
    for (let k = 0; k < w.length; k++) {
      const ch = w.charAt(k);
      if (ch.charCodeAt(0) < 0xa1) continue;
      changed = true;
      if (isNonVietnamese(ch)) legacyOnly++;
    }
    if (!changed) continue;
    const d = decode(w);
    const dec = d.text.toLowerCase();
    const decValid = d.clean && isVietnameseSyllable(dec);
    // "§H", "§HQG": an abbreviation in capitals reads as no syllable either way.
    if (!decValid && d.clean && !hasLowerAscii(w) && /[A-Z]/.test(w)) {
      s.abbreviations++;
      continue;
    }
    s.words++;
    s.legacyOnly += legacyOnly;
    const orig = w.toLowerCase();
    if (decValid) {
      s.decodedValid++;
      if (isCommonSyllable(dec)) s.decodedCommon++;
    }
    if (isVietnameseSyllable(orig)) {
      s.originalValid++;
      if (isCommonSyllable(orig)) s.originalCommon++;
    }
  }
  return s;
}

/**
 * With the font naming the encoding: the decoding must read as Vietnamese and no worse than the
 * original. The font draws the characters that way ("Hoà" in VNI-Times shows as "Hồ"), so the decoded
 * text is what the user sees.
 */
function confirmedByFont(s: Score): boolean {
  const words = s.words + s.abbreviations;
  const valid = s.decodedValid + s.abbreviations;
  return words > 0 && valid * 10 >= words * 7 && valid >= s.originalValid;
}

/**
 * In a sheet whose other cells are clearly in the encoding: the decoding must read as Vietnamese, no
 * worse than the original, and better by its common words or abbreviations ("Cã" is "Có" there, "§H"
 * is "ĐH"; "Tân Phú" stays).
 */
function confirmedInSheet(s: Score): boolean {
  const words = s.words + s.abbreviations;
  const valid = s.decodedValid + s.abbreviations;
  if (words === 0 || valid * 10 < words * 7 || valid < s.originalValid) return false;
  return valid + s.decodedCommon > s.originalValid + s.originalCommon;
}

/**
 * Statistics alone: decoding must read clearly better, by two more syllables or by more common words
 * ("Nguyeãn" -> "Nguyễn"); one odd word with a legacy-only character ("10 µm" -> "àm") is not enough.
 */
function confirmedAlone(s: Score): boolean {
  if (s.words === 0 || s.decodedValid * 10 < s.words * 8) return false;
  if (s.decodedValid <= s.originalValid) return false;
  if (s.decodedValid + s.decodedCommon <= s.originalValid + s.originalCommon) return false;
  return s.decodedValid - s.originalValid >= 2 || s.decodedCommon > s.originalCommon;
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xa1 && c <= 0xff);
}

/**
 * Whether some word with a Latin-1 character is no Vietnamese syllable as it stands. Statistics alone
 * need one (decoding must turn such words into syllables); Unicode Vietnamese has none, so most text
 * that passes the pre-check stops here, before any decoding. A plain scan: no regular expression, no
 * array of words.
 */
function hasOddWord(text: string): boolean {
  const n = text.length;
  let start = -1;
  let latin = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    if (i < n && isWordChar(c)) {
      if (start < 0) {
        start = i;
        latin = false;
      }
      if (c >= 0xa1) latin = true;
      continue;
    }
    if (start >= 0 && latin && i - start >= 2 && !isVietnameseSyllable(text.slice(start, i))) return true;
    start = -1;
  }
  return false;
}

function margin(s: Score): number {
  return s.decodedValid + s.decodedCommon - s.originalValid - s.originalCommon;
}

function decodeAs(text: string, encoding: LegacyEncoding, upper: boolean): LegacyText {
  return { encoding: encoding, text: encoding === 'tcvn3' ? decodeTcvn3(text, { upper: upper }) : decodeVni(text) };
}

/**
 * Whether `text` is TCVN3 or VNI, and its Unicode reading; null for ordinary text. `fontName` is the
 * cell's font where the host knows it; `sheetEncoding` the encoding other cells of the sheet were
 * clearly found in (legacyGrid.ts), which settles words that are Unicode too ("Cã", "Chi bé").
 */
export function detectLegacy(text: string, fontName?: string | null, sheetEncoding?: LegacyEncoding | null): LegacyText | null {
  if (!mayBeLegacy(text)) return null;
  const font = legacyFont(fontName);
  if (font) {
    const s = score(text, font.encoding);
    if (confirmedByFont(s)) return decodeAs(text, font.encoding, font.upper);
  } else if (sheetEncoding) {
    if (confirmedInSheet(score(text, sheetEncoding))) return decodeAs(text, sheetEncoding, false);
  }
  if (!hasOddWord(text)) return null;
  const t = score(text, 'tcvn3');
  const v = score(text, 'vni');
  const tOk = confirmedAlone(t);
  const vOk = confirmedAlone(v);
  if (tOk && (!vOk || margin(t) > margin(v) || (margin(t) === margin(v) && t.legacyOnly >= v.legacyOnly)))
    return decodeAs(text, 'tcvn3', false);
  if (vOk) return decodeAs(text, 'vni', false);
  return null;
}
