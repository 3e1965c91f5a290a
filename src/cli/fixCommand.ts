/**
 * `so-ket sua`: apply the chosen fixes to a copy of the registers. Without a choice it lists the fix
 * groups (read with the lean reader) and exits 0. With one, it opens the workbook with exceljs, plans the
 * fixes against its cells, changes only those cells' values (styles untouched), writes the copy and,
 * beside it, the list of what changed ("…-nhat-ky-sua.xlsx"). The registers file is only read; an existing file is never overwritten.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { FindingCode } from '../core/findings';
import { applyWrites, cellKey } from '../core/fixes/cellEdit';
import { needsUnicodeFont, unicodeFontCellNote, unicodeFontNote } from '../core/fixes/fontNote';
import { FixGroup, fixGroups } from '../core/fixes/fixGroups';
import { buildFixLogSheet } from '../core/fixes/fixLogSheet';
import { fixPlan } from '../core/fixes/fixPlan';
import { FIXABLE_CODES } from '../core/fixes/fixRules';
import { FixSelection } from '../core/fixes/fixSelection';
import { readWorkbookBufferLean } from '../hosts/xlsx/leanWorkbookReader';
import { loadWorkbook, readFileBytes, workbookToGrids } from '../hosts/xlsx/readWorkbook';
import { cellFontName, workbookCellSource, writeCellValues } from '../hosts/xlsx/workbookCells';
import { writeSheetModel } from '../hosts/xlsx/writeSheetModel';
import { writeWorkbookFile } from '../hosts/xlsx/writeWorkbookFile';
import { partsLostByRewrite } from '../hosts/xlsx/zipEntries';
import { ParsedArgs } from './args';
import { UsageError } from './cliError';
import { CliEngine } from './engine';
import { fixGroupsText, fixResultText } from './fixText';
import { CliIo } from './io';
import { analyzeRegisters } from './loadAnalysis';
import { besideWithSuffix, samePath } from './paths';

/** The selection the arguments make; group numbers refer to the list `so-ket sua <tệp>` prints. */
export function selectionFromArgs(args: ParsedArgs, groups: FixGroup[], file: string): FixSelection {
  const sel: FixSelection = { allForm: args.all, groupKeys: [], codes: [] };
  for (let i = 0; i < args.groups.length; i++) {
    const g = args.groups[i];
    if (/^\d+$/.test(g)) {
      const n = parseInt(g, 10);
      if (n < 1 || n > groups.length) {
        throw new UsageError(
          'Không có nhóm số ' + g + ': sổ "' + file + '" có ' + groups.length + ' nhóm sửa được (chạy so-ket sua "' + file + '" để xem danh sách).',
        );
      }
      sel.groupKeys!.push(groups[n - 1].key);
    } else {
      const known = groups.some(function (x) {
        return x.key === g;
      });
      if (!known) throw new UsageError('Không có nhóm "' + g + '" trong sổ "' + file + '" (chạy so-ket sua "' + file + '" để xem danh sách).');
      sel.groupKeys!.push(g);
    }
  }
  for (let i = 0; i < args.codes.length; i++) {
    const code = args.codes[i] as FindingCode;
    if (FIXABLE_CODES.indexOf(code) < 0) {
      throw new UsageError('Mã "' + args.codes[i] + '" không phải loại đề xuất sửa được; các mã sửa được: ' + FIXABLE_CODES.join(', ') + '.');
    }
    sel.codes!.push(code);
  }
  return sel;
}

function hasChoice(args: ParsedArgs): boolean {
  return args.all || args.groups.length > 0 || args.codes.length > 0;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** "01/06/2025 15:30", local time. */
function timeText(d: Date): string {
  return pad2(d.getDate()) + '/' + pad2(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + pad2(d.getHours()) + ':' + pad2(d.getMinutes());
}

export async function fixCommand(args: ParsedArgs, io: CliIo, engine: CliEngine): Promise<number> {
  const shown = args.file as string;
  const inputPath = path.resolve(io.cwd, shown);
  const outputShown = args.output || besideWithSuffix(shown, 'da-sua');
  const outputPath = path.resolve(io.cwd, outputShown);
  const logShown = besideWithSuffix(outputShown, 'nhat-ky-sua');
  const logPath = path.resolve(io.cwd, logShown);
  if (hasChoice(args)) {
    if (samePath(inputPath, outputPath)) {
      throw new UsageError('Tệp ra không được trùng với tệp sổ "' + shown + '" (tệp sổ chỉ được đọc); hãy chọn tên khác bằng -o.');
    }
    if (fs.existsSync(outputPath)) throw new UsageError('Tệp "' + outputShown + '" đã có; hãy chọn tên khác để không ghi đè.');
    if (fs.existsSync(logPath)) throw new UsageError('Tệp "' + logShown + '" đã có; hãy chọn tên khác để không ghi đè.');
  }

  const bytes = await readFileBytes(inputPath, shown);
  if (!hasChoice(args)) {
    // Only the list of groups: the lean reader is enough (the same grids, much faster on big files).
    const lean = await readWorkbookBufferLean(bytes, shown);
    const listed = analyzeRegisters(lean.grids, lean.date1904, shown, { from: args.from, to: args.to }, engine);
    io.stdout(fixGroupsText(fixGroups(listed.findings, lean.date1904), shown).join('\n') + '\n');
    return 0;
  }
  // The fixes are written with exceljs, into the workbook exceljs read: the grids come from it too.
  const wb = await loadWorkbook(bytes, shown);
  const read = workbookToGrids(wb);
  const analysis = analyzeRegisters(read.grids, read.date1904, shown, { from: args.from, to: args.to }, engine);
  const groups = fixGroups(analysis.findings, read.date1904);
  const selection = selectionFromArgs(args, groups, shown);
  const plan = fixPlan(analysis.findings, selection, workbookCellSource(wb, read.date1904), { date1904: read.date1904 });
  const notes: string[] = [];
  if (plan.edits.length === 0) {
    io.stdout(fixResultText({ input: shown, output: outputPath, log: logPath, plan: plan, notes: notes, date1904: read.date1904 }).join('\n') + '\n');
    return 0;
  }

  const writes = applyWrites(plan.edits);
  writeCellValues(wb, writes);
  const cellNotes: { [key: string]: string } = {};
  const fonts: string[] = [];
  let legacyFontCells = 0;
  for (let i = 0; i < writes.length; i++) {
    const w = writes[i];
    const font = cellFontName(wb, w.sheet, w.row, w.col);
    if (font && needsUnicodeFont(w.value, font)) {
      legacyFontCells++;
      cellNotes[cellKey(w.sheet, w.row, w.col)] = unicodeFontCellNote(font);
      if (fonts.indexOf(font) < 0) fonts.push(font);
    }
  }
  if (legacyFontCells) notes.push(unicodeFontNote(legacyFontCells, fonts));
  const lost = partsLostByRewrite(bytes);
  if (lost.length) {
    notes.push(
      'Lưu ý: sổ có ' + lost.join(', ') + '; bản sửa được ghi lại bằng thư viện exceljs nên không còn các phần này (sổ gốc vẫn nguyên). ' +
        'Nếu cần giữ, hãy sửa ngay trong Excel bằng phần bổ trợ Sơ kết chi bộ.',
    );
  }
  await writeWorkbookFile(wb, outputPath, outputShown);

  const logWb = new ExcelJS.Workbook();
  logWb.creator = 'Sơ kết chi bộ';
  writeSheetModel(
    logWb,
    buildFixLogSheet({ source: shown, output: outputShown, time: timeText(new Date()), plan: plan, cellNotes: cellNotes, notes: notes, date1904: read.date1904 }),
  );
  await writeWorkbookFile(logWb, logPath, logShown);

  io.stdout(fixResultText({ input: shown, output: outputPath, log: logPath, plan: plan, notes: notes, date1904: read.date1904 }).join('\n') + '\n');
  return 0;
}
