/**
 * The page's side of the file worker: one request at a time, answered by a promise; progress as it comes;
 * "Hủy" terminates the worker (exceljs cannot be interrupted otherwise) and the next request starts a new one.
 * The worker is reached through `WorkerLike`, so tests run the real handler in-process.
 */
import { CancelledError, HostError, ProgressSink } from '../workbookHost';
import { FileSheet, WorkerReply, WorkerRequest } from './fileMessages';

/** What the client uses of a Web Worker. */
export interface WorkerLike {
  onmessage: ((e: { data: WorkerReply }) => void) | null;
  onerror: ((e: unknown) => void) | null;
  postMessage(message: WorkerRequest, transfer?: ArrayBuffer[]): void;
  terminate(): void;
}

export interface FileRead {
  sheets: FileSheet[];
  date1904: boolean;
}

/** The worker's script could not run (blocked, missing, or a browser too old for it). */
export const WORKER_FAILED_MESSAGE =
  'Trình duyệt không chạy được phần đọc tệp (fileWorker.js). Hãy mở trang qua máy chủ web của đơn vị (không mở trực tiếp từ ổ đĩa) bằng Chrome, Edge hoặc Firefox bản mới.';

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (err: Error) => void;
  progress?: ProgressSink;
}

export class FileWorkerClient {
  private worker: WorkerLike | null = null;
  private pending: Pending | null = null;

  constructor(private readonly create: () => WorkerLike) {}

  /** Read an .xlsx file's bytes (transferred to the worker: `bytes` is unusable afterwards). */
  read(name: string, bytes: ArrayBuffer, progress?: ProgressSink): Promise<FileRead> {
    return this.request({ type: 'read', name: name, bytes: bytes }, [bytes], progress).then(function (reply) {
      if (reply.type !== 'read') throw new HostError(WORKER_FAILED_MESSAGE);
      return { sheets: reply.sheets, date1904: reply.date1904 };
    });
  }

  /** A new workbook holding these sheet models, as .xlsx bytes. */
  writeReport(request: Extract<WorkerRequest, { type: 'report' }>, progress?: ProgressSink): Promise<ArrayBuffer> {
    return this.request(request, [], progress).then(function (reply) {
      if (reply.type !== 'report') throw new HostError(WORKER_FAILED_MESSAGE);
      return reply.bytes;
    });
  }

  /** Stop the work in progress: its promise rejects with CancelledError. */
  cancel(): void {
    const p = this.pending;
    this.stopWorker();
    if (p) p.reject(new CancelledError());
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = null;
    this.pending = null;
    if (w) {
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
  }

  private request(message: WorkerRequest, transfer: ArrayBuffer[], progress?: ProgressSink): Promise<WorkerReply> {
    if (this.pending) return Promise.reject(new HostError('Đang đọc hoặc ghi tệp; hãy đợi xong hoặc bấm Hủy.'));
    const self = this;
    return new Promise<WorkerReply>(function (resolve, reject) {
      let worker: WorkerLike;
      try {
        worker = self.worker || self.create();
      } catch (e) {
        reject(new HostError(WORKER_FAILED_MESSAGE));
        return;
      }
      self.worker = worker;
      const pending: Pending = { resolve: resolve, reject: reject, progress: progress };
      self.pending = pending;
      worker.onmessage = function (e) {
        if (self.pending !== pending) return;
        const reply = e.data;
        if (reply.type === 'progress') {
          if (pending.progress) pending.progress(reply.done, reply.total);
          return;
        }
        self.pending = null;
        if (reply.type === 'error') reject(new HostError(reply.message));
        else resolve(reply);
      };
      worker.onerror = function () {
        if (self.pending !== pending) return;
        // A worker whose script failed is of no further use.
        self.stopWorker();
        reject(new HostError(WORKER_FAILED_MESSAGE));
      };
      try {
        worker.postMessage(message, transfer);
      } catch (e) {
        self.stopWorker();
        reject(new HostError(WORKER_FAILED_MESSAGE));
      }
    });
  }
}
