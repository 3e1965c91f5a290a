/**
 * The sample registers with fixable mistakes planted by code, each at a known cell of the member list
 * (sheet "Danh sách đảng viên", data from row 8; columns B name, D birth, F religion, H official date,
 * I chi bộ, J education, K theory):
 * - B9: the name typed in TCVN3 with the .VnTime font;
 * - J12: "Thạc sỹ" typed in TCVN3 (.VnTime), J52 and J59 "Thạc sỹ" as the sample has them, J59 a formula;
 * - F10: "Không" in decomposed Unicode;
 * - D11: "05/03/75" typed as text in a date-formatted cell; D13: "12/11/82" as text in a General cell;
 * - H8: official date 12/10/1989 (serial 32793), later than 17/07/1989 when 12 months of probation ended;
 * - K14: "Trunq cấp", an unknown theory level whose closest category is "Trung cấp";
 * - I22: "Chi bộ Văn Phòng Sở", as the sample has it (another spelling of "Chi bộ Văn phòng Sở").
 */
import { CellValue, Grid } from '../../../src/core/grid';
import { sampleGrids } from '../../../src/core/sample/sampleRegisters';
import { encodeTcvn3 } from '../../../src/core/text/tcvn3';

export const MEMBERS = 'Danh sách đảng viên';
export const TODAY = { y: 2025, m: 6, d: 1 };

export interface Planted {
  grids: Grid[];
  /** Formula cells by sheet, keys "row:col". */
  formulas: { [sheet: string]: ReadonlySet<string> };
  /** The name at B9 before it was encoded. */
  name9: string;
}

function set(g: Grid, row: number, col: number, v: CellValue): void {
  g.rows[row - g.originRow][col - g.originCol] = v;
}

export function plantedRegisters(): Planted {
  const grids = sampleGrids();
  const m = grids.filter((g) => g.sheet === MEMBERS)[0];
  const name9 = m.rows[9 - 1][2 - 1] as string;
  const fonts = new Map<string, string>(m.fonts ? Array.from(m.fonts.entries()) : []);
  set(m, 9, 2, encodeTcvn3(name9));
  fonts.set('9:2', '.VnTime');
  expect(m.rows[12 - 1][10 - 1]).toBe('Thạc sỹ');
  set(m, 12, 10, encodeTcvn3('Thạc sỹ'));
  fonts.set('12:10', '.VnTime');
  expect(m.rows[10 - 1][6 - 1]).toBe('Không');
  set(m, 10, 6, 'Không'.normalize('NFD'));
  set(m, 11, 4, '05/03/75');
  set(m, 13, 4, '12/11/82');
  const dates = new Set(m.dateCells);
  expect(dates.has('11:4')).toBe(true);
  dates.delete('13:4');
  expect(m.rows[8 - 1][7 - 1]).toBe(32341); // admitted 17/07/1988
  set(m, 8, 8, 32793);
  set(m, 14, 11, 'Trunq cấp');
  expect(m.rows[52 - 1][10 - 1]).toBe('Thạc sỹ');
  expect(m.rows[59 - 1][10 - 1]).toBe('Thạc sỹ');
  expect(m.rows[22 - 1][9 - 1]).toBe('Chi bộ Văn Phòng Sở');
  m.fonts = fonts;
  m.dateCells = dates;
  return { grids: grids, formulas: { [MEMBERS]: new Set(['59:10']) }, name9: name9 };
}
