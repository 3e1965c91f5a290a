/**
 * Hand bytes to the user as a downloaded file: a Blob behind a temporary link with a `download` name (or
 * msSaveOrOpenBlob where the browser has it). Nothing leaves the machine: the Blob lives in the page.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface MsNavigator {
  msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean;
}

export function saveFile(bytes: ArrayBuffer, fileName: string): void {
  const blob = new Blob([bytes], { type: XLSX_MIME });
  const nav = window.navigator as unknown as MsNavigator;
  if (typeof nav.msSaveOrOpenBlob === 'function') {
    nav.msSaveOrOpenBlob(blob, fileName);
    return;
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  document.body.removeChild(a);
  // The download has started from the link; the Blob is let go once the browser has taken it.
  setTimeout(function () {
    URL.revokeObjectURL(url);
  }, 60000);
}
