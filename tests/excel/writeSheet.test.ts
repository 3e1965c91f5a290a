/**
 * Writing generated sheets through the Office.js gateway: the registers stay untouched, the office's
 * own text survives regeneration, text is never turned into a formula, and the number of syncs does
 * not grow with the register.
 */
import { analyze, Analysis } from '../../src/core/analyze';
import { Grid } from '../../src/core/grid';
import { buildFindingsSheet } from '../../src/core/report/findingsSheet';
import { SheetModel } from '../../src/core/report/sheetModel';
import { buildSummarySheet, SUMMARY_SHEET_NAME, USER_TEXT } from '../../src/core/report/summarySheet';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { columnPoints } from '../../src/hosts/excel/sizeOps';
import { WRITE_BUDGET } from '../../src/hosts/excel/writeBatch';
import { CancelledError, HostError } from '../../src/hosts/workbookHost';
import { FakeExcel } from '../excelFake';
import { bigRegister } from './bigRegister';
import { hostOnFake, snapshot } from './hostFixtures';
import { TODAY } from './workbookFixtures';

function summaryOf(a: Analysis): SheetModel {
  return buildSummarySheet({ dataset: a.dataset, figures: a.figures, ctx: a.ctx });
}

function sheetNames(grids: Grid[]): string[] {
  return grids.map((g) => g.sheet);
}

function cell(fake: FakeExcel, sheet: string, r: number, c: number) {
  return fake.state.sheetByName(sheet)!.cell(r, c);
}

function namePos(model: SheetModel, name: string): { row: number; col: number } {
  const n = model.names.filter((x) => x.name === name)[0];
  return { row: n.range.top, col: n.range.left };
}

const sample = sampleGrids();
const sampleAnalysis = analyze(sample, { today: TODAY });

describe('the summary sheet', () => {
  test('writing it and the findings sheet leaves the member and meeting sheets byte-for-byte unchanged', async () => {
    const { fake, host } = hostOnFake(sample, '1.17');
    const before = snapshot(fake, sheetNames(sample));
    const summary = await host.writeSheet(summaryOf(sampleAnalysis), { activate: true });
    const findings = await host.writeSheet(buildFindingsSheet(sampleAnalysis.findings));
    expect(summary).toEqual({ refreshed: false, keptUserText: 0 });
    expect(findings.refreshed).toBe(false);
    expect(snapshot(fake, sheetNames(sample))).toEqual(before);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(sheetNames(sample).concat([SUMMARY_SHEET_NAME, 'Kiểm tra dữ liệu']));
    expect(fake.state.activeSheetId).toBe(fake.state.sheetByName(SUMMARY_SHEET_NAME)!.id);
  });

  test('holds the model: values, formulas, grey hints, merges, names, widths and the A4 page setup', async () => {
    const { fake, host } = hostOnFake(sample, '1.17');
    const model = summaryOf(sampleAnalysis);
    await host.writeSheet(model);
    const name = SUMMARY_SHEET_NAME;
    let formulas = 0;
    for (const c of model.cells) {
      const got = cell(fake, name, c.row, c.col);
      if (c.formula) {
        formulas++;
        expect(got!.f).toBe('=' + c.formula);
      } else if (c.role === 'userText' && typeof c.value === 'string' && c.value !== '') {
        // A place for the office's text that starts filled (the usual recipients) shows that content, not a hint.
        expect(got!.v).toBe(c.value);
      } else if (c.role === 'userText') {
        expect(got!.v).toBe(c.hint);
        expect(got!.fmt!.italic).toBe(true);
        expect(got!.fmt!.fontColor).toBe('#808080');
      } else if (c.value !== null && c.value !== undefined && c.value !== '') {
        expect([c.row, c.col, got!.v, got!.f]).toEqual([c.row, c.col, c.value, undefined]);
        expect(got!.fmt!.fontName).toBe('Times New Roman');
      }
    }
    expect(formulas).toBeGreaterThan(5);
    const sheet = fake.state.sheetByName(name)!;
    const byPos = (a: { top: number; left: number }, b: { top: number; left: number }) => a.top - b.top || a.left - b.left;
    expect(sheet.merges.slice().sort(byPos)).toEqual(model.merges.filter((m) => m.top !== m.bottom || m.left !== m.right).sort(byPos));
    for (const n of model.names) {
      const found = fake.state.names.filter((x) => x.name === n.name)[0];
      expect(found.ref).toEqual({ sheetId: sheet.id, rect: n.range });
    }
    expect(sheet.columnWidths[1]).toBe(columnPoints(model.columnWidths[0]));
    expect(columnPoints(5)).toBe(30);
    const heights = Object.keys(model.rowHeights);
    for (const r of heights) expect(sheet.rowHeights[+r]).toBe(model.rowHeights[+r]);
    expect(sheet.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Portrait',
      // Millimetres of the model in points (20 mm = 56.69 pt, 30 mm = 85.04 pt).
      topMargin: Math.round((model.print.margins.top * 7200) / 25.4) / 100,
      leftMargin: Math.round((model.print.margins.left * 7200) / 25.4) / 100,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect([model.print.margins.top, model.print.margins.left]).toEqual([20, 30]);
    expect(sheet.pageLayout.topMargin).toBe(56.69);
    expect(sheet.pageLayout.headersFooters.state).toBe('FirstAndDefault');
    // The page number prints in the report's font, from page 2 on.
    expect(sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader).toBe('&"Times New Roman,Regular"&14&P');
    // The appendix starts a printed page, as in the file the CLI writes.
    expect(model.pageBreaksBefore!.length).toBeGreaterThan(0);
    expect(sheet.pageBreaks).toEqual(model.pageBreaksBefore!.slice().sort((a, b) => a - b));
    expect(sheet.pageLayout.headersFooters.firstPage.centerHeader).toBe('');
  });

  test('a second write keeps the text typed into NoiDung_ cells and refreshes the computed cells', async () => {
    const { fake, host } = hostOnFake(sample, '1.17');
    const first = summaryOf(sampleAnalysis);
    await host.writeSheet(first);
    const at = namePos(first, USER_TEXT.advantages);
    const typed = '- Được sự quan tâm của Đảng ủy Khối; cán bộ, đảng viên đoàn kết.';
    // The office types its text (Excel keeps a leading "-" as text only after an apostrophe) and overwrites a computed cell.
    Object.assign(cell(fake, SUMMARY_SHEET_NAME, at.row, at.col)!, { v: typed, q: true });
    const computed = first.cells.filter((c) => c.role === 'computed' && typeof c.value === 'string' && c.value.length > 100)[0];
    cell(fake, SUMMARY_SHEET_NAME, computed.row, computed.col)!.v = 'sửa tay';

    const second = summaryOf(analyze(sample, { today: TODAY, from: { y: 2019, m: 1, d: 1 }, to: { y: 2019, m: 12, d: 31 } }));
    const result = await host.writeSheet(second);
    expect(result).toEqual({ refreshed: true, keptUserText: 1 });
    const kept = cell(fake, SUMMARY_SHEET_NAME, at.row, at.col)!;
    expect([kept.v, kept.f]).toEqual([typed, undefined]);
    expect(kept.fmt!.fontColor).not.toBe('#808080');
    // Page breaks are replaced, not added to the old ones.
    expect(fake.state.sheetByName(SUMMARY_SHEET_NAME)!.pageBreaks.length).toBe(second.pageBreaksBefore!.length);
    const changed = second.cells.filter((c, i) => c.role === 'computed' && typeof c.value === 'string' && first.cells[i] && c.value !== first.cells[i].value);
    expect(changed.length).toBeGreaterThan(0);
    for (const c of second.cells) {
      if (c.role === 'computed' && !c.formula && c.value !== null && c.value !== undefined && c.value !== '') {
        expect(cell(fake, SUMMARY_SHEET_NAME, c.row, c.col)!.v).toBe(c.value);
      }
    }
  });

  test('long kept text gets rows tall enough to show it; the untouched list of recipients is refreshed, not kept', async () => {
    const { fake, host } = hostOnFake(sample, '1.17');
    const model = summaryOf(sampleAnalysis);
    await host.writeSheet(model);
    const at = namePos(model, USER_TEXT.difficulties);
    const before = fake.state.sheetByName(SUMMARY_SHEET_NAME)!.rowHeights[at.row];
    const long = 'Một số chi bộ có đảng viên công tác xa, việc tổ chức sinh hoạt gặp khó khăn. '.repeat(6);
    cell(fake, SUMMARY_SHEET_NAME, at.row, at.col)!.v = long;
    // Only the office's typed text counts as kept: the recipients cell still holds its initial content.
    expect(await host.writeSheet(model)).toEqual({ refreshed: true, keptUserText: 1 });
    const after = fake.state.sheetByName(SUMMARY_SHEET_NAME)!;
    const merge = model.merges.filter((m) => m.top === at.row && m.left === at.col)[0];
    const bottom = merge ? merge.bottom : at.row;
    const total = (r: number) => after.rowHeights[r] || 0;
    let height = 0;
    for (let r = at.row; r <= bottom; r++) height += total(r);
    // Six sentences of some 80 characters over a page-wide cell need several lines of 14 pt text.
    expect(height).toBeGreaterThan((before || 0) + 3 * 14);
  });

  test('finds the office’s text where rows inserted above it moved it (names, ExcelApi 1.4)', async () => {
    const { fake, host } = hostOnFake(sample, '1.4');
    const model = summaryOf(sampleAnalysis);
    await host.writeSheet(model);
    const at = namePos(model, USER_TEXT.difficulties);
    cell(fake, SUMMARY_SHEET_NAME, at.row, at.col)!.v = 'Khó khăn: biên chế ít, địa bàn rộng.';
    fake.state.insertRows(SUMMARY_SHEET_NAME, 10, 2);
    expect(cell(fake, SUMMARY_SHEET_NAME, at.row + 2, at.col)!.v).toBe('Khó khăn: biên chế ít, địa bàn rộng.');
    const result = await host.writeSheet(model);
    expect(result.keptUserText).toBe(1);
    expect(cell(fake, SUMMARY_SHEET_NAME, at.row, at.col)!.v).toBe('Khó khăn: biên chế ít, địa bàn rộng.');
    const name = fake.state.names.filter((n) => n.name === USER_TEXT.difficulties)[0];
    expect(name.ref!.rect.top).toBe(at.row);
  });

  test('below ExcelApi 1.4 the office’s text is read at the model’s position', async () => {
    const { fake, host } = hostOnFake(sample, '1.1');
    const model = summaryOf(sampleAnalysis);
    await host.writeSheet(model);
    const at = namePos(model, USER_TEXT.meetings);
    cell(fake, SUMMARY_SHEET_NAME, at.row, at.col)!.v = 'Sinh hoạt chi bộ nền nếp, có chất lượng.';
    expect(await host.writeSheet(model)).toEqual({ refreshed: true, keptUserText: 1 });
    expect(cell(fake, SUMMARY_SHEET_NAME, at.row, at.col)!.v).toBe('Sinh hoạt chi bộ nền nếp, có chất lượng.');
  });

  test('takes a constant number of syncs whatever the register: 2 when new, 3 when refreshed', async () => {
    const big = bigRegister(10000);
    const bigModel = summaryOf(analyze(big, { today: TODAY }));
    const counts: number[] = [];
    for (const [grids, model] of [
      [sample, summaryOf(sampleAnalysis)],
      [big, bigModel],
    ] as [Grid[], SheetModel][]) {
      const { fake, host } = hostOnFake(grids, '1.17');
      await host.writeSheet(model);
      counts.push(fake.stats.syncs);
      fake.stats.reset();
      await host.writeSheet(model);
      counts.push(fake.stats.syncs);
      expect(fake.stats.maxRequestBytes).toBeLessThan(WRITE_BUDGET.bytes);
      expect(fake.flushedByRun).toBe(0);
    }
    expect(counts).toEqual([2, 3, 2, 3]);
  }, 60000);
});

describe('text written as values', () => {
  const texts = ['=SUM(A1:A3)', '+84 912 345 678', '-5', '- Khó khăn', '@nhóm', "'trích dẫn", '#N/A', '05', '22/02/2018', '1,5%', 'TRUE', 'false', '10:30', '1e5', '(1)', '3/4', 'Nov 2024', 'Chi bộ 5'];

  function model(): SheetModel {
    return {
      name: 'Thử',
      columnWidths: [20],
      rowHeights: {},
      cells: texts.map((t, i) => ({ row: i + 1, col: 1, value: t })).concat([
        { row: texts.length + 1, col: 1, value: 42 as unknown as string },
        { row: texts.length + 2, col: 1, value: true as unknown as string },
      ]),
      merges: [],
      names: [],
      print: { paper: 'A4', orientation: 'portrait', margins: { top: 10, bottom: 10, left: 10, right: 10, header: 5, footer: 5 }, fitToWidth: false },
      defaultFont: { name: 'Times New Roman', size: 12 },
    };
  }

  test.each(['1.1', '1.17'])('is stored as the text itself, never as a formula, number or date (ExcelApi %s)', async (v) => {
    const { fake, host } = hostOnFake([], v);
    await host.writeSheet(model());
    const stored = texts.map((t, i) => {
      const c = cell(fake, 'Thử', i + 1, 1)!;
      return [c.v, c.f];
    });
    expect(stored).toEqual(texts.map((t) => [t, undefined]));
    // Ordinary text goes in as typed, without the apostrophe that would show in the formula bar.
    expect(cell(fake, 'Thử', texts.indexOf('Chi bộ 5') + 1, 1)!.q).toBeUndefined();
    expect(cell(fake, 'Thử', texts.length + 1, 1)!.v).toBe(42);
    expect(cell(fake, 'Thử', texts.length + 2, 1)!.v).toBe(true);
  });
});

describe('a findings sheet of thousands of rows', () => {
  let big: Grid[];
  let findings: SheetModel;
  beforeAll(() => {
    big = bigRegister(10000);
    findings = buildFindingsSheet(analyze(big, { today: TODAY }).findings);
  });

  test('is written in batches under the budget, each giving the pane a turn', async () => {
    const { fake, host, yields } = hostOnFake(big, '1.17');
    const before = snapshot(fake, sheetNames(big));
    await host.writeSheet(findings);
    const batches = fake.stats.syncs - 1;
    expect(batches).toBeGreaterThan(1);
    // Three turns while planning the sheet (after its cells, values and formats), then one after every batch.
    expect(yields()).toBe(batches + 3);
    for (const r of fake.stats.records) expect(r.requestBytes).toBeLessThan(WRITE_BUDGET.bytes * 1.05);
    expect(fake.stats.failedSyncs).toBe(0);
    const filled = findings.cells.filter((c) => typeof c.value === 'string' && c.value !== '');
    const last = filled[filled.length - 1];
    expect(last.row).toBeGreaterThan(5000);
    expect(cell(fake, 'Kiểm tra dữ liệu', last.row, last.col)!.v).toBe(last.value);
    expect(snapshot(fake, sheetNames(big))).toEqual(before);
  });

  test('cancel between blocks stops with CancelledError and leaves the user sheets unchanged', async () => {
    const { fake, host } = hostOnFake(big, '1.17');
    const before = snapshot(fake, sheetNames(big));
    const token = { cancelled: false };
    const write = host.writeSheet(findings, undefined, () => (token.cancelled = true), token);
    await expect(write).rejects.toBeInstanceOf(CancelledError);
    expect(snapshot(fake, sheetNames(big))).toEqual(before);
  });
});

describe('ExcelApi 1.1 (Excel 2016 volume licence)', () => {
  test('everything still works, without merges, names, widths or page layout, and nothing throws', async () => {
    const { fake, host } = hostOnFake(sample, '1.1');
    expect(host.capabilities).toEqual({ dataValidation: false, namedRanges: false, pageLayout: false });
    const model = summaryOf(sampleAnalysis);
    expect(await host.writeSheet(model, { activate: true })).toEqual({ refreshed: false, keptUserText: 0 });
    expect(await host.writeSheet(model)).toEqual({ refreshed: true, keptUserText: 0 });
    await host.writeSheet(buildFindingsSheet(sampleAnalysis.findings));
    const sheet = fake.state.sheetByName(SUMMARY_SHEET_NAME)!;
    expect(sheet.merges).toEqual([]);
    expect(fake.state.names).toEqual([]);
    expect(sheet.columnWidths).toEqual({});
    expect(sheet.pageLayout.paperSize).toBe('Letter');
    const title = model.cells.filter((c) => c.value === 'BÁO CÁO')[0];
    expect(cell(fake, SUMMARY_SHEET_NAME, title.row, title.col)!.fmt!.bold).toBe(true);
    expect(await host.addDropdowns([{ sheet: 'Danh sách đảng viên', range: 'C8:C20', values: ['Nam', 'Nữ'], strict: true }])).toBe(0);
    await host.selectCell('Danh sách đảng viên', 'C12');
    expect(fake.stats.failedSyncs).toBe(0);
  });
});

describe('errors', () => {
  test('an Excel error becomes a Vietnamese HostError naming the sheet', async () => {
    const { host } = hostOnFake(sample, '1.17');
    const bad = Object.assign(summaryOf(sampleAnalysis), { name: 'Báo cáo: 2024' });
    const err = await host.writeSheet(bad).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toBe('Excel không chấp nhận địa chỉ hoặc giá trị khi ghi trang tính "Báo cáo: 2024".');
  });
});
