/** The name of the downloaded report: recognisable beside the register it was made from, valid on Windows. */
import { reportFileName } from '../../src/hosts/file/reportFileName';

test.each([
  ['so-dang-vien-mau.xlsx', 'bao-cao-so-ket-so-dang-vien-mau.xlsx'],
  ['So dang vien 2024.xlsx', 'bao-cao-so-ket-So-dang-vien-2024.xlsx'],
  ['SỔ ĐẢNG VIÊN.XLSX', 'bao-cao-so-ket-SỔ-ĐẢNG-VIÊN.xlsx'],
  // Decomposed (NFD) Vietnamese from a Mac becomes NFC.
  ['So\u0302\u0309 da\u0309ng.xlsx', 'bao-cao-so-ket-S\u1ED5-d\u1EA3ng.xlsx'],
  ['C:\\fakepath\\Danh sach.xlsx', 'bao-cao-so-ket-Danh-sach.xlsx'],
  ['a:b*c?"d"<e>|f.xlsx', 'bao-cao-so-ket-a-b-c-d-e-f.xlsx'],
  ['  .xlsx', 'bao-cao-so-ket.xlsx'],
  ['', 'bao-cao-so-ket.xlsx'],
])('%j -> %j', (input, expected) => {
  expect(reportFileName(input)).toBe(expected);
});

test('a very long name is shortened, still ending in .xlsx', () => {
  const name = reportFileName('x'.repeat(300) + '.xlsx');
  expect(name.length).toBeLessThanOrEqual('bao-cao-so-ket-'.length + 80 + '.xlsx'.length);
  expect(name).toMatch(/^bao-cao-so-ket-x+\.xlsx$/);
});
