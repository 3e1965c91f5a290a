/**
 * The summary sheet as LibreOffice prints it, for the sample and two other layouts (reportLayouts.ts).
 * Each written workbook is converted once to PDF; a copy whose cached formula results were all
 * replaced by -1 is converted once to CSV (values at full precision), so that every value read there
 * was recalculated by LibreOffice. Checked: every percentage LibreOffice computes equals the engine's figure; every page
 * is A4 portrait, numbered from page 2; the appendix starts a page; every computed paragraph is
 * printed whole inside its row, and its row is not more than a line taller; page 1 of the sample
 * looks like the committed reference picture (`npm run update-reference` renews it).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { FIGURE_DEFS } from '../../src/core/figures';
import { lineHeightPt } from '../../src/core/report/rowHeight';
import { allCases, WrittenReport, writeReport } from './reportLayouts';
import { convert, CSV_RAW, parseCsv, pdfPages, pdfPageText, renderPage, requirePrintTools } from './libreOffice';
import { comparePictures, readPicture, TOLERATED_SHARE, writePicture } from './pictureCompare';

const REFERENCE = path.join(__dirname, 'reference', 'summary-page1.png');
/** Failed comparisons leave the actual picture and the difference here (git-ignored). */
const OUTPUT = path.join(__dirname, '.output');
const REFERENCE_DPI = 50;

let dir: string;
let reports: WrittenReport[];
let pdfs: string[];
/** CSV files of the recalculated copies. */
let recalculated: string[];

/** A CSV value as a number: "39.3939393939394%" -> 0.393939393939394; NaN when not a number. */
function csvNumber(v: string | undefined): number {
  if (v === undefined || v.trim() === '') return NaN;
  const pct = /%$/.test(v);
  const n = Number(v.replace(/%$/, ''));
  return pct ? n / 100 : n;
}

/** Every formula's cached result replaced by -1: a value LibreOffice shows then is its own. */
async function poisonedCopy(file: string, outDir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let n = 0;
  wb.eachSheet(function (ws) {
    ws.eachRow(function (row) {
      row.eachCell(function (cell) {
        const v = cell.value as ExcelJS.CellFormulaValue;
        if (v && typeof v === 'object' && 'formula' in v) {
          cell.value = { formula: v.formula, result: -1 } as ExcelJS.CellFormulaValue;
          n++;
        }
      });
    });
  });
  if (n === 0) throw new Error('no formula in ' + file);
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, path.basename(file));
  await wb.xlsx.writeFile(out);
  return out;
}

beforeAll(async () => {
  requirePrintTools();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-print-'));
  reports = [];
  for (const c of await allCases()) reports.push(await writeReport(c, dir));
  const poisoned: string[] = [];
  for (const r of reports) poisoned.push(await poisonedCopy(r.file, path.join(dir, 'poisoned')));
  pdfs = await convert(
    reports.map((r) => r.file),
    'pdf',
    path.join(dir, 'pdf'),
  );
  recalculated = await convert(poisoned, CSV_RAW, path.join(dir, 'recalculated'));
}, 300000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Count labels of the structure table -> figure ids, from the catalogue. */
function countIdByLabel(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of FIGURE_DEFS) if (def.kind === 'count') out[def.label] = def.id;
  return out;
}

describe('LibreOffice recalculates the appendix', () => {
  test('every percentage it computes equals the engine\'s figure', async () => {
    const byLabel = countIdByLabel();
    for (let i = 0; i < reports.length; i++) {
      const r = reports[i];
      const csv = parseCsv(fs.readFileSync(recalculated[i], 'utf8'));
      const valueAt = (row: number, col: number) => csvNumber((csv[row - 1] || [])[col - 1]);
      let checked = 0;
      for (const c of r.model.cells) {
        if (!c.formula || !/^IF\(/.test(c.formula)) continue;
        const label = r.model.cells.find((x) => x.row === c.row && x.col === 2)!.value as string;
        const id = byLabel[label];
        const shareId = id === 'members.total' ? 'members.shareOfStaff' : id + '.share';
        const lo = valueAt(c.row, c.col);
        const engine = r.analysis.figures[shareId];
        expect([r.case.id, label, lo]).toEqual([r.case.id, label, expect.closeTo(engine, 12)]);
        checked++;
      }
      // The share rows of the structure table (13 without the theory column, 22 with it).
      expect([r.case.id, checked >= 13]).toEqual([r.case.id, true]);
      // The admissions total is a SUM LibreOffice recomputes too.
      const total = r.model.cells.find((c) => c.formula && /^SUM\(/.test(c.formula))!;
      expect(valueAt(total.row, total.col)).toBe(r.analysis.figures['admissions.total']);
    }
  });
});

describe('the printed summary', () => {
  test('every page is A4 portrait', async () => {
    for (const pdf of pdfs) {
      const pages = await pdfPages(pdf);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const p of pages) {
        expect(p.width).toBeCloseTo(595.3, 0);
        expect(p.height).toBeCloseTo(841.9, 0);
      }
    }
  });

  test('pages are numbered from page 2; the appendix starts a page of its own', async () => {
    for (const pdf of pdfs) {
      const n = (await pdfPages(pdf)).length;
      const first = (await pdfPageText(pdf, 1)).split('\n').filter((l) => l.trim());
      expect(first[0].trim()).not.toMatch(/^\d+$/);
      let appendixPage = 0;
      for (let p = 2; p <= n; p++) {
        const lines = (await pdfPageText(pdf, p)).split('\n').filter((l) => l.trim());
        expect(lines[0].trim()).toBe(String(p));
        if (lines[1].trim() === 'PHỤ LỤC SỐ LIỆU') appendixPage = p;
      }
      expect(appendixPage).toBeGreaterThan(1);
    }
  });
});

interface Word {
  text: string;
  page: number;
  yMin: number;
  yMax: number;
}

/** Every word of the PDF with its page and vertical extent, in reading order (pdftotext -bbox). */
async function pdfWords(pdf: string): Promise<Word[]> {
  const n = (await pdfPages(pdf)).length;
  const words: Word[] = [];
  for (let p = 1; p <= n; p++) {
    const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(p), '-l', String(p), pdf, '-']).toString('utf8');
    const re = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(html))) {
      const text = m[3].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').normalize('NFC');
      words.push({ text: text, page: p, yMin: +m[1], yMax: +m[2] });
    }
  }
  return words;
}

/** LibreOffice breaks lines after a hyphen ("12-" / "HD/BTCTW"): such halves are one word again. */
function joinHyphenated(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last && /-$/.test(last.text) && last.page === w.page && w.yMin > last.yMin) {
      out[out.length - 1] = { text: last.text + w.text, page: w.page, yMin: last.yMin, yMax: Math.max(last.yMax, w.yMax) };
    } else out.push(w);
  }
  return out;
}

/** The words of `text` found in order in `words`; null when they are not all there. */
function findParagraph(words: Word[], text: string): Word[] | null {
  const want = text.normalize('NFC').split(/\s+/).filter((w) => w);
  for (let i = 0; i + want.length <= words.length; i++) {
    let ok = true;
    for (let j = 0; j < want.length && ok; j++) ok = words[i + j].text === want[j];
    if (ok) return words.slice(i, i + want.length);
  }
  return null;
}

describe('row heights', () => {
  test('every computed paragraph prints whole in its row, and its row is at most a line taller', async () => {
    const line = lineHeightPt(14);
    let checked = 0;
    for (let i = 0; i < reports.length; i++) {
      const r = reports[i];
      const words = joinHyphenated(await pdfWords(pdfs[i]));
      for (const c of r.model.cells) {
        if (c.role !== 'computed' || typeof c.value !== 'string') continue;
        const found = findParagraph(words, c.value);
        expect([r.case.id, c.value, found !== null]).toEqual([r.case.id, c.value, true]);
        const top = found![0].yMin;
        const bottom = Math.max(...found!.map((w) => w.yMax));
        expect(found!.every((w) => w.page === found![0].page)).toBe(true);
        const printed = bottom - top;
        const row = r.model.rowHeights[c.row];
        // Whole: the printed lines fit the row. Not generous: less than a line and the padding left over.
        expect([r.case.id, c.value.slice(0, 40), printed <= row]).toEqual([r.case.id, c.value.slice(0, 40), true]);
        expect([r.case.id, c.value.slice(0, 40), row - printed < line + 8]).toEqual([r.case.id, c.value.slice(0, 40), true]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});

describe('the picture of page 1', () => {
  test('the sample\'s page 1 looks like the committed reference', async () => {
    const sample = pdfs[0];
    const actualFile = await renderPage(sample, 1, REFERENCE_DPI, path.join(dir, 'page1'));
    if (process.env.UPDATE_REFERENCE === '1') {
      fs.mkdirSync(path.dirname(REFERENCE), { recursive: true });
      fs.copyFileSync(actualFile, REFERENCE);
    }
    const actual = readPicture(actualFile);
    const reference = readPicture(REFERENCE);
    const cmp = comparePictures(actual, reference);
    const within = cmp.sameSize && cmp.differingShare <= TOLERATED_SHARE;
    if (!within) {
      fs.mkdirSync(OUTPUT, { recursive: true });
      fs.copyFileSync(actualFile, path.join(OUTPUT, 'summary-page1.actual.png'));
      writePicture(path.join(OUTPUT, 'summary-page1.diff.png'), cmp.diff);
    }
    expect({ sameSize: cmp.sameSize, differing: within ? 'within tolerance' : cmp.differingShare }).toEqual({
      sameSize: true,
      differing: 'within tolerance',
    });
  });
});
