/**
 * The command line reads registers with the lean reader: the engine gets exactly the grids exceljs would
 * give; a file whose parts carry an "x:" prefix (which exceljs cannot open) is read; a file the lean
 * reader leaves to exceljs (a CDATA section) still gives exceljs's grids.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { jsonOutput } from '../../src/cli/jsonOutput';
import { main } from '../../src/cli/main';
import { coreEngine, CliEngine } from '../../src/cli/engine';
import { Grid } from '../../src/core/grid';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';
import { writePlantedWorkbook } from './plantedWorkbook';
import { captureIo, tempDir } from './cliFixtures';
import { plainGrid } from '../xlsx/leanEquivalence';

let dir: string;
let planted: string;
beforeAll(async () => {
  dir = tempDir();
  planted = path.join(dir, 'so-dang-vien.xlsx');
  await writePlantedWorkbook(planted);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The real engine, remembering the grids it was given. */
function watchingEngine(seen: Grid[][]): CliEngine {
  return Object.assign({}, coreEngine, {
    analyze: (grids: Grid[], opts: Parameters<CliEngine['analyze']>[1]) => {
      seen.push(grids);
      return coreEngine.analyze(grids, opts);
    },
  });
}

async function rewriteParts(file: string, out: string, edit: (name: string, xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name)) continue;
    zip.file(name, edit(name, await zip.file(name)!.async('string')));
  }
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function exceljsGrids(file: string): Promise<unknown> {
  return (await readWorkbookBuffer(fs.readFileSync(file), 'x')).grids.map(plainGrid);
}

test('kiem-tra gives the engine the grids exceljs reads', async () => {
  const seen: Grid[][] = [];
  const io = captureIo(dir);
  const code = await main(['kiem-tra', 'so-dang-vien.xlsx'], io, watchingEngine(seen));
  expect([0, 1]).toContain(code);
  expect(seen.length).toBe(1);
  expect(seen[0].map(plainGrid)).toEqual(await exceljsGrids(planted));
  expect(io.out).toContain('Danh sách đảng viên');
});

test('kiem-tra --json finds and counts exactly what the engine finds on exceljs\'s grids', async () => {
  const io = captureIo(dir);
  await main(['kiem-tra', 'so-dang-vien.xlsx', '--json'], io, coreEngine);
  const read = await readWorkbookBuffer(fs.readFileSync(planted), 'x');
  const a = coreEngine.analyze(read.grids, { date1904: read.date1904, today: coreEngine.today() });
  expect(JSON.parse(io.out)).toEqual(JSON.parse(jsonOutput(a.figures, a.findings)));
  expect(a.findings.length).toBeGreaterThan(0);
});

test('a registers file with "x:" prefixes, which exceljs refuses, is read as the same file without them', async () => {
  const prefixed = path.join(dir, 'tien-to.xlsx');
  await rewriteParts(planted, prefixed, (_n, xml) => xml.replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2').replace('xmlns=', 'xmlns:x='));
  await expect(readWorkbookBuffer(fs.readFileSync(prefixed), 'x')).rejects.toThrow('Không mở được tệp');
  const seen: Grid[][] = [];
  const io = captureIo(dir);
  const code = await main(['kiem-tra', 'tien-to.xlsx'], io, watchingEngine(seen));
  expect([0, 1]).toContain(code);
  expect(seen[0].map(plainGrid)).toEqual(await exceljsGrids(planted));
});

test('a file the lean reader leaves to exceljs (a CDATA section) gives exceljs\'s grids', async () => {
  const odd = path.join(dir, 'cdata.xlsx');
  await rewriteParts(planted, odd, (name, xml) =>
    name.indexOf('sheet1') >= 0 ? xml.replace('</sheetData>', '<row r="1000"><c r="A1000" t="inlineStr"><is><t><![CDATA[ghi chú]]></t></is></c></row></sheetData>') : xml,
  );
  const seen: Grid[][] = [];
  const io = captureIo(dir);
  const code = await main(['kiem-tra', 'cdata.xlsx'], io, watchingEngine(seen));
  expect([0, 1]).toContain(code);
  expect(seen[0].map(plainGrid)).toEqual(await exceljsGrids(odd));
});
