/**
 * LibreOffice headless (Debian libreoffice-calc) and poppler-utils for the printed-summary tests:
 * convert workbooks to PDF or back to xlsx, read a PDF's page sizes and text, render a page to PNG.
 *
 * Each conversion runs with a fresh user profile in the system's temporary folder, so parallel runs
 * never share one, and that profile tells Calc to recalculate every formula of an xlsx file on load
 * (OOXMLRecalcMode 0 = always; the default keeps the cached results). The tool missing is an error,
 * never a skip: CI installs it (.ci/run).
 */
import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Throws a message naming the Debian package when a tool is not on the PATH. */
export function requireTool(command: string, debianPackage: string): void {
  const r = spawnSync(command, [command === 'soffice' ? '--version' : '-v'], { encoding: 'utf8' });
  if (r.error) {
    throw new Error(
      command + ' is not installed: the printed-summary tests need it (apt-get install ' + debianPackage + '; .ci/run installs it).',
    );
  }
}

export function requirePrintTools(): void {
  requireTool('soffice', 'libreoffice-calc');
  requireTool('pdftoppm', 'poppler-utils');
  requireTool('pdfinfo', 'poppler-utils');
  requireTool('pdftotext', 'poppler-utils');
}

function run(command: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise(function (resolve, reject) {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'latin1' }, function (err, stdout, stderr) {
      if (err) reject(new Error(command + ' ' + args.join(' ') + ' failed: ' + err.message + '\n' + stderr));
      else resolve(stdout);
    });
  });
}

/**
 * Converts the files with one LibreOffice run ("pdf", "xlsx", "csv"); returns the converted files'
 * paths, in order, in `outDir`.
 */
export async function convert(files: string[], format: string, outDir: string): Promise<string[]> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-lo-profile-'));
  try {
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    fs.mkdirSync(outDir, { recursive: true });
    const url = 'file://' + profile.split(path.sep).map(encodeURIComponent).join('/');
    await run('soffice', ['-env:UserInstallation=' + url, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir].concat(files), 180000);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const ext = format.split(':')[0];
  return files.map(function (f) {
    const out = path.join(outDir, path.basename(f).replace(/\.[^.]+$/, '') + '.' + ext);
    if (!fs.existsSync(out)) throw new Error('LibreOffice did not write ' + out);
    return out;
  });
}

/**
 * The CSV filter of Calc: comma, double quote, UTF-8, from line 1, cell contents not as shown
 * (full precision), every sheet kept to the first.
 */
export const CSV_RAW = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false';

/** Rows of a CSV text (quoted fields may hold commas, quotes and line breaks); row 0 is sheet row 1. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface PdfPage {
  /** Points. */
  width: number;
  height: number;
}

/** Every page's size, read with pdfinfo. */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const out = await run('pdfinfo', ['-f', '1', '-l', '9999', pdf], 60000);
  const pages: PdfPage[] = [];
  const re = /^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(out))) pages.push({ width: +m[1], height: +m[2] });
  return pages;
}

/** The text of one page (1-based), laid out as printed. */
export async function pdfPageText(pdf: string, page: number): Promise<string> {
  const out = await run('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-'], 60000);
  return Buffer.from(out, 'latin1').toString('utf8');
}

/** Renders one page to a grey PNG at `dpi`; returns the PNG file. */
export async function renderPage(pdf: string, page: number, dpi: number, outPrefix: string): Promise<string> {
  await run('pdftoppm', ['-png', '-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, outPrefix], 60000);
  return outPrefix + '.png';
}
