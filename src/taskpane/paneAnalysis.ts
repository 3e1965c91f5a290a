/**
 * What the pane keeps of an analysis: exactly what the controller and its views read (findings, figures,
 * the rule context with the period, the member count, the unit, the detected tables and the sheet list),
 * never the dataset's records. It is built where the analysis runs (a Worker or the pane's own thread),
 * so that only this crosses to the pane; the report's sheet models are built there too.
 */
import { analyze, Analysis, AnalyzeOptions } from '../core/analyze';
import { Figures } from '../core/figures';
import { Finding } from '../core/findings';
import { FixGroup, fixGroups } from '../core/fixes/fixGroups';
import { Grid } from '../core/grid';
import { DetectedTable, UnitInfo } from '../core/records';
import { buildFindingsSheet } from '../core/report/findingsSheet';
import { SheetModel } from '../core/report/sheetModel';
import { buildSummarySheet } from '../core/report/summarySheet';
import { RuleContext } from '../core/rules/context';
import { SheetEntry } from './paneState';
import { sheetEntries } from './sheetEntries';

export interface PaneAnalysis {
  findings: Finding[];
  figures: Figures;
  ctx: RuleContext;
  /** dataset.members.length: a report needs members. */
  members: number;
  unit: UnitInfo;
  tables: DetectedTable[];
  /** The "Sổ dữ liệu" list for the grids analysed (sheetEntries). */
  sheets: SheetEntry[];
  /** The fixes offered, by group (core fixGroups; their findings are those of `findings`). */
  fixGroups: FixGroup[];
}

/** The report's sheets: the summary, and the findings sheet when asked for. */
export interface ReportModels {
  summary: SheetModel;
  findings: SheetModel | null;
}

export interface ReportRequest {
  percentDecimals: number;
  withFindings: boolean;
  /** Findings sheet rows link to their cells (default); false for a report saved apart from the registers. */
  linkToCells?: boolean;
}

/** Analyze the grids and keep what the pane needs; `full` stays where the analysis ran. */
export function runPaneAnalysis(grids: Grid[], options: AnalyzeOptions): { full: Analysis; pane: PaneAnalysis } {
  const full = analyze(grids, options);
  return { full: full, pane: paneAnalysisOf(grids, full, options) };
}

export function paneAnalysisOf(grids: Grid[], a: Analysis, options: AnalyzeOptions): PaneAnalysis {
  return {
    findings: a.findings,
    figures: a.figures,
    ctx: a.ctx,
    members: a.dataset.members.length,
    unit: a.dataset.unit,
    tables: a.dataset.tables,
    sheets: sheetEntries(grids, a, options.overrides || []),
    fixGroups: fixGroups(a.findings, options.date1904),
  };
}

export function summaryModel(a: Analysis, percentDecimals: number): SheetModel {
  return buildSummarySheet({ dataset: a.dataset, figures: a.figures, ctx: a.ctx, options: { percentDecimals: percentDecimals } });
}

export function reportModels(a: Analysis, request: ReportRequest): ReportModels {
  return {
    summary: summaryModel(a, request.percentDecimals),
    findings: request.withFindings ? buildFindingsSheet(a.findings, { linkToCells: request.linkToCells !== false }) : null,
  };
}
