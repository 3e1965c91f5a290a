/**
 * fold() and cleanText() take shortcuts for speed (character by character, clean text returned as it
 * is); they must give exactly what their definitions give on the whole string, for any text.
 */
import * as fc from 'fast-check';
import { cleanText, fold } from '../../../src/core/text/normalize';

/** fold as defined: NFD, marks dropped, lower case, đ -> d, everything else a single space, trimmed. */
function foldByDefinition(s: string): string {
  let t = s.normalize('NFD');
  t = t.replace(/[\u0300-\u036f]/g, '');
  t = t.toLowerCase().replace(/\u0111/g, 'd').replace(/\u0110/g, 'd');
  return t.replace(/[^a-z0-9]+/g, ' ').trim();
}

function cleanByDefinition(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

const PIECES = [
  'Nguyễn', 'Thị', 'Thủy', 'Thuỷ', 'ĐẢNG', 'đảng', 'viên', 'Ngày, tháng, năm sinh', 'Th.S', 'İ', 'Σ', 'ς', 'ß', 'ﬁ', 'Å',
  'a\u0301', 'e\u0323\u0302', '\u0301', ' ', '  ', '\u00a0', '\t', '\n', '\u200b', '\ufeff', '\u3000', '-', '(1)', '12', 'ABC',
  '§¶ng viªn', 'Ñaûng vieân', '\u2126', '\u212b', 'Ḱ', 'ạ', 'Ỹ', '\u1f71', '\u0340', '😀', '\ud83d', 'ǅ', 'Ǖ', 'ẛ', '\u0085', 'Æ', 'ø',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
);

describe('fold', () => {
  test('equals its definition on Vietnamese, legacy-encoded, mixed-script and random text', () => {
    fc.assert(fc.property(text, (s) => fold(s) === foldByDefinition(s)), { numRuns: 5000 });
  });

  test('examples', () => {
    expect(fold('Ngày, tháng, năm sinh')).toBe('ngay thang nam sinh');
    expect(fold('  Thuỷ ')).toBe('thuy');
    expect(fold('ĐẢNG VIÊN')).toBe('dang vien');
    expect(fold('İstanbul')).toBe('istanbul');
    expect(fold('---')).toBe('');
  });
});

describe('cleanText', () => {
  test('equals its definition on any text', () => {
    fc.assert(fc.property(text, (s) => cleanText(s) === cleanByDefinition(s)), { numRuns: 5000 });
  });

  test('composes decomposed text and collapses white space', () => {
    expect(cleanText(' Nguye\u0302\u0303n\u00a0\u00a0Va\u0306n ')).toBe('Nguyễn Văn');
    expect(cleanText('Chi bộ  số 1')).toBe('Chi bộ số 1');
    expect(cleanText('Chi bộ số 1')).toBe('Chi bộ số 1');
  });
});
