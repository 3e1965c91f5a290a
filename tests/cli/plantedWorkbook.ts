/**
 * The sample registers as an .xlsx file with fixable mistakes planted by code, in the member list
 * ("Danh sách đảng viên"; B name, D birth date, F religion, H official date, J education, K theory):
 * - B9 the name and J12 "Thạc sỹ" typed in TCVN3, in the .VnTime font;
 * - J52 "Thạc sỹ" (as the sample has it), J59 a formula giving "Thạc sỹ";
 * - F10 "Không" in decomposed Unicode;
 * - D11 and D13 the birth dates typed as text with two-digit years ("dd/mm/yy"), D11 in its date-formatted
 *   cell, D13 in a cell made General;
 * - H8 the official date 12/10/1989 (serial 32793), later than the end of probation 17/07/1989;
 * - K14 "Trunq cấp", an unknown theory level whose closest category is "Trung cấp".
 */
import * as ExcelJS from 'exceljs';
import { sampleWorkbook } from '../../scripts/makeSample';
import { encodeTcvn3 } from '../../src/core/text/tcvn3';

export const MEMBERS = 'Danh sách đảng viên';

export interface PlantedWorkbook {
  /** The name at B9 before it was typed in TCVN3. */
  name9: string;
  /** The birth dates at D11 and D13 before they were typed as text: Excel serials. */
  birth11: number;
  birth13: number;
}

function serialOf(ws: ExcelJS.Worksheet, address: string): number {
  const v = ws.getCell(address).value;
  if (typeof v === 'number') return v;
  if (!(v instanceof Date)) throw new Error(address + ' is not a date');
  return Math.round(v.getTime() / 86400000) + 25569;
}

/** "dd/mm/yy" of a serial (1900 date system, after 1900). */
function twoDigitYearText(serial: number): string {
  const d = new Date((serial - 25569) * 86400000);
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  return p(d.getUTCDate()) + '/' + p(d.getUTCMonth() + 1) + '/' + p(d.getUTCFullYear() % 100);
}

function text(ws: ExcelJS.Worksheet, address: string): string {
  const v = ws.getCell(address).value;
  if (typeof v !== 'string') throw new Error(address + ' is not text');
  return v;
}

export async function writePlantedWorkbook(file: string): Promise<PlantedWorkbook> {
  const wb = sampleWorkbook();
  const ws = wb.getWorksheet(MEMBERS)!;
  const name9 = text(ws, 'B9');
  const legacy = (address: string, unicode: string) => {
    const cell = ws.getCell(address);
    cell.value = encodeTcvn3(unicode);
    cell.font = Object.assign({}, cell.font, { name: '.VnTime' });
  };
  legacy('B9', name9);
  if (text(ws, 'J12') !== 'Thạc sỹ') throw new Error('J12');
  legacy('J12', 'Thạc sỹ');
  if (text(ws, 'J59') !== 'Thạc sỹ' || text(ws, 'J52') !== 'Thạc sỹ') throw new Error('J52/J59');
  ws.getCell('J59').value = { formula: '"Thạc sỹ"', result: 'Thạc sỹ' };
  if (text(ws, 'F10') !== 'Không') throw new Error('F10');
  ws.getCell('F10').value = 'Không'.normalize('NFD');
  const birth11 = serialOf(ws, 'D11');
  const birth13 = serialOf(ws, 'D13');
  ws.getCell('D11').value = twoDigitYearText(birth11);
  ws.getCell('D13').value = twoDigitYearText(birth13);
  ws.getCell('D13').numFmt = 'General';
  ws.getCell('H8').value = 32793;
  ws.getCell('K14').value = 'Trunq cấp';
  await wb.xlsx.writeFile(file);
  return { name9: name9, birth11: birth11, birth13: birth13 };
}
