/**
 * What the standalone page needs from the browser, checked before anything is offered: reading a chosen file
 * (File API), a Web Worker for exceljs, and a way to hand a new file to the user (Blob with an object URL and
 * a download link, or Internet Explorer's msSaveBlob).
 */
export interface BrowserLike {
  Worker?: unknown;
  FileReader?: unknown;
  Blob?: unknown;
  ArrayBuffer?: unknown;
  URL?: { createObjectURL?: unknown };
  navigator?: { msSaveOrOpenBlob?: unknown };
}

export function canReadFiles(w: BrowserLike): boolean {
  if (typeof w.Worker !== 'function' || typeof w.FileReader !== 'function' || typeof w.Blob !== 'function') return false;
  if (typeof w.ArrayBuffer !== 'function') return false;
  const canLink = !!w.URL && typeof w.URL.createObjectURL === 'function';
  const canMsSave = !!w.navigator && typeof w.navigator.msSaveOrOpenBlob === 'function';
  return canLink || canMsSave;
}
