/**
 * TCVN3 (TCVN 5712:1993 "ABC", the VN3 layout of the .VnTime, .VnArial ... fonts) <-> Unicode.
 *
 * Excel keeps such text as the Windows-1252 reading of its bytes, so each legacy byte 0xA1..0xFE is the
 * Latin-1 character of the same code: "§¶ng viªn" is "Đảng viên". The layout has all 67 lower-case
 * letters with marks and only seven capitals (Ă Â Ê Ô Ơ Ư Đ); capitals with tones come from the "H"
 * fonts (.VnTimeH), which draw the lower-case codes as capitals, so a whole cell in an H font decodes to
 * upper case. Quirk: ư is 0xAD, the soft hyphen, which some editors turned into "-" ("Ng-êi" = "Người").
 */
import { VOWEL_ROWS, D_BAR } from './vietnameseLetters';
import { toNfc } from './normalize';
import { isVietnameseSyllable } from './vietnameseSyllable';

/** Codes of VOWEL_ROWS, row by row in the same tone order (none, sắc, huyền, hỏi, ngã, nặng). */
const CODE_ROWS: string[] = [
  'a\u00b8\u00b5\u00b6\u00b7\u00b9', // a ¸ µ ¶ · ¹        a á à ả ã ạ
  '\u00a8\u00be\u00bb\u00bc\u00bd\u00c6', // ¨ ¾ » ¼ ½ Æ   ă ắ ằ ẳ ẵ ặ
  '\u00a9\u00ca\u00c7\u00c8\u00c9\u00cb', // © Ê Ç È É Ë   â ấ ầ ẩ ẫ ậ
  'e\u00d0\u00cc\u00ce\u00cf\u00d1', // e Ð Ì Î Ï Ñ        e é è ẻ ẽ ẹ
  '\u00aa\u00d5\u00d2\u00d3\u00d4\u00d6', // ª Õ Ò Ó Ô Ö   ê ế ề ể ễ ệ
  'i\u00dd\u00d7\u00d8\u00dc\u00de', // i Ý × Ø Ü Þ        i í ì ỉ ĩ ị
  'o\u00e3\u00df\u00e1\u00e2\u00e4', // o ã ß á â ä        o ó ò ỏ õ ọ
  '\u00ab\u00e8\u00e5\u00e6\u00e7\u00e9', // « è å æ ç é   ô ố ồ ổ ỗ ộ
  '\u00ac\u00ed\u00ea\u00eb\u00ec\u00ee', // ¬ í ê ë ì î   ơ ớ ờ ở ỡ ợ
  'u\u00f3\u00ef\u00f1\u00f2\u00f4', // u ó ï ñ ò ô        u ú ù ủ ũ ụ
  '\u00ad\u00f8\u00f5\u00f6\u00f7\u00f9', // (soft hyphen) ø õ ö ÷ ù   ư ứ ừ ử ữ ự
  'y\u00fd\u00fa\u00fb\u00fc\u00fe', // y ý ú û ü þ        y ý ỳ ỷ ỹ ỵ
];

/** đ and the seven capitals of the base fonts. */
const OTHER_PAIRS: [string, string][] = [
  [D_BAR, '\u00ae'], // đ ®
  ['\u0102', '\u00a1'], // Ă ¡
  ['\u00c2', '\u00a2'], // Â ¢
  ['\u00ca', '\u00a3'], // Ê £
  ['\u00d4', '\u00a4'], // Ô ¤
  ['\u01a0', '\u00a5'], // Ơ ¥
  ['\u01af', '\u00a6'], // Ư ¦
  ['\u0110', '\u00a7'], // Đ §
];

export const TCVN3_SOFT_HYPHEN = '\u00ad';

interface Tables {
  decode: { [code: string]: string };
  encode: { [letter: string]: string };
}

let tables: Tables | null = null;

function build(): Tables {
  if (tables) return tables;
  const decode: { [code: string]: string } = {};
  const encode: { [letter: string]: string } = {};
  for (let r = 0; r < VOWEL_ROWS.length; r++) {
    for (let t = 0; t < 6; t++) {
      const letter = VOWEL_ROWS[r].charAt(t);
      const code = CODE_ROWS[r].charAt(t);
      encode[letter] = code;
      if (code.charCodeAt(0) > 0x7f) decode[code] = letter;
    }
  }
  for (let i = 0; i < OTHER_PAIRS.length; i++) {
    encode[OTHER_PAIRS[i][0]] = OTHER_PAIRS[i][1];
    decode[OTHER_PAIRS[i][1]] = OTHER_PAIRS[i][0];
  }
  tables = { decode: decode, encode: encode };
  return tables;
}

/** Number of code points the layout defines above ASCII (67 lower-case letters and 7 capitals = 74). */
export function tcvn3TableSize(): number {
  return Object.keys(build().decode).length;
}

/** The Unicode letter of a TCVN3 code, or undefined when the code is not in the layout. */
export function tcvn3Letter(code: string): string | undefined {
  return build().decode[code];
}

export interface DecodedToken {
  text: string;
  /** Every character above ASCII was a code of the layout. */
  clean: boolean;
}

/** Decode without the whole-text touches (H fonts, soft-hyphen repair): for scoring a single word. */
export function decodeTcvn3Chars(s: string): DecodedToken {
  const map = build().decode;
  let out = '';
  let clean = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch.charCodeAt(0) < 0xa0) {
      out += ch;
      continue;
    }
    const u = map[ch];
    if (u === undefined) clean = false;
    out += u === undefined ? ch : u;
  }
  return { text: out, clean: clean };
}

const WORD = /[A-Za-z\u00a1-\u00ff\u0100-\u1ef9]+/g;

/** "Ng-ời" -> "Người" when only the joined word is a syllable: the soft hyphen an editor made visible. */
function repairHyphens(s: string): string {
  if (s.indexOf('-') < 0) return s;
  return s.replace(/([A-Za-z\u00c0-\u1ef9]+)-([A-Za-z\u00c0-\u1ef9]+)/g, function (all: string, a: string, b: string) {
    const joined = a + '\u01b0' + b;
    if (!isVietnameseSyllable(joined)) return all;
    if (isVietnameseSyllable(a) && isVietnameseSyllable(b)) return all;
    return joined;
  });
}

/** A word typed in capitals in a base font keeps its toned letters small ("S¸CH" -> "SáCH"): raise them. */
function raiseCapitalWords(s: string): string {
  return s.replace(WORD, function (w: string) {
    let upper = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c >= 97 && c <= 122) return w;
      if (c >= 65 && c <= 90) upper++;
    }
    return upper >= 2 ? w.toUpperCase() : w;
  });
}

/**
 * TCVN3 text -> Unicode NFC. `upper`: the text is in an H font (.VnTimeH), whose lower-case codes are
 * capitals. Characters outside the layout are kept as they are.
 */
export function decodeTcvn3(text: string, opts?: { upper?: boolean }): string {
  let s = decodeTcvn3Chars(text).text;
  s = repairHyphens(s);
  s = opts && opts.upper ? s.toUpperCase() : raiseCapitalWords(s);
  return toNfc(s);
}

/**
 * Unicode -> TCVN3. `upper`: encode for an H font (the text is lower-cased; the font shows capitals).
 * In a base font capitals with tones have no code: they are written with the lower-case code, as a
 * typist without the H font would have had them.
 */
export function encodeTcvn3(text: string, opts?: { upper?: boolean }): string {
  const enc = build().encode;
  let s = toNfc(text);
  if (opts && opts.upper) s = s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    let code: string | undefined = enc[ch];
    if (code === undefined) {
      const lower = ch.toLowerCase();
      code = lower !== ch ? enc[lower] : undefined;
    }
    out += code === undefined ? ch : code;
  }
  return out;
}
