/**
 * The name of the report workbook the standalone page downloads for a registers file: "So dang vien.xlsx" ->
 * "bao-cao-so-ket-So-dang-vien.xlsx". Vietnamese letters are kept (NFC); what Windows refuses in a file name,
 * folders and the extension are dropped; spaces become hyphens; long names are shortened.
 */
import { toNfc } from '../../core/text/normalize';

export const REPORT_FILE_PREFIX = 'bao-cao-so-ket';
const MAX_BASE = 80;

export function reportFileName(registersFile: string): string {
  let base = toNfc(registersFile || '');
  // Browsers give "C:\fakepath\x.xlsx" in some places; only the last part is the file's name.
  base = base.replace(/^.*[\\/]/, '');
  base = base.replace(/\.(xlsx|xlsm|xls|xltx)$/i, '');
  base = base.replace(/[\u0000-\u001f<>:"/\\|?*\u007f]+/g, '-');
  base = base.replace(/\s+/g, '-').replace(/-{2,}/g, '-');
  base = base.replace(/^[-.]+|[-.]+$/g, '');
  if (base.length > MAX_BASE) base = base.slice(0, MAX_BASE).replace(/[-.]+$/, '');
  return (base ? REPORT_FILE_PREFIX + '-' + base : REPORT_FILE_PREFIX) + '.xlsx';
}
