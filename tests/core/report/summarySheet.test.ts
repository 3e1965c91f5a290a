import { computeFigures, FIGURE_DEFS, Figures } from '../../../src/core/figures';
import { ModelCell, SheetModel } from '../../../src/core/report/sheetModel';
import { buildSummarySheet, SUMMARY_SHEET_NAME, USER_TEXT } from '../../../src/core/report/summarySheet';
import { context, d, dataset, unit } from '../figures/builders';
import { seedLikeDataset } from './seedLikeDataset';

const ctx = context(d(1, 1, 2018), d(31, 12, 2020), d(15, 3, 2021));

function build(): { model: SheetModel; figures: Figures } {
  const ds = seedLikeDataset();
  const { figures } = computeFigures(ds, ctx);
  return { model: buildSummarySheet({ dataset: ds, figures: figures, ctx: ctx }), figures: figures };
}

function texts(model: SheetModel): string[] {
  return model.cells.filter((c) => typeof c.value === 'string').map((c) => c.value as string);
}

function at(model: SheetModel, row: number, col: number): ModelCell | undefined {
  return model.cells.find((c) => c.row === row && c.col === col);
}

/** The row of the first cell whose text is exactly `text`. */
function rowOf(model: SheetModel, text: string): number {
  const c = model.cells.find((x) => x.value === text);
  if (!c) throw new Error('not found: ' + text);
  return c.row;
}

const OVERVIEW =
  'Ban chấp hành Đảng bộ nhiệm kỳ 2020-2025, có 05 đồng chí; Ủy ban kiểm tra có 03 đồng chí. ' +
  'Đảng bộ có 66 đảng viên, đạt tỷ lệ 71% so với tổng số 93 công chức, viên chức, người lao động. ' +
  'Trong đó, đảng viên nam có 46 đồng chí, đảng viên nữ có 20 đồng chí; ' +
  'đảng viên có trình độ cao cấp, cử nhân lý luận chính trị: 26 đồng chí (chiếm 39,4%); ' +
  'đảng viên có trình độ trung cấp lý luận chính trị: 17 đồng chí (chiếm 25,8%); ' +
  'đảng viên có trình độ Thạc sĩ trở lên: 23 đồng chí (chiếm 34,8%); ' +
  'đảng viên có trình độ đại học: 42 đồng chí (chiếm 63,6%); ' +
  'trung cấp và sơ cấp có 01 đồng chí (chiếm 1,5%).';

const MEETINGS =
  'Trong 03 năm từ 2018 đến năm 2020, các chi bộ trực thuộc đã tổ chức 144 buổi sinh hoạt thường kỳ và 48 buổi sinh hoạt chuyên đề. ' +
  '100% chi bộ trực thuộc duy trì sinh hoạt thường kỳ hằng tháng. ' +
  'Tỷ lệ đảng viên dự sinh hoạt đạt 93,8%; 87,5% buổi sinh hoạt có nghị quyết hoặc kết luận; ' +
  '83,3% buổi sinh hoạt đạt chất lượng theo Chỉ thị 10-CT/TW ngày 30/3/2007, Hướng dẫn 12-HD/BTCTW ngày 06/7/2018.';

const ADMISSIONS =
  'Trong 03 năm từ 2018 đến năm 2020 toàn Đảng bộ đã kết nạp được 06 đảng viên mới; ' +
  'không có đảng viên bị xóa tên sau khi hết thời gian dự bị.';

describe('summary sheet: the computed paragraphs', () => {
  const { model } = build();

  test('the overview reads like the seed report, with correct arithmetic', () => {
    expect(texts(model)).toContain(OVERVIEW);
    expect(texts(model)).toContain('Đảng bộ có 04 chi bộ trực thuộc.');
  });

  test('the meeting paragraph and the admissions sentence', () => {
    expect(texts(model)).toContain(MEETINGS);
    expect(texts(model)).toContain(ADMISSIONS);
  });

  test('the parts follow the seed order, the office text in named cells between them', () => {
    const part1 = rowOf(model, 'I. TÌNH HÌNH TRIỂN KHAI');
    const overview = rowOf(model, OVERVIEW);
    const part2 = rowOf(model, 'II. KẾT QUẢ THỰC HIỆN');
    const meetings = rowOf(model, MEETINGS);
    expect(part1).toBeLessThan(overview);
    expect(overview).toBeLessThan(part2);
    expect(part2).toBeLessThan(meetings);
    const names = model.names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(Object.keys(USER_TEXT).map((k) => (USER_TEXT as Record<string, string>)[k])));
    for (const n of model.names) {
      const cell = at(model, n.range.top, 1)!;
      expect(cell.role).toBe('userText');
      expect(cell.value).toBeNull();
      expect(cell.hint).toMatch(/^\(Nhập /);
    }
    const advantages = model.names.find((n) => n.name === USER_TEXT.advantages)!;
    expect(at(model, advantages.range.top, 1)!.hint).toBe('(Nhập nội dung thuận lợi của đơn vị)');
    expect(at(model, overview, 1)!.role).toBe('computed');
  });

  test('paragraph rows are tall enough for the wrapped text', () => {
    // 16 cm of 14 pt Times New Roman holds at most about 85 characters a line: the overview
    // (about 640 characters) needs at least 8 lines of at least 14 pt.
    const r = rowOf(model, OVERVIEW);
    expect(model.rowHeights[r]).toBeGreaterThanOrEqual(8 * 14);
    expect(model.merges).toContainEqual({ top: r, left: 1, bottom: r, right: 7 });
    expect(at(model, r, 1)!.style!.wrap).toBe(true);
  });
});

describe('summary sheet: header and page', () => {
  test('header block per Hướng dẫn 36-HD/VPTW', () => {
    const { model } = build();
    const a1 = at(model, 1, 1)!;
    expect(a1.value).toBe('ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH');
    expect(a1.style!.font).toMatchObject({ size: 14 });
    expect(a1.style!.font!.bold).toBeFalsy();
    expect(at(model, 2, 1)!.value).toBe('ĐẢNG ỦY SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(at(model, 2, 1)!.style!.font).toMatchObject({ size: 14, bold: true });
    expect(at(model, 3, 1)!.value).toBe('*');
    expect(at(model, 4, 1)!.value).toBe('Số      -BC/ĐU');
    const party = at(model, 1, 4)!;
    expect(party.value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party.style!.font).toMatchObject({ size: 15, bold: true, underline: true });
    expect(at(model, 3, 4)!.value).toBe('Vĩnh Phúc, ngày      tháng      năm 2021');
    expect(at(model, 3, 4)!.style!.font!.italic).toBe(true);
    const title = model.cells.find((c) => c.value === 'BÁO CÁO')!;
    expect(title.style).toMatchObject({ horizontal: 'center', font: { size: 16, bold: true } });
    const abstract = at(model, title.row + 1, 1)!;
    expect(abstract.value).toBe(
      'Sơ kết 3 năm thực hiện Nghị quyết 03-NQ/ĐUK, ngày 22/02/2018 của BCH Đảng bộ Khối các cơ quan tỉnh về nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Khối các cơ quan tỉnh',
    );
    expect(abstract.style!.font).toMatchObject({ size: 14, bold: true });
  });

  test('a report date and a document number fill the header', () => {
    const ds = seedLikeDataset();
    ds.unit.documentNumber = '15';
    const { figures } = computeFigures(ds, ctx);
    const model = buildSummarySheet({ dataset: ds, figures, ctx, options: { reportDate: d(5, 3, 2021) } });
    expect(at(model, 4, 1)!.value).toBe('Số 15-BC/ĐU');
    expect(at(model, 3, 4)!.value).toBe('Vĩnh Phúc, ngày 05 tháng 03 năm 2021');
  });

  test('A4 portrait in Times New Roman, a text block about 16 cm wide', () => {
    const { model } = build();
    expect(model.name).toBe(SUMMARY_SHEET_NAME);
    expect(model.print).toMatchObject({ paper: 'A4', orientation: 'portrait' });
    expect(model.defaultFont.name).toBe('Times New Roman');
    // Excel column of w characters (Calibri 11 Normal style) = 7w + 5 px; 96 px = 2,54 cm.
    const px = model.columnWidths.reduce((s, w) => s + Math.floor(7 * w + 5), 0);
    const cm = (px / 96) * 2.54;
    expect(cm).toBeGreaterThan(15.5);
    expect(cm).toBeLessThan(16.5);
    expect(210 - model.print.margins.left - model.print.margins.right).toBe(160);
  });
});

describe('summary sheet: percentage decimals', () => {
  test('two decimals on request, in the text and in the tables', () => {
    const ds = seedLikeDataset();
    const { figures } = computeFigures(ds, ctx);
    const model = buildSummarySheet({ dataset: ds, figures, ctx, options: { percentDecimals: 2 } });
    const overview = texts(model).find((t) => t.indexOf('Ban chấp hành') === 0)!;
    // 66/93 = 70,967…%; 26/66 = 39,393…%; 1/66 = 1,515…%
    expect(overview).toContain('đạt tỷ lệ 70,97% so với tổng số 93');
    expect(overview).toContain('26 đồng chí (chiếm 39,39%)');
    expect(overview).toContain('01 đồng chí (chiếm 1,52%)');
    const shares = model.cells.filter((c) => c.formula && /^IF\(/.test(c.formula));
    for (const c of shares) expect(c.style!.numFmt).toBe('0.00%');
  });
});

describe('summary sheet: absent figures', () => {
  const ctx2020 = context(d(1, 1, 2020), d(31, 12, 2020), d(15, 3, 2021));

  test('an absent figure is left out of its sentence, never printed as 0 or NaN', () => {
    const figures: Figures = { 'members.total': 10, 'members.male': 6, 'members.female': 4, 'admissions.total': 0, 'admissions.2020': 0 };
    const ds = dataset({ unit: unit({ partyName: 'Đảng bộ Cơ quan' }) });
    const model = buildSummarySheet({ dataset: ds, figures, ctx: ctx2020 });
    const all = texts(model);
    expect(all).toContain('Đảng bộ có 10 đảng viên. Trong đó, đảng viên nam có 06 đồng chí, đảng viên nữ có 04 đồng chí.');
    expect(all).toContain('Trong năm 2020 toàn Đảng bộ chưa kết nạp được đảng viên mới.');
    for (const t of all) {
      expect(t).not.toMatch(/NaN|undefined|Infinity|chiếm/);
      expect(t).not.toMatch(/Ban chấp hành|Ủy ban kiểm tra|chi bộ trực thuộc\.|buổi sinh hoạt/);
    }
    // The meeting heading is followed directly by the office's own text.
    const heading = rowOf(model, '2. Việc thực hiện chế độ sinh hoạt chi bộ');
    expect(at(model, heading + 1, 1)!.role).toBe('userText');
  });

  test('zero and one are worded naturally', () => {
    const figures: Figures = {
      'members.total': 12,
      'members.male': 12,
      'members.female': 0,
      'admissions.total': 1,
      'admissions.2020': 1,
      'probation.struckOff': 1,
    };
    const model = buildSummarySheet({ dataset: dataset({}), figures, ctx: ctx2020 });
    const all = texts(model);
    expect(all).toContain('Đảng bộ có 12 đảng viên. Trong đó, đảng viên nam có 12 đồng chí, không có đảng viên nữ.');
    expect(all).toContain(
      'Trong năm 2020 toàn Đảng bộ đã kết nạp được 01 đảng viên mới; có 01 đảng viên bị xóa tên sau khi hết thời gian dự bị.',
    );
  });
});

describe('summary sheet: appendix tables', () => {
  test('every percentage is a formula over the counts whose cached result equals the figure', () => {
    const { model, figures } = build();
    const byLabel: Record<string, string> = {};
    for (const def of FIGURE_DEFS) if (def.kind === 'count') byLabel[def.label] = def.id;
    const formulas = model.cells.filter((c) => c.formula && /^IF\(/.test(c.formula));
    expect(formulas.length).toBeGreaterThanOrEqual(20);
    for (const c of formulas) {
      const m = /^IF\(([A-Z]+)\$(\d+)=0,"",([A-Z]+)(\d+)\/([A-Z]+)\$(\d+)\)$/.exec(c.formula!);
      expect(m).not.toBeNull();
      const base = at(model, +m![2], 6)!.value as number;
      const num = at(model, +m![4], 6)!.value as number;
      expect(m![1]).toBe('F');
      expect(+m![4]).toBe(c.row);
      expect(c.result).toBeCloseTo(num / base, 12);
      const id = byLabel[at(model, c.row, 2)!.value as string];
      const shareId = id === 'members.total' ? 'members.shareOfStaff' : id + '.share';
      expect(c.result).toBe(figures[shareId]);
      expect(c.style!.numFmt).toBe('0.0%');
    }
  });

  test('the structure table holds the counts as values', () => {
    const { model } = build();
    const row = rowOf(model, 'Chuyên môn thạc sĩ trở lên');
    expect(at(model, row, 6)!.value).toBe(23);
    expect(at(model, rowOf(model, 'Tổng số đảng viên'), 6)!.value).toBe(66);
    expect(at(model, rowOf(model, 'Tổng số cán bộ, công chức, viên chức, người lao động'), 6)!.value).toBe(93);
  });

  test('meetings per chi bộ and admissions per year', () => {
    const { model } = build();
    const r = rowOf(model, 'Chi bộ Thanh tra');
    // members: 66 spread over 4 chi bộ by turn -> 17, 17, 16, 16; 36 regular, 12 thematic, no month missed
    expect([4, 5, 6, 7].map((c) => at(model, r, c)!.value)).toEqual([17, 36, 12, 0]);
    for (const y of [2018, 2019, 2020]) expect(at(model, rowOf(model, 'Năm ' + y), 6)!.value).toBe(2);
    const total = at(model, rowOf(model, 'Tổng cộng'), 6)!;
    expect(total.formula).toMatch(/^SUM\(F\d+:F\d+\)$/);
    expect(total.result).toBe(6);
  });
});

describe('summary sheet: no formula injection', () => {
  test('no text value starts with = + - @', () => {
    const ds = seedLikeDataset();
    ds.unit.place = '-Vĩnh Phúc';
    ds.unit.parentName = '+Đảng bộ tỉnh';
    ds.unit.documentTitle = '=HYPERLINK("http://x")';
    ds.members[0].cell = '@Chi bộ Lạ';
    const { figures } = computeFigures(ds, ctx);
    const model = buildSummarySheet({ dataset: ds, figures, ctx });
    for (const c of model.cells) {
      if (typeof c.value === 'string') expect(c.value).not.toMatch(/^[=+\-@]/);
      if (c.hint) expect(c.hint).not.toMatch(/^[=+\-@]/);
    }
    expect(at(model, 3, 4)!.value).toBe('\u2010Vĩnh Phúc, ngày      tháng      năm 2021');
  });
});
