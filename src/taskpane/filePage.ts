/**
 * The standalone page: taskpane.html opened in an ordinary browser, outside Office. The user chooses an
 * .xlsx file ("Chọn tệp Excel", or drops it on the page); the file worker reads it in the browser, nothing is
 * sent anywhere; then the same pane as in Excel is drawn over a FileHost: the sheets found, the findings (no
 * fixes: the file is only read), the period, key figures, and "Tải về báo cáo", which downloads a new report
 * workbook. The user's file is never rewritten.
 */
import { FileHost } from '../hosts/file/fileHost';
import { FileWorkerClient, WorkerLike } from '../hosts/file/fileWorkerClient';
import { CancelledError, HostError } from '../hosts/workbookHost';
import { mountTaskpane, PaneApp } from './app';
import { ControllerOptions } from './controller';
import { clear, el, uid } from './dom';
import { PaneState, StatusView } from './paneState';
import { createProgressView } from './progressView';
import { saveFile } from './saveFile';
import { S } from './strings';

/** The worker's script, beside taskpane.html (webpack entry fileWorker). */
export const FILE_WORKER_URL = 'fileWorker.js';

export interface FilePageOptions {
  /** Creates the file worker (default: `new Worker('fileWorker.js')`). */
  createWorker?: () => WorkerLike;
  /** Hands the report to the user (default: a browser download). */
  save?: (bytes: ArrayBuffer, fileName: string) => void;
  /** The page's address scheme (default: window.location.protocol). */
  protocol?: string;
  /** Passed to the pane's controller (tests fix "today"). */
  controller?: ControllerOptions;
}

export interface FilePage {
  /** Read this file and draw the pane over it (what choosing or dropping a file does). */
  open(file: File): Promise<void>;
  /** The pane over the file last read, if any. */
  app(): PaneApp | null;
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise<ArrayBuffer>(function (resolve, reject) {
    const reader = new FileReader();
    reader.onload = function () {
      resolve(reader.result as ArrayBuffer);
    };
    reader.onerror = function () {
      reject(reader.error || new Error('read'));
    };
    reader.readAsArrayBuffer(file);
  });
}

function idleState(status: StatusView | null, busy: PaneState['busy']): PaneState {
  return { busy: busy, status: status } as PaneState;
}

export function mountFilePage(root: HTMLElement, opts?: FilePageOptions): FilePage {
  const createWorker =
    (opts && opts.createWorker) ||
    function (): WorkerLike {
      return new Worker(FILE_WORKER_URL) as unknown as WorkerLike;
    };
  const save = (opts && opts.save) || saveFile;
  const client = new FileWorkerClient(createWorker);
  const fromDisk = ((opts && opts.protocol) || window.location.protocol) === 'file:';

  const inputId = uid('file');
  const input = el('input', { id: inputId, type: 'file', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', class: 'file-input' }) as HTMLInputElement;
  const label = el('label', { for: inputId, class: 'file-label' }, [S.file.choose]);
  const opened = el('p', { class: 'file-name', hidden: true });
  /** The file being read; "Hủy" marks it (the browser may still be reading it before the worker has it). */
  let current: { cancelled: boolean } | null = null;
  const progress = createProgressView(function () {
    if (current) current.cancelled = true;
    client.cancel();
  });
  const chooser = el('section', { class: 'file-chooser', 'aria-label': S.file.region }, [
    el('p', { class: 'intro' }, [S.file.intro]),
    el('p', { class: 'note' }, [S.file.privacy]),
    el('div', { class: 'file-field' }, [label, input]),
    el('p', { class: 'hint' }, [S.file.dropHint]),
    fromDisk ? el('p', { class: 'note file-note', role: 'note' }, [S.file.fromDisk]) : null,
    opened,
  ]);
  const paneRoot = el('div', { class: 'file-pane' });
  clear(root);
  root.appendChild(
    el('div', { class: 'file-page' }, [
      el('header', { class: 'pane-header' }, [el('h1', null, [S.appTitle]), el('p', { class: 'subtitle' }, [S.appSubtitle])]),
      chooser,
      progress.root,
      paneRoot,
    ]),
  );
  progress.update(idleState(null, null));

  let app: PaneApp | null = null;
  let reading = 0;

  function show(status: StatusView | null, busy?: PaneState['busy']): void {
    progress.update(idleState(status, busy || null));
  }

  async function open(file: File): Promise<void> {
    const mine = ++reading;
    if (current) current.cancelled = true;
    const job = { cancelled: false };
    current = job;
    if (client.busy) client.cancel();
    if (app) {
      app.destroy();
      app = null;
    }
    const name = file.name;
    const step = S.file.reading(name);
    show(null, { action: 'detect', step: step, fraction: 0, cancelling: false });
    try {
      const bytes = await readBytes(file);
      if (job.cancelled) throw new CancelledError();
      const read = await client.read(name, bytes, function (done, total) {
        if (mine === reading) show(null, { action: 'detect', step: step, fraction: total ? done / total : 0, cancelling: false });
      });
      if (mine !== reading) return;
      if (job.cancelled) throw new CancelledError();
      current = null;
      show(null);
      opened.textContent = S.file.opened(name);
      opened.removeAttribute('hidden');
      label.textContent = S.file.chooseOther;
      const host = new FileHost(
        { name: name, sheets: read.sheets, date1904: read.date1904 },
        function (sheets, sink) {
          return client.writeReport({ type: 'report', sheets: sheets }, sink);
        },
        save,
        function () {
          client.cancel();
        },
      );
      app = mountTaskpane(paneRoot, host, opts && opts.controller);
      await app.ready;
    } catch (e) {
      if (mine !== reading) return;
      current = null;
      if (e instanceof CancelledError) show({ kind: 'info', lines: [S.file.readCancelled] });
      else if (e instanceof HostError) show({ kind: 'error', lines: [e.message] });
      else show({ kind: 'error', lines: [S.file.readFailed(name)] });
    }
  }

  input.addEventListener('change', function () {
    const files = input.files;
    if (files && files.length) void open(files[0]);
  });

  // Drag and drop anywhere on the page: the browser would otherwise open the file in place of the page.
  const page = root.ownerDocument || document;
  page.addEventListener('dragover', function (e: DragEvent) {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    chooser.className = 'file-chooser is-over';
  });
  page.addEventListener('dragleave', function () {
    chooser.className = 'file-chooser';
  });
  page.addEventListener('drop', function (e: DragEvent) {
    e.preventDefault();
    chooser.className = 'file-chooser';
    const files = e.dataTransfer && e.dataTransfer.files;
    if (files && files.length) void open(files[0]);
  });

  return {
    open: open,
    app: function (): PaneApp | null {
      return app;
    },
  };
}

/** In a browser without what the page needs, one Vietnamese line instead. */
export function showNoFileSupport(root: HTMLElement): void {
  clear(root);
  root.appendChild(el('p', { class: 'loading' }, [S.file.noFileApi]));
}
