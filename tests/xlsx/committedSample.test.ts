/**
 * The committed sample workbook (assets/samples) must be what scripts/makeSample.ts writes from the core
 * sample registers today: a change to the sample's code without `npm run sample` would make the golden
 * test and the task pane's "Dữ liệu mẫu" disagree.
 */
import * as path from 'path';
import { readWorkbookFile } from '../../src/hosts/xlsx/readWorkbook';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { CellValue } from '../../src/core/grid';

function trimmed(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((r) => {
    const copy = r.slice();
    while (copy.length && (copy[copy.length - 1] === null || copy[copy.length - 1] === undefined)) copy.pop();
    return copy.map((v) => (v === undefined ? null : typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v));
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

test('the committed sample file holds exactly the sample registers (run `npm run sample` after changing them)', async () => {
  const file = await readWorkbookFile(path.join(__dirname, '..', '..', 'assets', 'samples', 'so-dang-vien-mau.xlsx'));
  const expected = sampleGrids();
  expect(file.grids.map((g) => g.sheet)).toEqual(expected.map((g) => g.sheet));
  for (let i = 0; i < expected.length; i++) {
    const fromFile = file.grids[i];
    const fromCode = expected[i];
    // Compare in absolute coordinates: both start at A1 in the sample.
    expect([fromFile.originRow, fromFile.originCol]).toEqual([fromCode.originRow, fromCode.originCol]);
    expect(trimmed(fromFile.rows)).toEqual(trimmed(fromCode.rows));
  }
});
