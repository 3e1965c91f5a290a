/**
 * Where the pane's analysis runs. The controller awaits a runner instead of calling analyze(): the
 * in-thread runner below (Jest, and browsers without a working Worker) runs it on the pane's own thread
 * between two yields; workerAnalysisRunner.ts runs it in a Worker, off the thread that draws the pane.
 * Both give the same PaneAnalysis and the same report sheets.
 */
import { Analysis, AnalyzeOptions } from '../core/analyze';
import { CellWrite } from '../core/fixes/cellEdit';
import { Grid } from '../core/grid';
import { CancelledError, CancelToken } from '../hosts/workbookHost';
import { buildFindingsSheet } from '../core/report/findingsSheet';
import { PaneAnalysis, ReportModels, ReportRequest, runPaneAnalysis, summaryModel } from './paneAnalysis';

/** `grids` are `from` with `writes` applied: a runner that holds `from` may apply the writes instead of taking `grids` anew. */
export interface GridsDelta {
  from: Grid[];
  writes: CellWrite[];
}

export interface AnalysisRunner {
  /** Analyze the grids; the runner keeps the full analysis for `report`. */
  analyze(grids: Grid[], options: AnalyzeOptions, cancel?: CancelToken, delta?: GridsDelta): Promise<PaneAnalysis>;
  /** The report's sheet models, from the last analysis. */
  report(request: ReportRequest, cancel?: CancelToken): Promise<ReportModels>;
}

function check(cancel: CancelToken | undefined): void {
  if (cancel && cancel.cancelled) throw new CancelledError();
}

/** On the pane's thread: one stretch for the analysis, one per report sheet, with yields between. */
export class InThreadAnalysisRunner implements AnalysisRunner {
  private last: { full: Analysis } | null = null;

  constructor(private readonly yieldToUi: () => Promise<void>) {}

  async analyze(grids: Grid[], options: AnalyzeOptions, cancel?: CancelToken): Promise<PaneAnalysis> {
    await this.yieldToUi();
    check(cancel);
    const r = runPaneAnalysis(grids, options);
    this.last = { full: r.full };
    await this.yieldToUi();
    return r.pane;
  }

  async report(request: ReportRequest, cancel?: CancelToken): Promise<ReportModels> {
    if (!this.last) throw new Error('No analysis to report on.');
    const full = this.last.full;
    await this.yieldToUi();
    check(cancel);
    const summary = summaryModel(full, request.percentDecimals);
    if (!request.withFindings) return { summary: summary, findings: null };
    await this.yieldToUi();
    check(cancel);
    return { summary: summary, findings: buildFindingsSheet(full.findings, { linkToCells: request.linkToCells !== false }) };
  }
}
