/**
 * The Vietnamese letters: twelve vowels, each plain and with the five tones, and đ. Besides the ASCII
 * a e i o u y, that is 66 vowel letters and đ in each case: the 134 letters a legacy encoding must carry.
 * The legacy tables (tcvn3.ts, vni.ts) are written in this order so each row can be checked by eye.
 */

/** Tone order of every row: none, sắc, huyền, hỏi, ngã, nặng. */
export const TONES = ['', 's\u1eafc', 'huy\u1ec1n', 'h\u1ecfi', 'ng\u00e3', 'n\u1eb7ng'];

/** Lower-case vowels, one row per base vowel, in TONES order. */
export const VOWEL_ROWS: string[] = [
  'a\u00e1\u00e0\u1ea3\u00e3\u1ea1', // a á à ả ã ạ
  '\u0103\u1eaf\u1eb1\u1eb3\u1eb5\u1eb7', // ă ắ ằ ẳ ẵ ặ
  '\u00e2\u1ea5\u1ea7\u1ea9\u1eab\u1ead', // â ấ ầ ẩ ẫ ậ
  'e\u00e9\u00e8\u1ebb\u1ebd\u1eb9', // e é è ẻ ẽ ẹ
  '\u00ea\u1ebf\u1ec1\u1ec3\u1ec5\u1ec7', // ê ế ề ể ễ ệ
  'i\u00ed\u00ec\u1ec9\u0129\u1ecb', // i í ì ỉ ĩ ị
  'o\u00f3\u00f2\u1ecf\u00f5\u1ecd', // o ó ò ỏ õ ọ
  '\u00f4\u1ed1\u1ed3\u1ed5\u1ed7\u1ed9', // ô ố ồ ổ ỗ ộ
  '\u01a1\u1edb\u1edd\u1edf\u1ee1\u1ee3', // ơ ớ ờ ở ỡ ợ
  'u\u00fa\u00f9\u1ee7\u0169\u1ee5', // u ú ù ủ ũ ụ
  '\u01b0\u1ee9\u1eeb\u1eed\u1eef\u1ef1', // ư ứ ừ ử ữ ự
  'y\u00fd\u1ef3\u1ef7\u1ef9\u1ef5', // y ý ỳ ỷ ỹ ỵ
];

export const D_BAR = '\u0111'; // đ

/** A lower-case vowel letter's base vowel (its row's first letter) and tone index (0..5). */
export interface VowelInfo {
  base: string;
  tone: number;
}

/** Vowel letters by char code: row * 8 + tone + 1 (0 for anything else). Built once; codes end at ỹ (U+1EF9). */
const VOWEL_CODES: number[] = [];
for (let c = 0; c <= 0x1ef9; c++) VOWEL_CODES.push(0);
for (let r = 0; r < VOWEL_ROWS.length; r++) {
  for (let t = 0; t < 6; t++) VOWEL_CODES[VOWEL_ROWS[r].charCodeAt(t)] = r * 8 + t + 1;
}

/** Base vowel and tone of a lower-case vowel letter, or null for anything else. */
export function vowelInfo(ch: string): VowelInfo | null {
  const v = vowelCode(ch.charCodeAt(0));
  if (!v) return null;
  return { base: VOWEL_ROWS[(v - 1) >> 3].charAt(0), tone: (v - 1) & 7 };
}

/** The row in VOWEL_ROWS (0..11) * 8 + tone (0..5), plus 1, of a lower-case vowel's char code; 0 otherwise. */
export function vowelCode(code: number): number {
  return code <= 0x1ef9 ? VOWEL_CODES[code] : 0;
}

/** The 67 lower-case letters that are not ASCII (66 vowels with marks, and đ). */
export function markedLowerLetters(): string[] {
  const out: string[] = [];
  for (let r = 0; r < VOWEL_ROWS.length; r++) {
    const row = VOWEL_ROWS[r];
    for (let t = 0; t < row.length; t++) {
      const ch = row.charAt(t);
      if (ch.charCodeAt(0) > 0x7f) out.push(ch);
    }
  }
  out.push(D_BAR);
  return out;
}
