/**
 * The TCVN3 and VNI tables: every Vietnamese letter, lower and upper case, encodes and decodes back;
 * codes are distinct; known codes of the published layouts are where they should be.
 */
import { decodeTcvn3, encodeTcvn3, tcvn3TableSize, TCVN3_SOFT_HYPHEN } from '../../../src/core/text/tcvn3';
import { decodeVni, encodeVni, vniTableSize } from '../../../src/core/text/vni';
import { markedLowerLetters } from '../../../src/core/text/vietnameseLetters';

const LOWER = markedLowerLetters();
const UPPER = LOWER.map((l) => l.toUpperCase());
/** The capitals the base TCVN3 fonts have: Ă Â Ê Ô Ơ Ư Đ. */
const TCVN3_BASE_CAPITALS = ['\u0102', '\u00c2', '\u00ca', '\u00d4', '\u01a0', '\u01af', '\u0110'];

describe('the Vietnamese letters', () => {
  test('are 67 in each case, 134 in all, all distinct', () => {
    expect(LOWER.length).toBe(67);
    expect(new Set(LOWER.concat(UPPER)).size).toBe(134);
  });
});

describe('TCVN3', () => {
  test('every lower-case letter is one code above ASCII and decodes back', () => {
    const codes = new Set<string>();
    for (const l of LOWER) {
      const code = encodeTcvn3(l);
      expect([l, code.length, code.charCodeAt(0) >= 0xa1 && code.charCodeAt(0) <= 0xfe]).toEqual([l, 1, true]);
      codes.add(code);
      expect(decodeTcvn3(code)).toBe(l);
    }
    expect(codes.size).toBe(67);
  });

  test('every capital round-trips through an H font (.VnTimeH), which stores the lower-case code', () => {
    for (const u of UPPER) {
      const code = encodeTcvn3(u, { upper: true });
      expect(code).toBe(encodeTcvn3(u.toLowerCase()));
      expect(decodeTcvn3(code, { upper: true })).toBe(u);
    }
  });

  test('the seven capitals of the base fonts have their own codes', () => {
    const codes = TCVN3_BASE_CAPITALS.map((c) => encodeTcvn3(c));
    expect(codes.join('')).toBe('\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7'); // ¡ ¢ £ ¤ ¥ ¦ §
    for (let i = 0; i < codes.length; i++) expect(decodeTcvn3(codes[i])).toBe(TCVN3_BASE_CAPITALS[i]);
    // 67 lower-case letters and 7 capitals
    expect(tcvn3TableSize()).toBe(74);
  });

  test('known codes of the layout', () => {
    // đ ®, ư is the soft hyphen, ơ ¬, ô «, ê ª, â ©, ă ¨; à µ, á ¸, ả ¶, ã ·, ạ ¹.
    expect(encodeTcvn3('đươôêâă')).toBe('\u00ae' + TCVN3_SOFT_HYPHEN + '\u00ac\u00ab\u00aa\u00a9\u00a8');
    expect(encodeTcvn3('àáảãạ')).toBe('\u00b5\u00b8\u00b6\u00b7\u00b9');
    expect(encodeTcvn3('Đảng viên')).toBe('\u00a7\u00b6ng vi\u00aan'); // §¶ng viªn
    expect(encodeTcvn3('Hồ Chí Minh')).toBe('H\u00e5 Ch\u00dd Minh'); // Hå ChÝ Minh
  });

  test('a capital with a tone has no code in a base font: the typist got the small letter', () => {
    expect(decodeTcvn3(encodeTcvn3('Ủy ban'))).toBe('ủy ban');
  });

  test('a sentence with every letter round-trips in lower case and, through an H font, in capitals', () => {
    const all = LOWER.join(' ');
    expect(decodeTcvn3(encodeTcvn3(all))).toBe(all);
    expect(decodeTcvn3(encodeTcvn3(all.toUpperCase(), { upper: true }), { upper: true })).toBe(all.toUpperCase());
  });
});

describe('VNI', () => {
  test('every letter, lower and upper case, encodes and decodes back', () => {
    const codes = new Set<string>();
    for (const l of LOWER.concat(UPPER)) {
      const code = encodeVni(l);
      codes.add(code);
      expect([l, decodeVni(code)]).toEqual([l, l]);
    }
    expect(codes.size).toBe(134);
    // VNI writes í ì Í Ì as Unicode does; the other 130 letters have codes of their own.
    expect(vniTableSize()).toBe(130);
  });

  test('known codes of the layout: a base letter and a mark byte, single bytes for ơ ư đ and the marked i', () => {
    expect(encodeVni('Đảng viên')).toBe('\u00d1a\u00fbng vie\u00e2n'); // Ñaûng vieân
    expect(encodeVni('Nguyễn')).toBe('Nguye\u00e3n'); // Nguyeãn
    expect(encodeVni('ơưđĩịỉỵ')).toBe('\u00f4\u00f6\u00f1\u00f3\u00f2\u00e6\u00ee'); // ô ö ñ ó ò æ î
    expect(encodeVni('ĐẢNG')).toBe('\u00d1A\u00dbNG'); // ÑAÛNG
    expect(encodeVni('ắ ặ ấ ậ')).toBe('a\u00e9 a\u00eb a\u00e1 a\u00e4'); // aé aë aá aä
  });

  test('a sentence with every letter in both cases round-trips', () => {
    const all = LOWER.concat(UPPER).join(' ');
    expect(decodeVni(encodeVni(all))).toBe(all);
  });
});
