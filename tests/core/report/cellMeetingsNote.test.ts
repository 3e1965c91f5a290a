/**
 * The note under "Sinh hoạt theo từng chi bộ" names the chi bộ that missed a month. For a đảng bộ of
 * thousands of chi bộ it must stay short enough to print and to fit an Excel cell (32,767 characters).
 */
import { CellBreakdown, CellTally } from '../../../src/core/cellBreakdown';
import { cellMeetingsTable, GAP_CELLS_NAMED } from '../../../src/core/report/appendixTables';
import { SheetDraft } from '../../../src/core/report/sheetDraft';
import { SUMMARY_COLUMN_WIDTHS } from '../../../src/core/report/summaryLayout';

function breakdown(cellsMissing: number, total: number): CellBreakdown {
  const cells: CellTally[] = [];
  for (let i = 0; i < total; i++) {
    cells.push({
      key: 'so ' + (i + 1),
      name: 'Chi bộ Trường Tiểu học số ' + (i + 1) + ' - Khối xã phường',
      members: 20,
      regularMeetings: i < cellsMissing ? 59 : 60,
      thematicMeetings: 20,
      monthsWithoutRegular: i < cellsMissing ? ['03/2021'] : [],
      quartersWithoutThematic: [],
    });
  }
  return { cells: cells, named: true, fromMembers: true, hasMeetingLog: true, meetings: [], monthsAsked: [], quartersAsked: [] };
}

function note(b: CellBreakdown): string {
  const draft = new SheetDraft(SUMMARY_COLUMN_WIDTHS);
  cellMeetingsTable(draft, b, 'Sinh hoạt theo từng chi bộ');
  const texts = draft.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string' && v.indexOf('Tháng không sinh hoạt thường kỳ:') === 0);
  expect(texts.length).toBe(1);
  return texts[0];
}

test('names every chi bộ that missed a month when there are a few', () => {
  expect(note(breakdown(2, 5))).toBe(
    'Tháng không sinh hoạt thường kỳ: Chi bộ Trường Tiểu học số 1 - Khối xã phường: 03/2021; Chi bộ Trường Tiểu học số 2 - Khối xã phường: 03/2021.',
  );
});

test('names the first 20 and counts the others when thousands of chi bộ missed a month', () => {
  const text = note(breakdown(1500, 5000));
  expect(GAP_CELLS_NAMED).toBe(20);
  expect(text).toContain('Chi bộ Trường Tiểu học số 20 - Khối xã phường: 03/2021; và 1.480 chi bộ khác (xem cột "Số tháng không sinh hoạt thường kỳ").');
  expect(text).not.toContain('số 21 -');
  expect(text.length).toBeLessThan(32767);
});
