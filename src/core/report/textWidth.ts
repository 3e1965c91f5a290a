/**
 * Widths of text set in Times New Roman, for wrapping paragraphs into merged cells. The advance
 * widths are those of Liberation Serif 2 (metric-compatible with Times New Roman: the same advance
 * for every character), in font units of 2048 per em, for the printable ASCII characters in four
 * styles. A Vietnamese letter with tone or vowel marks has the advance of its base letter, except the
 * horned ơ and ư (and their capitals), which are wider. No String.prototype.normalize: the letters
 * are listed by base.
 */

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
}

const UNITS_PER_EM = 2048;

/* Advances of U+0020..U+007E. */
const REGULAR = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479,
  1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909, 1024, 909,
  682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983,
  1108,
];
const BOLD = [
  512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933,
  1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024, 682, 1024, 1139, 909, 1139,
  909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451,
  807, 1065,
];
const ITALIC = [
  512, 682, 860, 1024, 1024, 1706, 1593, 438, 682, 682, 1024, 1382, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 682, 682, 1382, 1382, 1382, 1024, 1884, 1251, 1251, 1366, 1479, 1251, 1251, 1479, 1479, 682, 909, 1366, 1139, 1706, 1366,
  1479, 1251, 1479, 1251, 1024, 1139, 1479, 1251, 1706, 1251, 1139, 1139, 797, 569, 797, 864, 1024, 682, 1024, 1024, 909, 1024, 909,
  569, 1024, 1024, 569, 569, 909, 569, 1479, 1024, 1024, 1024, 1024, 797, 797, 569, 1024, 909, 1366, 909, 909, 797, 819, 563, 819, 1108,
];
const BOLD_ITALIC = [
  512, 797, 1137, 1024, 1024, 1706, 1593, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024,
  1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1704, 1366, 1366, 1366, 1479, 1366, 1366, 1479, 1593, 797, 1024, 1366, 1251, 1821, 1479,
  1479, 1251, 1479, 1366, 1139, 1251, 1479, 1366, 1821, 1366, 1251, 1251, 682, 569, 682, 1167, 1024, 682, 1024, 1024, 909, 1024, 909,
  682, 1024, 1139, 569, 569, 1024, 569, 1593, 1139, 1024, 1024, 1024, 797, 797, 569, 1139, 909, 1366, 1024, 909, 797, 713, 451, 713,
  1167,
];

/** Horned letters ơ ư Ơ Ư (any tone) by style: regular, bold, italic, bold italic. */
const HORNED: Record<string, number[]> = {
  o: [1083, 1134, 1093, 1099],
  u: [1110, 1229, 1117, 1227],
  O: [1479, 1593, 1479, 1479],
  U: [1589, 1630, 1544, 1587],
};

/** Vietnamese letters by base letter; the horned vowels separately. */
const MARKED: [string, string][] = [
  ['a', 'àáảãạăằắẳẵặâầấẩẫậ'],
  ['A', 'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ'],
  ['e', 'èéẻẽẹêềếểễệ'],
  ['E', 'ÈÉẺẼẸÊỀẾỂỄỆ'],
  ['i', 'ìíỉĩị'],
  ['I', 'ÌÍỈĨỊ'],
  ['o', 'òóỏõọôồốổỗộ'],
  ['O', 'ÒÓỎÕỌÔỒỐỔỖỘ'],
  ['u', 'ùúủũụ'],
  ['U', 'ÙÚỦŨỤ'],
  ['y', 'ỳýỷỹỵ'],
  ['Y', 'ỲÝỶỸỴ'],
  ['d', 'đ'],
  ['D', 'Đ'],
];
const HORNED_LETTERS: [string, string][] = [
  ['o', 'ơờớởỡợ'],
  ['O', 'ƠỜỚỞỠỢ'],
  ['u', 'ưừứửữự'],
  ['U', 'ƯỪỨỬỮỰ'],
];

/** Other punctuation offices type, by style (same order as HORNED). */
const PUNCTUATION: Record<string, number[]> = {
  '\u201c': [909, 1024, 1139, 1024],
  '\u201d': [909, 1024, 1139, 1024],
  '\u2018': [682, 682, 682, 682],
  '\u2019': [682, 682, 682, 682],
  '\u2026': [2048, 2048, 1821, 2048],
  '\u2010': [682, 682, 682, 682],
  '\u2013': [1024, 1024, 1024, 1024],
  '\u2014': [2048, 2048, 1821, 2048],
  '\u00a0': [512, 512, 512, 512],
};

const BASE_OF: Record<string, string> = {};
const HORN_OF: Record<string, string> = {};
for (let i = 0; i < MARKED.length; i++) for (let j = 0; j < MARKED[i][1].length; j++) BASE_OF[MARKED[i][1].charAt(j)] = MARKED[i][0];
for (let i = 0; i < HORNED_LETTERS.length; i++) {
  for (let j = 0; j < HORNED_LETTERS[i][1].length; j++) HORN_OF[HORNED_LETTERS[i][1].charAt(j)] = HORNED_LETTERS[i][0];
}

function styleIndex(style: TextStyle): number {
  return (style.bold ? 1 : 0) + (style.italic ? 2 : 0);
}

const TABLES = [REGULAR, BOLD, ITALIC, BOLD_ITALIC];

/** Advance of one character in font units; an unknown character counts as wide as "n". */
export function charUnits(ch: string, style: TextStyle): number {
  const k = styleIndex(style);
  const table = TABLES[k];
  const code = ch.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20];
  // Combining marks (decomposed text) take no room of their own.
  if (code >= 0x300 && code <= 0x36f) return 0;
  const horn = HORN_OF[ch];
  if (horn) return HORNED[horn][k];
  const base = BASE_OF[ch];
  if (base) return table[base.charCodeAt(0) - 0x20];
  const p = PUNCTUATION[ch];
  if (p) return p[k];
  return table['n'.charCodeAt(0) - 0x20];
}

/** Width in points of `text` set at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, style: TextStyle): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) units += charUnits(text.charAt(i), style);
  return (units * sizePt) / UNITS_PER_EM;
}
