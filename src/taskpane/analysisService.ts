/**
 * The analysis Worker's work, without the Worker: it keeps the grids it was sent (and the fixes applied
 * to them), runs the analysis and keeps it, builds the report's sheet models from it, and answers with
 * only what the pane needs (PaneAnalysis, ReportModels). analysisWorker.ts wires it to the Worker's
 * messages; tests and the bench drive it in-process through the same messages.
 */
import { Analysis } from '../core/analyze';
import { applyWritesToGrids } from '../core/fixes/gridWrites';
import { Grid } from '../core/grid';
import { errorReply, gridOfHead, WorkerReply, WorkerRequest } from './analysisWire';
import { reportModels, runPaneAnalysis } from './paneAnalysis';

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
      case 'writes':
        this.grids = applyWritesToGrids(this.grids, msg.writes);
        this.analysis = null;
        return;
      case 'analyze':
        try {
          const r = runPaneAnalysis(this.grids, msg.options);
          this.analysis = r.full;
          this.post({ t: 'analysis', id: msg.id, result: r.pane });
        } catch (e) {
          this.post(errorReply(msg.id, e));
        }
        return;
      case 'report':
        try {
          if (!this.analysis) throw new Error('No analysis to report on.');
          this.post({ t: 'report', id: msg.id, result: reportModels(this.analysis, msg.request) });
        } catch (e) {
          this.post(errorReply(msg.id, e));
        }
        return;
    }
  }
}
