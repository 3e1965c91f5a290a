/**
 * The analysis Worker's entry (dist/analysisWorker.js, built ES5 with the IE11 polyfills like the pane):
 * messages in, AnalysisService, messages out. Its first message says it started.
 */
import { WorkerReply, WorkerRequest } from './analysisWire';
import { AnalysisService } from './analysisService';

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

const scope = self as unknown as WorkerScope;
const service = new AnalysisService(function (reply: WorkerReply) {
  scope.postMessage(reply);
});
scope.onmessage = function (ev) {
  service.handle(ev.data as WorkerRequest);
};
scope.postMessage({ t: 'ready' } as WorkerReply);
