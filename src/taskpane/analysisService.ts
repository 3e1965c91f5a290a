/**
 * The analysis Worker's work, without the Worker: it keeps the grids it was sent (and the fixes applied
 * to them), runs the analysis and keeps it, builds the report's sheet models from it, and answers with
 * only what the pane needs (PaneAnalysis, ReportModels). analysisWorker.ts wires it to the Worker's
 * messages; tests and the bench drive it in-process through the same messages.
 */
import { Analysis } from '../core/analyze';
import { applyWritesToGrids } from '../core/fixes/gridWrites';
import { Grid } from '../core/grid';
import { errorReply, gridOfHead, postInParts, withoutFixGroupFindings, WorkerReply, WorkerRequest } from './analysisWire';
import { PaneAnalysis, ReportModels, reportModels, runPaneAnalysis } from './paneAnalysis';

export class AnalysisService {
  private grids: Grid[] = [];
  private analysis: Analysis | null = null;

  constructor(private readonly post: (reply: WorkerReply) => void) {}

  handle(msg: WorkerRequest): void {
    switch (msg.t) {
      case 'grids':
        this.grids = msg.heads.map(gridOfHead);
        this.analysis = null;
        return;
      case 'rows': {
        const into = this.grids[msg.grid].rows;
        for (let i = 0; i < msg.rows.length; i++) into.push(msg.rows[i]);
        return;
      }
      case 'dates': {
        const into = this.grids[msg.grid].dateCells as Set<string>;
        for (let i = 0; i < msg.keys.length; i++) into.add(msg.keys[i]);
        return;
      }
      case 'writes':
        this.grids = applyWritesToGrids(this.grids, msg.writes);
        this.analysis = null;
        return;
      case 'analyze':
        try {
          const r = runPaneAnalysis(this.grids, msg.options);
          this.analysis = r.full;
          postInParts(this.post, msg.id, withoutFixGroupFindings(r.pane), ['findings'], function (result) {
            return { t: 'analysis', id: msg.id, result: result as PaneAnalysis };
          });
        } catch (e) {
          this.post(errorReply(msg.id, e));
        }
        return;
      case 'report':
        try {
          if (!this.analysis) throw new Error('No analysis to report on.');
          postInParts(this.post, msg.id, reportModels(this.analysis, msg.request), ['summary.cells', 'findings.cells'], function (result) {
            return { t: 'report', id: msg.id, result: result as ReportModels };
          });
        } catch (e) {
          this.post(errorReply(msg.id, e));
        }
        return;
    }
  }
}
