/**
 * Unicode normalisation and diacritic folding for matching Vietnamese text.
 * No `u`-flag regular expressions: this file is compiled to ES5 for the task pane.
 */

/** NFC, trimmed, inner whitespace (including non-breaking spaces) collapsed to one space. */
export function cleanText(s: string): string {
  // Most cells are clean already: NFC Vietnamese text with single inner spaces. Those are returned as they are, without normalising or a regular expression.
  if (isPlainClean(s)) return s;
  return toNfc(s).replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/**
 * True when cleanText would return `s` unchanged for certain: every character below U+0300 or a
 * precomposed Vietnamese letter (no combining mark, nothing NFC changes), no white space but single
 * spaces between other characters. Vietnamese text typed in NFC is all such characters.
 */
function isPlainClean(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    // Other ASCII white space and controls, NBSP (U+00A0), NEL (U+0085); from U+0300 on, only the
    // precomposed letters of Latin Extended Additional (U+1E00-U+1EFF: "ạ ả ấ … ỹ"), which NFC keeps.
    if (c < 32 || c === 127 || c === 0x85 || c === 0xa0 || (c >= 0x300 && (c < 0x1e00 || c > 0x1eff))) return false;
    prevSpace = false;
  }
  return !prevSpace;
}

export function toNfc(s: string): string {
  return typeof s.normalize === 'function' ? s.normalize('NFC') : s;
}

/** True when the text holds decomposed (combining) marks that NFC would compose. */
export function isDecomposed(s: string): boolean {
  return typeof s.normalize === 'function' && s !== s.normalize('NFC');
}

/**
 * Fold for matching: lower case, no tone or vowel marks, đ -> d, punctuation to spaces, spaces collapsed.
 * "Ngày, tháng, năm sinh" -> "ngay thang nam sinh"; "Thuỷ" and "Thủy" both -> "thuy".
 */
export function fold(s: string): string {
  // Character by character: ASCII directly, every other character through foldChar (its own NFD,
  // marks dropped, lower case, đ -> d, anything else a space), computed once per character and kept.
  // The same as folding the whole string at once: NFD and lower case act on each character alone
  // (but for final sigma, which becomes a space either way), and runs of spaces collapse below.
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (pendingSpace) {
        if (out !== '') out += ' ';
        pendingSpace = false;
      }
      out += c <= 90 && c >= 65 ? String.fromCharCode(c + 32) : s.charAt(i);
      continue;
    }
    if (c < 128) {
      pendingSpace = true;
      continue;
    }
    let piece = FOLDED_CHARS[c];
    if (piece === undefined) {
      piece = foldChar(s.charAt(i));
      FOLDED_CHARS[c] = piece;
    }
    for (let k = 0; k < piece.length; k++) {
      const p = piece.charAt(k);
      if (p === ' ') {
        pendingSpace = true;
      } else {
        if (pendingSpace) {
          if (out !== '') out += ' ';
          pendingSpace = false;
        }
        out += p;
      }
    }
  }
  return out;
}

/** Non-ASCII UTF-16 code units folded so far: '' (a mark), ' ' or letters and digits. */
const FOLDED_CHARS: { [code: number]: string } = {};

/** The fold of one character, before spaces are collapsed: a mark gives '', punctuation ' '. */
function foldChar(ch: string): string {
  let t = ch;
  if (typeof t.normalize === 'function') t = t.normalize('NFD');
  t = t.replace(/[\u0300-\u036f]/g, '');
  t = t.toLowerCase().replace(/\u0111/g, 'd').replace(/\u0110/g, 'd');
  return t.replace(/[^a-z0-9]+/g, ' ');
}

/** Fold and drop all spaces: "Th.S" -> "ths", "Cao cấp" -> "caocap". */
export function foldTight(s: string): string {
  return fold(s).replace(/ /g, '');
}
