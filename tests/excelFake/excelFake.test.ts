/**
 * The fake is strict where Excel is: these tests pin the behaviours the gateway's tests rely on.
 */
import { createFakeExcel, FakeOfficeError, WorkbookState } from './index';

function workbook(): WorkbookState {
  const state = new WorkbookState();
  const s = state.addSheet('Danh sách');
  s.ensure(1, 1).v = 'Họ và tên';
  s.ensure(2, 1).v = 'Nguyễn Văn An';
  state.addSheet('Sổ sinh hoạt');
  return state;
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    if (typeof p === 'function') p();
    else await p;
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : 'not an Office error: ' + String(e);
  }
  return 'no error';
}

describe('loading', () => {
  test('a property is readable only after load and sync', async () => {
    const fake = createFakeExcel({ state: workbook() });
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Danh sách').getRange('A1:A2');
      expect(await codeOf(() => range.values)).toBe('PropertyNotLoaded');
      range.load('values');
      expect(await codeOf(() => range.values)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(range.values).toEqual([['Họ và tên'], ['Nguyễn Văn An']]);
      expect(await codeOf(() => range.address)).toBe('PropertyNotLoaded');
    });
  });

  test('a missing sheet fails at sync with ItemNotFound; the OrNullObject form reports a null object', async () => {
    const fake = createFakeExcel({ state: workbook() });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Không có').load('name');
      expect(await codeOf(ctx.sync())).toBe('ItemNotFound');
      const maybe = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      expect(await codeOf(() => maybe.isNullObject)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(maybe.isNullObject).toBe(true);
    });
  });

  test('objects die with their Excel.run', async () => {
    const fake = createFakeExcel({ state: workbook() });
    const sheet = await fake.Excel.run(async (ctx) => ctx.workbook.worksheets.getItem('Danh sách'));
    expect(await codeOf(() => sheet.getRange('A1').load('values'))).toBe('InvalidObjectPath');
  });
});

describe('writing', () => {
  test('writes reach the workbook only at sync, in order with the loads queued after them', async () => {
    const fake = createFakeExcel({ state: workbook() });
    await fake.Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('Danh sách').getRange('A2').load('values');
      await ctx.sync();
      cell.values = [['Trần Thị Bình']];
      expect(fake.state.sheetByName('Danh sách')!.cell(2, 1)!.v).toBe('Nguyễn Văn An');
      expect(cell.values).toEqual([['Nguyễn Văn An']]);
      const after = ctx.workbook.worksheets.getItem('Danh sách').getRange('A2').load('values');
      await ctx.sync();
      expect(after.values).toEqual([['Trần Thị Bình']]);
      expect(fake.state.sheetByName('Danh sách')!.cell(2, 1)!.v).toBe('Trần Thị Bình');
    });
  });

  test('written strings are read like typed text unless they start with an apostrophe', async () => {
    const fake = createFakeExcel({ state: workbook() });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sổ sinh hoạt').getRange('A1:F1').values = [['=1+2', "'=1+2", '05', '22/02/2018', '- Thuận lợi', 'TRUE']];
      await ctx.sync();
    });
    const s = fake.state.sheetByName('Sổ sinh hoạt')!;
    expect(s.cell(1, 1)!.f).toBe('=1+2');
    expect([s.cell(1, 2)!.v, s.cell(1, 2)!.f]).toEqual(['=1+2', undefined]);
    expect(s.cell(1, 3)!.v).toBe(5);
    expect([s.cell(1, 4)!.v, s.cell(1, 4)!.nf]).toEqual([43153, 'm/d/yyyy']);
    expect(s.cell(1, 5)!.f).toBe('=- Thuận lợi');
    expect(s.cell(1, 6)!.v).toBe(true);
  });

  test('an array of the wrong shape is refused', async () => {
    const fake = createFakeExcel({ state: workbook() });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sổ sinh hoạt').getRange('A1:B2').values = [['a', 'b']];
      expect(await codeOf(ctx.sync())).toBe('InvalidArgument');
    });
  });

  test('a range can be selected only on the active sheet', async () => {
    const fake = createFakeExcel({ state: workbook() });
    await fake.Excel.run(async (ctx) => {
      const other = ctx.workbook.worksheets.getItem('Sổ sinh hoạt');
      other.getRange('B3').select();
      expect(await codeOf(ctx.sync())).toBe('InvalidSelection');
      other.activate();
      other.getRange('B3').select();
      await ctx.sync();
    });
    expect(fake.state.selection!.rect).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
  });
});

describe('requirement sets', () => {
  test('members above the host’s ExcelApi version throw ApiNotFound', async () => {
    const fake = createFakeExcel({ apiVersion: '1.1', state: workbook() });
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.1')).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.2')).toBe(false);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Danh sách');
      const range = ws.getRange('A1:B2');
      expect(await codeOf(() => ctx.workbook.worksheets.getItemOrNullObject('x'))).toBe('ApiNotFound');
      expect(await codeOf(() => ws.getUsedRange(true))).toBe('ApiNotFound');
      expect(await codeOf(() => ws.getRangeByIndexes(0, 0, 1, 1))).toBe('ApiNotFound');
      expect(await codeOf(() => range.merge())).toBe('ApiNotFound');
      expect(await codeOf(() => range.format.load('columnWidth'))).toBe('ApiNotFound');
      expect(await codeOf(() => ctx.workbook.names.add('NoiDung_A', range))).toBe('ApiNotFound');
      expect(await codeOf(() => range.dataValidation)).toBe('ApiNotFound');
      expect(await codeOf(() => ws.pageLayout)).toBe('ApiNotFound');
      expect(await codeOf(() => range.getMergedAreasOrNullObject())).toBe('ApiNotFound');
    });
  });
});

describe('payload limits of Excel on the web', () => {
  test('a request over 5 MB is refused whole and counted as a failed sync', async () => {
    const fake = createFakeExcel({ state: workbook() });
    const long = new Array(3001).join('x');
    const rows: string[][] = [];
    for (let i = 0; i < 2000; i++) rows.push([long]);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sổ sinh hoạt').getRange('A1:A2000').values = rows;
      expect(await codeOf(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    });
    expect(fake.state.sheetByName('Sổ sinh hoạt')!.usedRect(false)).toBeNull();
    expect(fake.stats.failedSyncs).toBe(1);
    expect(fake.stats.records[0].requestBytes).toBeGreaterThan(5000000);
  });

  test('a read of more than 5,000,000 cells is refused', async () => {
    const fake = createFakeExcel({ state: workbook() });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Danh sách').getRange('A1:E1000001').load('numberFormat');
      expect(await codeOf(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    });
  });

  test('each sync is measured', async () => {
    const fake = createFakeExcel({ state: workbook() });
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Danh sách').getRange('A1:A2').load('values');
      await ctx.sync();
    });
    expect(fake.stats.syncs).toBe(1);
    // {"values":[["Họ và tên"],["Nguyễn Văn An"]]} plus the envelope: Vietnamese letters count 2 or 3 bytes.
    expect(fake.stats.records[0].responseBytes).toBeGreaterThan(JSON.stringify({ values: [['Họ và tên'], ['Nguyễn Văn An']] }).length);
    expect(fake.stats.records[0].cells).toBe(2);
  });
});
