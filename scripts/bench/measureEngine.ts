/**
 * (a) the bare exceljs load of a file, then our reader's conversion to grids; (b) the engine on those
 * grids, step by step as analyze() runs them (detection and records, rules, figures, sorting), then the
 * summary and findings sheet models as the CLI builds them.
 */
import * as ExcelJS from 'exceljs';
import { Analysis, resolvePeriod } from '../../src/core/analyze';
import { SimpleDate } from '../../src/core/dates';
import { sortFindings } from '../../src/core/findings';
import { computeFigures } from '../../src/core/figures';
import { Grid } from '../../src/core/grid';
import { readRegisters } from '../../src/core/registers';
import { buildFindingsSheet } from '../../src/core/report/findingsSheet';
import { buildSummarySheet } from '../../src/core/report/summarySheet';
import { RuleContext } from '../../src/core/rules/context';
import { runRules } from '../../src/core/rules/index';
import { rulesetFor } from '../../src/core/rulesets';
import { workbookToGrids } from '../../src/hosts/xlsx/readWorkbook';

export interface LoadResult {
  /** (a): exceljs's Workbook.xlsx.readFile. */
  exceljsMs: number;
  /** Our conversion of the loaded workbook to grids (worksheetToGrid). */
  toGridsMs: number;
  heapAfterLoadMB: number;
  grids: Grid[];
  date1904: boolean;
}

export function now(): number {
  return performance.now();
}

export async function loadWithExceljs(file: string): Promise<LoadResult> {
  const t0 = now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const t1 = now();
  const heap = process.memoryUsage().heapUsed / 1e6;
  const read = workbookToGrids(wb);
  const t2 = now();
  return { exceljsMs: t1 - t0, toGridsMs: t2 - t1, heapAfterLoadMB: heap, grids: read.grids, date1904: read.date1904 };
}

export interface EngineResult {
  /** (b): the whole engine and both sheet models. */
  ms: number;
  readMs: number;
  rulesMs: number;
  figuresMs: number;
  sortMs: number;
  summaryMs: number;
  findingsSheetMs: number;
  members: number;
  meetings: number;
  findings: number;
  figures: Record<string, number>;
  analysis: Analysis;
}

/** The engine as analyze() runs it, timed per step, then the two sheet models of the report. */
export function runEngine(grids: Grid[], date1904: boolean, today: SimpleDate): EngineResult {
  const t0 = now();
  const read = readRegisters(grids, { date1904: date1904, today: today });
  const t1 = now();
  const period = resolvePeriod(read.dataset, today, {});
  const ctx: RuleContext = { period: period, today: today, ruleset: rulesetFor(period.to) };
  const ruleFindings = runRules(read.dataset, ctx);
  const t2 = now();
  const fig = computeFigures(read.dataset, ctx);
  const t3 = now();
  const findings = sortFindings(read.findings.concat(ruleFindings, fig.findings));
  const t4 = now();
  const analysis: Analysis = { dataset: read.dataset, findings: findings, figures: fig.figures, ctx: ctx };
  buildSummarySheet({ dataset: analysis.dataset, figures: analysis.figures, ctx: analysis.ctx });
  const t5 = now();
  buildFindingsSheet(findings, { linkToCells: false });
  const t6 = now();
  return {
    ms: t6 - t0,
    readMs: t1 - t0,
    rulesMs: t2 - t1,
    figuresMs: t3 - t2,
    sortMs: t4 - t3,
    summaryMs: t5 - t4,
    findingsSheetMs: t6 - t5,
    members: read.dataset.members.length,
    meetings: read.dataset.meetings.length,
    findings: findings.length,
    figures: fig.figures,
    analysis: analysis,
  };
}
