/**
 * Reading registers through the Office.js gateway: the same findings and figures as the CLI's path,
 * syncs = 1 + one per row block, every request and response far below Excel on the web's limits.
 */
import { analyze } from '../../src/core/analyze';
import { readRegisters } from '../../src/core/registers';
import { DEFAULT_FORMAT } from '../excelFake/cellFormat';
import { Grid, gridOf } from '../../src/core/grid';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { READ_BUDGET } from '../../src/hosts/excel/readBlocks';
import { CancelledError, HostError } from '../../src/hosts/workbookHost';
import { bigRegister, BIG_MEMBER_SHEET } from './bigRegister';
import { hostOnFake, snapshot } from './hostFixtures';
import { analyzeThroughXlsx, outcome, TODAY } from './workbookFixtures';

const FIVE_MB = 5000000;

function names(grids: Grid[]): string[] {
  return grids.map((g) => g.sheet);
}

/** A sheet of `rows` x `cols` cells, every one holding `text`. */
function uniformSheet(name: string, rows: number, cols: number, text: string): Grid {
  const out: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: string[] = [];
    for (let j = 0; j < cols; j++) row.push(text);
    out.push(row);
  }
  return gridOf(name, out);
}

/** JSON bytes of a block of `n` rows like `row`, as UTF-8. */
function blockBytes(row: unknown[], n: number): number {
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) rows.push(row);
  return Buffer.byteLength(JSON.stringify(rows), 'utf8');
}

/**
 * The block rule, worked out independently for a uniform sheet without dates: the first block has
 * floor(1 MB / (columns x 200 B)) rows and carries values and number formats ("General"); later blocks
 * have floor(1 MB / bytes per row of the first block) rows.
 */
function expectedBlocks(rows: number, cols: number, text: string): number {
  const first = Math.min(rows, Math.floor(READ_BUDGET.bytes / (cols * READ_BUDGET.firstCellBytes)));
  const values: string[] = [];
  const formats: string[] = [];
  for (let j = 0; j < cols; j++) {
    values.push(text);
    formats.push('General');
  }
  const perRow = (blockBytes(values, first) + blockBytes(formats, first)) / first;
  const later = Math.min(Math.floor(READ_BUDGET.bytes / perRow), Math.floor(READ_BUDGET.cells / cols));
  return 1 + Math.ceil((rows - first) / later);
}

describe('a register of 10,000 members', () => {
  const grids = bigRegister(10000);

  test('gives the same findings and figures through Excel as through the .xlsx file', async () => {
    const { fake, host } = hostOnFake(grids, '1.17');
    const read = await host.readGrids(names(grids));
    const viaExcel = outcome(analyze(read.grids, { date1904: read.date1904, today: TODAY }));
    const viaFile = outcome(await analyzeThroughXlsx(grids));
    expect(viaExcel.figures['members.total']).toBeGreaterThan(9000);
    expect(viaExcel.findings.length).toBeGreaterThan(1000);
    expect(viaExcel).toEqual(viaFile);
    expect(fake.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
    expect(fake.stats.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(fake.stats.maxCells).toBeLessThan(READ_BUDGET.cells);
    expect(fake.stats.failedSyncs).toBe(0);
  }, 120000);

  test('reads in a few measured blocks, each under the 1 MB budget after the first, with progress and pauses', async () => {
    const { fake, host, yields } = hostOnFake(grids, '1.1');
    const seen: number[] = [];
    await host.readGrids([BIG_MEMBER_SHEET], (done, total) => seen.push(done / total));
    const blocks = fake.stats.syncs - 1;
    // 10,007 rows of 20 columns: 250 rows first, then about 2,100 per block.
    expect(blocks).toBeGreaterThanOrEqual(5);
    expect(blocks).toBeLessThanOrEqual(7);
    for (let i = 2; i < fake.stats.records.length; i++) expect(fake.stats.records[i].responseBytes).toBeLessThan(READ_BUDGET.bytes);
    expect(seen.length).toBe(blocks);
    expect(seen[seen.length - 1]).toBe(1);
    expect(yields()).toBe(blocks);
  });
});

describe('sync count', () => {
  test('is 1 + the blocks of every sheet, the blocks following the rule', async () => {
    const sheets = [uniformSheet('Một', 30000, 12, 'Đảng viên'), uniformSheet('Hai', 40, 5, 'x')];
    const { fake, host } = hostOnFake(sheets, '1.17');
    await host.readGrids(['Một', 'Hai']);
    expect(fake.stats.syncs).toBe(1 + expectedBlocks(30000, 12, 'Đảng viên') + expectedBlocks(40, 5, 'x'));
    expect(fake.stats.syncs).toBeGreaterThan(3);
  });

  test('for a wide sheet of long text the byte budget, not the cell count, sizes the blocks', async () => {
    const text = 'Tham gia cấp ủy nhiệm kỳ 2020-2025, được tặng Huy hiệu 30 năm tuổi Đảng, hoàn thành bồi dưỡng lý luận chính trị. '.repeat(3);
    const wide = uniformSheet('Rộng', 300, 200, text);
    const { fake, host } = hostOnFake([wide], '1.17');
    const read = await host.readGrids(['Rộng']);
    expect(read.grids[0].rows.length).toBe(300);
    expect(read.grids[0].rows[299][199]).toBe(text);
    expect(fake.stats.syncs).toBe(1 + expectedBlocks(300, 200, text));
    expect(fake.stats.failedSyncs).toBe(0);
    expect(fake.stats.maxResponseBytes).toBeLessThan(FIVE_MB);
    // Blocks of a dozen rows: 2,400 cells, far from the cell budget; the bytes decide.
    for (let i = 2; i < fake.stats.records.length; i++) {
      expect(fake.stats.records[i].cells).toBeLessThan(READ_BUDGET.cells / 100);
      expect(fake.stats.records[i].responseBytes).toBeLessThan(READ_BUDGET.bytes * 1.01);
    }
  });

  test('a cell budget caps blocks of tiny values', async () => {
    const narrow = uniformSheet('Hẹp', 1000, 5, '1');
    const { fake, host } = hostOnFake([narrow], '1.17', { readBudget: { bytes: 1000000, cells: 1000, firstCellBytes: 200 } });
    await host.readGrids(['Hẹp']);
    // 1,000 cells / 5 columns = 200 rows a block.
    expect(fake.stats.syncs).toBe(1 + 5);
  });

  test('a block Excel refuses as too large is read again in halves', async () => {
    const huge = uniformSheet('Dài', 400, 20, 'Nội dung rất dài. '.repeat(150));
    const { fake, host } = hostOnFake([huge], '1.17');
    const read = await host.readGrids(['Dài']);
    expect(read.grids[0].rows.length).toBe(400);
    expect(fake.stats.failedSyncs).toBeGreaterThan(0);
    for (let i = 0; i < fake.stats.records.length; i++) {
      if (fake.stats.records[i].failed === null) expect(fake.stats.records[i].responseBytes).toBeLessThan(FIVE_MB);
    }
  });
});

describe('what the grids carry', () => {
  test('date cells are told from numbers, also in blocks after the first', async () => {
    const grids = bigRegister(3000);
    const { host } = hostOnFake(grids, '1.17', { readBudget: { bytes: 100000, cells: 500000, firstCellBytes: 200 } });
    const read = await host.readGrids([BIG_MEMBER_SHEET]);
    const expected = grids[1].dateCells!;
    const got = read.grids[0].dateCells!;
    expect(got.size).toBe(expected.size);
    expected.forEach((k) => expect(got.has(k)).toBe(true));
  });

  test('merged areas come from ExcelApi 1.13; below, none are reported and the header is still read', async () => {
    const grids = sampleGrids();
    const modern = await hostOnFake(grids, '1.13').host.readGrids(names(grids));
    expect(modern.grids[1].merges).toEqual(grids[1].merges);
    const old = hostOnFake(grids, '1.1');
    const legacy = await old.host.readGrids(names(grids));
    expect(legacy.grids[1].merges).toBeUndefined();
    expect(outcome(analyze(legacy.grids, { today: TODAY }))).toEqual(outcome(analyze(modern.grids, { today: TODAY })));
  });

  test('a workbook counting dates from 1904 is recognised from ExcelApi 1.2; on 1.1 1900 is assumed', async () => {
    const a = hostOnFake([gridOf('A', [[1]])], '1.2');
    a.fake.state.date1904 = true;
    expect((await a.host.readGrids(['A'])).date1904).toBe(true);
    const b = hostOnFake([gridOf('A', [[1]])], '1.1');
    b.fake.state.date1904 = true;
    expect((await b.host.readGrids(['A'])).date1904).toBe(false);
  });

  test('a used range that starts away from A1 keeps its origin', async () => {
    const g: Grid = { sheet: 'Lệch', rows: [['Họ và tên', 'Ngày sinh'], ['An', 30000]], originRow: 4, originCol: 3 };
    const read = await hostOnFake([g], '1.2').host.readGrids(['Lệch']);
    expect(read.grids[0]).toMatchObject({ originRow: 4, originCol: 3, rows: [['Họ và tên', 'Ngày sinh'], ['An', 30000]] });
  });
});

describe('hidden rows', () => {
  test('rows hidden in Excel are read, counted and reported; only blocks holding some pay one more sync', async () => {
    const grids = sampleGrids();
    const members = grids.filter((g) => g.sheet === 'Danh sách đảng viên')[0];
    const plain = hostOnFake(grids, '1.17');
    await plain.host.readGrids(names(grids));
    const { fake, host } = hostOnFake(grids, '1.17');
    // The office hid three member rows (say, two who moved away and one filtered out).
    fake.state.sheetByName(members.sheet)!.hiddenRows = [20, 21, 40];
    const read = await host.readGrids(names(grids));
    // One block per sheet here: the member block has hidden rows, so one sync more than without.
    expect(fake.stats.syncs).toBe(plain.fake.stats.syncs + 1);
    const got = read.grids.filter((g) => g.sheet === members.sheet)[0];
    expect(Array.from(got.hiddenRows || []).sort((a, b) => a - b)).toEqual([20, 21, 40]);
    const a = analyze(read.grids, { date1904: read.date1904, today: TODAY });
    const counted = a.findings.filter((f) => f.code === 'hidden-rows-counted');
    expect(counted.map((f) => f.message)).toEqual([
      'Trang "Danh sách đảng viên" có 3 dòng dữ liệu đang bị ẩn, từ dòng 20; các dòng này vẫn được tính vào số liệu.',
    ]);
    // Hidden members still count: the figures are those of the whole list.
    expect(a.figures).toEqual(analyze(grids, { today: TODAY }).figures);
  });

  test('rows hidden by an active filter are reported as such (ExcelApi 1.9)', async () => {
    const grids = sampleGrids();
    const { fake, host } = hostOnFake(grids, '1.9');
    const sheet = fake.state.sheetByName('Danh sách đảng viên')!;
    sheet.hiddenRows = [30, 31];
    sheet.autoFilter = { top: 6, left: 1, bottom: 77, right: 15 };
    const read = await host.readGrids(names(grids));
    expect(read.grids.filter((g) => g.sheet === sheet.name)[0].autoFilter).toEqual({ top: 6, left: 1, bottom: 77, right: 15 });
    expect(read.grids.filter((g) => g.sheet !== sheet.name).every((g) => !g.autoFilter)).toBe(true);
    const a = analyze(read.grids, { date1904: read.date1904, today: TODAY });
    expect(a.findings.filter((f) => f.code === 'hidden-rows-counted').map((f) => f.message)).toEqual([
      'Trang "Danh sách đảng viên" có 2 dòng dữ liệu đang bị ẩn (trang đang bật bộ lọc), từ dòng 30; các dòng này vẫn được tính vào số liệu.',
    ]);
  });

  test('on ExcelApi 1.1 hidden rows cannot be known: nothing is reported and nothing throws', async () => {
    const grids = sampleGrids();
    const { fake, host } = hostOnFake(grids, '1.1');
    fake.state.sheetByName('Danh sách đảng viên')!.hiddenRows = [20];
    const read = await host.readGrids(names(grids));
    expect(read.grids.every((g) => !g.hiddenRows)).toBe(true);
  });
});

describe('a register typed in .VnTime', () => {
  // TCVN3 bytes as Excel shows them in a Unicode font: "Họ và tên", "Giới tính", "Chi bộ", "Nữ", names.
  const rows = [
    ['STT', 'H\u00e4 v\u00b5 t\u00aan', 'Gi\u00edi t\u00ddnh', 'Ng\u00b5y sinh', 'Ng\u00b5y v\u00b5o \u00a7\u00b6ng', 'Chi b\u00e9'],
    [1, 'Nguy\u00d4n V\u00a8n H\u00efng', 'Nam', '05/03/1975', '01/02/2008', 'Chi b\u00e9'],
    [2, 'Tr\u00c7n Th\u00de Thu H\u00ad\u00acng', 'N\u00f7', '12/11/1982', '19/05/2008', 'Chi b\u00e9'],
  ];

  function vnTimeHost(version: string, font: string) {
    const b = hostOnFake([gridOf('DS', rows)], version);
    const sheet = b.fake.state.sheetByName('DS')!;
    // The whole sheet is set in the font, as offices did: blank cells too.
    for (let r = 1; r <= rows.length; r++) for (let c = 1; c <= 6; c++) sheet.ensure(r, c).fmt = Object.assign({}, DEFAULT_FORMAT, { fontName: font });
    return b;
  }

  test.each(['1.1', '1.17'])('the column fonts reach core, so even "Chi bé" is read as "Chi bộ" (ExcelApi %s)', async (version) => {
    const b = vnTimeHost(version, '.VnTime');
    const plainSyncs = hostOnFake([gridOf('DS', rows)], version);
    await plainSyncs.host.readGrids(['DS']);
    const read = await b.host.readGrids(['DS']);
    // Asked in the same syncs as the values.
    expect(b.fake.stats.syncs).toBe(plainSyncs.fake.stats.syncs);
    // Text cells carry the column's font; numbers do not need one.
    expect(read.grids[0].fonts!.get('1:2')).toBe('.VnTime');
    expect(read.grids[0].fonts!.get('3:6')).toBe('.VnTime');
    expect(read.grids[0].fonts!.has('2:1')).toBe(false);
    const res = readRegisters(read.grids, { today: TODAY });
    expect(res.dataset.members.map((m) => [m.name, m.gender, m.cell])).toEqual([
      ['Nguyễn Văn Hùng', 'male', 'Chi bộ'],
      ['Trần Thị Thu Hương', 'female', 'Chi bộ'],
    ]);
    const legacy = res.findings.filter((f) => f.code === 'legacy-encoded-text');
    expect(legacy.filter((f) => f.value === 'Chi b\u00e9').map((f) => f.suggestion)).toEqual(['Chi bộ', 'Chi bộ', 'Chi bộ']);
  });

  test('in a Unicode font the same bytes are not given a font: core judges them by statistics alone', async () => {
    const read = await vnTimeHost('1.17', 'Times New Roman').host.readGrids(['DS']);
    expect(read.grids[0].fonts).toBeUndefined();
  });
});

describe('stopping and failing', () => {
  test('cancel between blocks stops with CancelledError and changes no sheet', async () => {
    const grids = bigRegister(3000);
    const { fake, host } = hostOnFake(grids, '1.17');
    const before = snapshot(fake, names(grids));
    const token = { cancelled: false };
    const read = host.readGrids(names(grids), () => (token.cancelled = true), token);
    await expect(read).rejects.toBeInstanceOf(CancelledError);
    expect(fake.stats.syncs).toBe(2);
    expect(snapshot(fake, names(grids))).toEqual(before);
  });

  test('a sheet that is not there is named in a Vietnamese message', async () => {
    const { host } = hostOnFake(sampleGrids(), '1.1');
    const err = await host.readGrids(['Danh sách đảng viên', 'Sổ cũ']).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toBe('Không tìm thấy trang tính "Sổ cũ" trong sổ đang mở. Có thể trang đã được đổi tên hoặc bị xóa.');
  });

  test('an Excel error while reading names the sheet and the range, without a stack trace', async () => {
    // One row of 200 cells of 30,000 characters is more than Excel on the web sends in a response.
    const { host } = hostOnFake([uniformSheet('Ghi chú dài', 1, 200, 'ố'.repeat(30000))], '1.17');
    const err = await host.readGrids(['Ghi chú dài']).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toBe(
      'Dữ liệu của trang tính "Ghi chú dài" (vùng A1:GR1) quá lớn để Excel truyền trong một lần. Hãy bỏ bớt những ô có nội dung rất dài rồi thử lại.',
    );
  });
});
