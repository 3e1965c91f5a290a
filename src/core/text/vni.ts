/**
 * VNI-Windows (the VNI-Times, VNI-Helve ... fonts) <-> Unicode.
 *
 * Excel keeps such text as the Windows-1252 reading of its bytes. A marked vowel is its base letter
 * followed by one mark byte (aù = á, eâ = ê, aê = ă, and one byte for a vowel mark with a tone: aá = ấ,
 * aé = ắ); ơ ư đ and the marked i, and ỵ, are single bytes (ô, ö, ñ; í ì æ ó ò; î). Capitals use the
 * capital base letter and the capital mark byte: "ÑAÛNG" = "ĐẢNG". "Ñaûng vieân" = "Đảng viên".
 */
import { VOWEL_ROWS, D_BAR } from './vietnameseLetters';
import { toNfc } from './normalize';
import { DecodedToken } from './tcvn3';

/** Codes of VOWEL_ROWS in the same tone order (none, sắc, huyền, hỏi, ngã, nặng), lower case. */
const CODE_ROWS: string[][] = [
  ['a', 'a\u00f9', 'a\u00f8', 'a\u00fb', 'a\u00f5', 'a\u00ef'], // a aù aø aû aõ aï
  ['a\u00ea', 'a\u00e9', 'a\u00e8', 'a\u00fa', 'a\u00fc', 'a\u00eb'], // ă: aê aé aè aú aü aë
  ['a\u00e2', 'a\u00e1', 'a\u00e0', 'a\u00e5', 'a\u00e3', 'a\u00e4'], // â: aâ aá aà aå aã aä
  ['e', 'e\u00f9', 'e\u00f8', 'e\u00fb', 'e\u00f5', 'e\u00ef'], // e eù eø eû eõ eï
  ['e\u00e2', 'e\u00e1', 'e\u00e0', 'e\u00e5', 'e\u00e3', 'e\u00e4'], // ê: eâ eá eà eå eã eä
  ['i', '\u00ed', '\u00ec', '\u00e6', '\u00f3', '\u00f2'], // i í ì æ ó ò
  ['o', 'o\u00f9', 'o\u00f8', 'o\u00fb', 'o\u00f5', 'o\u00ef'], // o où oø oû oõ oï
  ['o\u00e2', 'o\u00e1', 'o\u00e0', 'o\u00e5', 'o\u00e3', 'o\u00e4'], // ô: oâ oá oà oå oã oä
  ['\u00f4', '\u00f4\u00f9', '\u00f4\u00f8', '\u00f4\u00fb', '\u00f4\u00f5', '\u00f4\u00ef'], // ơ: ô ôù ôø ôû ôõ ôï
  ['u', 'u\u00f9', 'u\u00f8', 'u\u00fb', 'u\u00f5', 'u\u00ef'], // u uù uø uû uõ uï
  ['\u00f6', '\u00f6\u00f9', '\u00f6\u00f8', '\u00f6\u00fb', '\u00f6\u00f5', '\u00f6\u00ef'], // ư: ö öù öø öû öõ öï
  ['y', 'y\u00f9', 'y\u00f8', 'y\u00fb', 'y\u00f5', '\u00ee'], // y yù yø yû yõ î
];

const D_CODE = '\u00f1'; // ñ

interface Tables {
  /** One- and two-character codes -> letter, both cases (and a capital base with a small mark). */
  decode: { [code: string]: string };
  encode: { [letter: string]: string };
  size: number;
}

let tables: Tables | null = null;

function add(t: Tables, letter: string, code: string): void {
  t.encode[letter] = code;
  if (code !== letter) {
    t.decode[code] = letter;
    t.size++;
  }
}

function build(): Tables {
  if (tables) return tables;
  const t: Tables = { decode: {}, encode: {}, size: 0 };
  for (let r = 0; r < VOWEL_ROWS.length; r++) {
    for (let k = 0; k < 6; k++) {
      const letter = VOWEL_ROWS[r].charAt(k);
      const code = CODE_ROWS[r][k];
      add(t, letter, code);
      add(t, letter.toUpperCase(), code.toUpperCase());
      // A capital base with a small mark byte ("Aù") is read as the capital, never written.
      if (code.length === 2 && t.decode[code.charAt(0).toUpperCase() + code.charAt(1)] === undefined)
        t.decode[code.charAt(0).toUpperCase() + code.charAt(1)] = letter.toUpperCase();
    }
  }
  add(t, D_BAR, D_CODE);
  add(t, D_BAR.toUpperCase(), D_CODE.toUpperCase());
  tables = t;
  return t;
}

/** Letters the layout writes differently from Unicode (all 134 but í ì Í Ì, which VNI shares). */
export function vniTableSize(): number {
  return build().size;
}

/** Decode word by word without judging: marks with no vowel before them make the result unclean. */
export function decodeVniChars(s: string): DecodedToken {
  const map = build().decode;
  let out = '';
  let clean = true;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (i + 1 < s.length && s.charCodeAt(i + 1) >= 0xc0) {
      const pair = map[ch + s.charAt(i + 1)];
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    if (ch.charCodeAt(0) < 0xa0) {
      out += ch;
      continue;
    }
    const single = map[ch];
    if (single === undefined && ch !== '\u00ed' && ch !== '\u00ec' && ch !== '\u00cd' && ch !== '\u00cc') clean = false;
    out += single === undefined ? ch : single;
  }
  return { text: out, clean: clean };
}

/** VNI text -> Unicode NFC; characters outside the layout are kept as they are. */
export function decodeVni(text: string): string {
  return toNfc(decodeVniChars(text).text);
}

/** Unicode -> VNI. */
export function encodeVni(text: string): string {
  const enc = build().encode;
  const s = toNfc(text);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const code = ch.charCodeAt(0) < 0x80 ? undefined : enc[ch];
    out += code === undefined ? ch : code;
  }
  return out;
}
