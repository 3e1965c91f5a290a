/**
 * What the command line needs from core, gathered in one object so that tests can run the command line
 * against a stand-in engine.
 */
import { Grid } from '../core/grid';
import { SimpleDate, todayLocal } from '../core/dates';
import { analyze, Analysis, AnalyzeOptions } from '../core/analyze';
import { Finding } from '../core/findings';
import { buildSummarySheet, ReportInput } from '../core/report/summarySheet';
import { buildFindingsSheet } from '../core/report/findingsSheet';
import { SheetModel } from '../core/report/sheetModel';

export interface CliEngine {
  analyze(grids: Grid[], opts: AnalyzeOptions): Analysis;
  buildSummarySheet(input: ReportInput): SheetModel;
  buildFindingsSheet(findings: Finding[]): SheetModel;
  today(): SimpleDate;
}

export const coreEngine: CliEngine = {
  analyze: analyze,
  buildSummarySheet: buildSummarySheet,
  // The report file is apart from the registers: its findings cannot link to their cells.
  buildFindingsSheet: function (findings: Finding[]): SheetModel {
    return buildFindingsSheet(findings, { linkToCells: false });
  },
  today: todayLocal,
};
