/**
 * Detecting legacy text: real-looking TCVN3 and VNI mojibake decodes to the right words (each expected
 * value worked out from the layouts, code by code, in the comment beside it); fonts decide the encoding
 * and the case; ordinary Unicode and English text is never taken for legacy text.
 */
import { detectLegacy, legacyFont, mayBeLegacy } from '../../../src/core/text/legacyText';
import { encodeTcvn3 } from '../../../src/core/text/tcvn3';
import { encodeVni } from '../../../src/core/text/vni';
import { foreignTexts, vietnameseTexts } from './ordinaryTexts';

const TCVN3_CASES: [string, string][] = [
  ['\u00a7\u00b6ng vi\u00aan', 'Đảng viên'], // § Đ, ¶ ả, ª ê
  ['H\u00e5 Ch\u00dd Minh', 'Hồ Chí Minh'], // å ồ, Ý í
  ['Chi b\u00e9 V\u00a8n ph\u00dfng', 'Chi bộ Văn phòng'], // é ộ, ¨ ă, ß ò
  ['Th\u00b9c s\u00dc', 'Thạc sĩ'], // ¹ ạ, Ü ĩ
  ['C\u00f6 nh\u00a9n', 'Cử nhân'], // ö ử, © â
  ['Nguy\u00d4n V\u00a8n H\u00efng', 'Nguyễn Văn Hùng'], // Ô ễ, ¨ ă, ï ù
  ['Tr\u00c7n Th\u00de Thu H\u00ad\u00acng', 'Trần Thị Thu Hương'], // Ç ầ, Þ ị, soft hyphen ư, ¬ ơ
  ['L\u00fd lu\u00cbn ch\u00ddnh tr\u00de', 'Lý luận chính trị'], // ý ý, Ë ậ, Ý í, Þ ị
  ['Trung c\u00cap', 'Trung cấp'], // Ê ấ
  ['\u00a7\u00b9i h\u00e4c', 'Đại học'], // § Đ, ¹ ạ, ä ọ
  ['Ng\u00b5y v\u00b5o \u00a7\u00b6ng', 'Ngày vào Đảng'], // µ à
  ['Sinh ho\u00b9t th\u00ad\u00eang k\u00fa', 'Sinh hoạt thường kỳ'], // ¹ ạ, soft hyphen ư, ê ờ, ú ỳ
  ['V\u00dcnh Ph\u00f3c', 'Vĩnh Phúc'], // Ü ĩ, ó ú
  ['Ho\u00b5n th\u00b5nh t\u00e8t nhi\u00d6m v\u00f4', 'Hoàn thành tốt nhiệm vụ'], // µ à, è ố, Ö ệ, ô ụ
  ['Tr\u00cbt t\u00f9 ch\u00f7 c\u00b8i', 'Trật tự chữ cái'], // Ë ậ, ù ự, ÷ ữ, ¸ á
  ['Chuy\u00aan m\u00abn', 'Chuyên môn'], // ª ê, « ô
  ['Gi\u00edi t\u00ddnh', 'Giới tính'], // í ớ, Ý í
  ['N\u00f7', 'Nữ'], // ÷ ữ
  ['DANH S\u00b8CH \u00a7\u00b6NG VI\u00a3N', 'DANH SÁCH ĐẢNG VIÊN'], // capitals in a base font: ¸ á raised, £ Ê
];

const VNI_CASES: [string, string][] = [
  ['\u00d1a\u00fbng vie\u00e2n', 'Đảng viên'], // Ñ Đ, aû ả, eâ ê
  ['Nguye\u00e3n', 'Nguyễn'], // eã ễ
  ['Tha\u00efc sy\u00f5', 'Thạc sỹ'], // aï ạ, yõ ỹ
  ['C\u00f6\u00fb nha\u00e2n', 'Cử nhân'], // öû ử, aâ â
  ['Nguye\u00e3n Va\u00ean Hu\u00f8ng', 'Nguyễn Văn Hùng'], // eã ễ, aê ă, uø ù
  ['Tra\u00e0n Th\u00f2 Thu H\u00f6\u00f4ng', 'Trần Thị Thu Hương'], // aà ầ, ò ị, ö ư, ô ơ
  ['Ly\u00f9 lua\u00e4n ch\u00ednh tr\u00f2', 'Lý luận chính trị'], // yù ý, aä ậ, í í, ò ị
  ['\u00d1a\u00efi ho\u00efc', 'Đại học'], // aï ạ, oï ọ
  ['Nga\u00f8y va\u00f8o \u00d1a\u00fbng', 'Ngày vào Đảng'], // aø à
  ['Sinh hoa\u00eft th\u00f6\u00f4\u00f8ng ky\u00f8', 'Sinh hoạt thường kỳ'], // aï ạ, ö ư, ôø ờ, yø ỳ
  ['Chi bo\u00e4 Va\u00ean pho\u00f8ng', 'Chi bộ Văn phòng'], // oä ộ, aê ă, oø ò
  ['Trung ca\u00e1p', 'Trung cấp'], // aá ấ
  ['V\u00f3nh Phu\u00f9c', 'Vĩnh Phúc'], // ó ĩ, uù ú
  ['Gi\u00f4\u00f9i t\u00ednh', 'Giới tính'], // ôù ớ
  ['\u00d1A\u00dbNG VIE\u00c2N', 'ĐẢNG VIÊN'], // Ñ Đ, AÛ Ả, EÂ Ê
];

describe('legacy text decodes to the right words without a font', () => {
  test.each(TCVN3_CASES)('TCVN3 %s', (raw, expected) => {
    expect(detectLegacy(raw)).toEqual({ encoding: 'tcvn3', text: expected });
  });

  test.each(VNI_CASES)('VNI %s', (raw, expected) => {
    expect(detectLegacy(raw)).toEqual({ encoding: 'vni', text: expected });
  });
});

describe('fonts', () => {
  test('font names give the encoding, and the H fonts capitals', () => {
    expect(legacyFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(legacyFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyFont('.VnArialH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(legacyFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
    expect(legacyFont('Times New Roman')).toBeNull();
    expect(legacyFont(undefined)).toBeNull();
  });

  test('an H font makes the whole cell capitals: the lower-case codes are drawn as capitals', () => {
    expect(detectLegacy('danh s\u00b8ch \u00ae\u00b6ng vi\u00aan', '.VnTimeH')).toEqual({ encoding: 'tcvn3', text: 'DANH SÁCH ĐẢNG VIÊN' });
    expect(detectLegacy('h\u00e4 v\u00b5 t\u00aan', '.VnTimeH')).toEqual({ encoding: 'tcvn3', text: 'HỌ VÀ TÊN' });
  });

  test('the font decides what statistics alone leave open', () => {
    // "Chi bé" is also Unicode ("small"); in .VnTime it is what the font draws: é is ộ.
    expect(detectLegacy('Chi b\u00e9')).toBeNull();
    expect(detectLegacy('Chi b\u00e9', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'Chi bộ' });
    // "Hoà" is Unicode too; VNI-Times draws o + à as ồ.
    expect(detectLegacy('Ho\u00e0 Ch\u00ed Minh')).toBeNull();
    expect(detectLegacy('Ho\u00e0 Ch\u00ed Minh', 'VNI-Times')).toEqual({ encoding: 'vni', text: 'Hồ Chí Minh' });
  });

  test('a legacy font does not make ordinary text legacy', () => {
    for (const t of ['Nguyễn Văn A', 'Đặng Thị Hoa', 'TCCT', '12.345678', 'Müller', 'café']) {
      expect([t, detectLegacy(t, '.VnTime')]).toEqual([t, null]);
      expect([t, detectLegacy(t, 'VNI-Times')]).toEqual([t, null]);
    }
  });

  test('TCVN3 text in a Unicode font (the mojibake users see) is found by statistics', () => {
    expect(detectLegacy('\u00a7\u00b6ng vi\u00aan', 'Times New Roman')).toEqual({ encoding: 'tcvn3', text: 'Đảng viên' });
  });
});

describe('the soft hyphen that stands for ư', () => {
  test('kept, it reads as ư; made visible as "-" by an editor, it is repaired where only ư makes a word', () => {
    expect(detectLegacy('Ng\u00ad\u00eai')).toEqual({ encoding: 'tcvn3', text: 'Người' });
    expect(detectLegacy('Ng-\u00eai', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'Người' });
    expect(detectLegacy('Tr-\u00eang B\u00b8ch khoa', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'Trường Bách khoa' });
    // A real hyphen between two words stays.
    expect(detectLegacy('B\u00bec-Nam', '.VnTime')).toEqual({ encoding: 'tcvn3', text: 'Bắc-Nam' });
  });
});

describe('ordinary text is never taken for legacy text', () => {
  test('several hundred Unicode Vietnamese strings and English, European and code strings: none flagged', () => {
    const vi = vietnameseTexts();
    const en = foreignTexts();
    expect(vi.length).toBeGreaterThan(500);
    expect(en.length).toBeGreaterThan(150);
    const flagged: string[] = [];
    for (const t of vi.concat(en)) {
      const r = detectLegacy(t);
      if (r) flagged.push(t + ' -> ' + r.encoding + ' ' + r.text);
    }
    expect(flagged).toEqual([]);
  });

  test('NFD text (Windows keyboard) is not legacy text', () => {
    for (const t of vietnameseTexts().slice(0, 200)) expect(detectLegacy(t.normalize('NFD'))).toBeNull();
  });

  test('the same words encoded are found: the corpus is not simply too easy', () => {
    // Names of the corpus (three words, several marked letters) encoded in each layout decode back.
    const names = vietnameseTexts().filter((t) => /^\S+ \S+ \S+$/.test(t) && /[^\x00-\x7f]/.test(t) && t === t.normalize('NFC')).slice(0, 200);
    expect(names.length).toBe(200);
    let tcvn3 = 0;
    let vni = 0;
    for (const n of names) {
      const a = detectLegacy(encodeTcvn3(n));
      const b = detectLegacy(encodeVni(n));
      if (a && a.encoding === 'tcvn3' && a.text.toLowerCase() === n.toLowerCase()) tcvn3++;
      if (b && b.encoding === 'vni' && b.text === n) vni++;
    }
    // Without a font a name can stay ambiguous ("Lê Tú"); nearly all are found.
    expect(tcvn3).toBeGreaterThanOrEqual(190);
    expect(vni).toBeGreaterThanOrEqual(190);
  });

  test('the pre-check stops English, numbers and Unicode Vietnamese before any statistics', () => {
    expect(mayBeLegacy('Party member list 2020')).toBe(false);
    expect(mayBeLegacy('12.345678')).toBe(false);
    expect(mayBeLegacy('Nguyễn Văn A')).toBe(false);
    expect(mayBeLegacy('\u00a7\u00b6ng vi\u00aan')).toBe(true);
    expect(mayBeLegacy('“\u00a7\u00b6ng vi\u00aan”')).toBe(true);
  });
});
