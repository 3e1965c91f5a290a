/**
 * Read the registers file and run the engine, for both bao-cao and kiem-tra. The file is read with the
 * lean reader (the same grids as exceljs, in a fraction of its time and memory; exceljs where needed). A
 * workbook in which no member list can be found cannot be checked or reported on: an input error (exit 2).
 */
import * as fs from 'fs';
import * as path from 'path';
import { Analysis } from '../core/analyze';
import { SimpleDate } from '../core/dates';
import { Grid } from '../core/grid';
import { memberListMissing } from '../core/memberListMissing';
import { sampleGrids } from '../core/sample/sampleRegisters';
import { readWorkbookFileLean } from '../hosts/xlsx/leanWorkbookReader';
import { InputError } from './cliError';
import { CliEngine } from './engine';
import { sampleWorkbookPath } from './packageRoot';

export interface LoadedInput {
  /** Absolute path of the registers file; null when the built-in sample grids were used. */
  path: string | null;
  /** The name shown in messages: as the user typed it. */
  shown: string;
  analysis: Analysis;
}

export async function loadAnalysis(
  file: string | null,
  cwd: string,
  period: { from: SimpleDate | null; to: SimpleDate | null },
  engine: CliEngine,
): Promise<LoadedInput> {
  let grids: Grid[];
  let date1904 = false;
  let abs: string | null;
  let shown: string;
  if (file) {
    abs = path.resolve(cwd, file);
    shown = file;
    const read = await readWorkbookFileLean(abs, shown);
    grids = read.grids;
    date1904 = read.date1904;
  } else {
    abs = sampleWorkbookPath();
    shown = abs;
    if (fs.existsSync(abs)) {
      const read = await readWorkbookFileLean(abs, shown);
      grids = read.grids;
      date1904 = read.date1904;
    } else {
      // The sample file has not been generated (npm run sample): use the same registers from core.
      abs = null;
      shown = 'sổ mẫu';
      grids = sampleGrids();
    }
  }
  return { path: abs, shown: shown, analysis: analyzeRegisters(grids, date1904, shown, period, engine) };
}

/** Run the engine on a workbook's grids; a workbook without a member list is an input error. */
export function analyzeRegisters(
  grids: Grid[],
  date1904: boolean,
  shown: string,
  period: { from: SimpleDate | null; to: SimpleDate | null },
  engine: CliEngine,
): Analysis {
  const analysis = engine.analyze(grids, {
    from: period.from || undefined,
    to: period.to || undefined,
    date1904: date1904,
    today: engine.today(),
  });
  const hasMembers = analysis.dataset.tables.some(function (t) {
    return t.kind === 'members';
  });
  if (!hasMembers) {
    throw new InputError(memberListMissing(shown));
  }
  return analysis;
}
