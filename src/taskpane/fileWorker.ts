/**
 * The standalone page's Web Worker (dist/fileWorker.js, its own webpack entry, so that exceljs never enters the
 * pane's bundle): reads the chosen .xlsx file and writes the report workbook, in the browser, nothing sent
 * anywhere. The work itself is hosts/file/fileWorkerHandler.ts.
 */
import { WorkerRequest } from '../hosts/file/fileMessages';
import { handleRequest } from '../hosts/file/fileWorkerHandler';

interface WorkerScope {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = function (e) {
  void handleRequest(e.data, function (reply, transfer) {
    scope.postMessage(reply, transfer || []);
  });
};
