/** Show a cell to the user: activate its sheet and select it (e.g. the cell of a finding). */
import { HostError } from '../workbookHost';
import { parseAddress } from './a1';
import { ExcelEnv } from './excelEnv';
import { ErrorPlace, toHostError } from './hostErrors';

export async function selectCell(env: ExcelEnv, sheet: string, address: string): Promise<void> {
  const parsed = parseAddress(address);
  if (!parsed || parsed.sheet !== null) throw new HostError('Địa chỉ ô "' + address + '" không hợp lệ.');
  const place: ErrorPlace = { action: 'chọn ô trên', sheet: sheet, range: address };
  try {
    await env.excel.run(async function (ctx) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  } catch (e) {
    throw toHostError(e, place);
  }
}
