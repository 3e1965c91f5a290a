/** `so-ket mau`: write an empty standard workbook with dropdowns; never overwrites an existing file. */
import * as fs from 'fs';
import * as path from 'path';
import { writeTemplateWorkbook } from '../hosts/xlsx/templateWorkbook';
import { writeWorkbookFile } from '../hosts/xlsx/writeWorkbookFile';
import { ParsedArgs } from './args';
import { UsageError } from './cliError';
import { CliEngine } from './engine';
import { CliIo } from './io';

export const DEFAULT_TEMPLATE_FILE = 'so-dang-vien-trong.xlsx';

export async function templateCommand(args: ParsedArgs, io: CliIo, engine: CliEngine): Promise<number> {
  const shown = args.output || DEFAULT_TEMPLATE_FILE;
  const target = path.resolve(io.cwd, shown);
  if (fs.existsSync(target)) throw new UsageError('Tệp "' + shown + '" đã có; hãy chọn tên khác để không ghi đè.');
  const wb = writeTemplateWorkbook(engine.today().y - 1);
  await writeWorkbookFile(wb, target, shown);
  io.stdout('Đã ghi sổ trống theo mẫu: ' + target + '\n');
  return 0;
}
