/**
 * Save an exceljs workbook to a file safely: written to a temporary file beside it, then renamed over
 * the target, so a failure never leaves half a file. Errors become a WorkbookError naming the file.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { fsErrorCode, WorkbookError } from './workbookError';

export async function writeWorkbookFile(wb: ExcelJS.Workbook, target: string, name?: string): Promise<void> {
  const shown = name || target;
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir)) throw new WorkbookError('no-folder', shown, false);
  const temp = path.join(dir, '.' + path.basename(target) + '.' + process.pid + '.tmp');
  try {
    const data = await wb.xlsx.writeBuffer();
    await fs.promises.writeFile(temp, Buffer.from(data as ArrayBuffer));
    await fs.promises.rename(temp, target);
  } catch (err) {
    try {
      if (fs.existsSync(temp)) fs.unlinkSync(temp);
    } catch (ignored) {
      // The temporary file could not be removed: nothing more to do.
    }
    const code = fsErrorCode(err);
    throw new WorkbookError(code === 'io' ? 'write-failed' : code, shown, false);
  }
}
