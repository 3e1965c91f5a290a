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
  'Đảng bộ Sở Khoa học và Công nghệ là Đảng bộ cơ sở trực thuộc Đảng bộ Khối các cơ quan tỉnh. ' +
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
  '100% chi bộ trực thuộc sinh hoạt chuyên đề hằng quý. ' +
  'Tỷ lệ đảng viên dự sinh hoạt đạt 93,8%; 87,5% buổi sinh hoạt có nghị quyết hoặc kết luận; ' +
  // The log has the column for a superior's attendance and no meeting marks it.
  'chưa có buổi sinh hoạt nào có cấp ủy cấp trên dự; ' +
  '83,3% buổi sinh hoạt đạt chất lượng theo Chỉ thị 10-CT/TW ngày 30/3/2007, Hướng dẫn 12-HD/BTCTW ngày 06/7/2018.';

const CLOSING =
  'Trên đây là Báo cáo sơ kết 3 năm thực hiện Nghị quyết 03-NQ/ĐUK, ngày 22/02/2018 của BCH Đảng bộ Khối các cơ quan tỉnh ' +
  'về nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Khối các cơ quan tỉnh của Đảng ủy Sở Khoa học và Công nghệ, trân trọng báo cáo.';

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
    const order = [
      'I. TÌNH HÌNH TRIỂN KHAI',
      OVERVIEW,
      '2.1. Thuận lợi',
      '2.2. Khó khăn',
      'II. KẾT QUẢ THỰC HIỆN',
      '1. Tình hình quán triệt, triển khai',
      MEETINGS,
      ADMISSIONS,
      '4. Những sáng tạo, đổi mới khi thực hiện',
      'III. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Hạn chế, khuyết điểm',
      '3. Nguyên nhân ưu điểm và hạn chế, khuyết điểm',
      '4. Những kiến nghị, đề xuất',
      CLOSING,
      'Nơi nhận:',
      'PHỤ LỤC SỐ LIỆU',
    ];
    const rows = order.map((t) => rowOf(model, t));
    for (let i = 1; i < rows.length; i++) expect([order[i], rows[i]]).toEqual([order[i], expect.any(Number)]);
    expect(rows.slice().sort((a, b) => a - b)).toEqual(rows);
    const names = model.names.map((n) => n.name);
    expect(names.sort()).toEqual(Object.keys(USER_TEXT).map((k) => (USER_TEXT as Record<string, string>)[k]).sort());
    for (const n of model.names) {
      expect(n.name).toMatch(/^NoiDung_/);
      const cell = at(model, n.range.top, 1)!;
      expect(cell.role).toBe('userText');
      if (n.name === USER_TEXT.recipients) continue;
      expect(cell.value).toBeNull();
      expect(cell.hint).toMatch(/^\(Nhập /);
      expect(n.range).toEqual({ top: cell.row, left: 1, bottom: cell.row, right: 8 });
    }
    const advantages = model.names.find((n) => n.name === USER_TEXT.advantages)!;
    expect(at(model, advantages.range.top, 1)!.hint).toBe('(Nhập nội dung thuận lợi của đơn vị)');
    expect(at(model, rowOf(model, OVERVIEW), 1)!.role).toBe('computed');
  });

  test('paragraph rows are as tall as their wrapped lines, no more', () => {
    // 16,5 cm of 14 pt Times New Roman holds about 80 characters of this text a line: the overview
    // (681 characters) takes 8 or 9 lines of 15,75 pt (21 px) each, plus a few points of padding.
    const r = rowOf(model, OVERVIEW);
    expect(OVERVIEW.length).toBe(681);
    expect(model.rowHeights[r]).toBeGreaterThanOrEqual(8 * 15.75);
    expect(model.rowHeights[r]).toBeLessThanOrEqual(9 * 15.75 + 6);
    expect(model.merges).toContainEqual({ top: r, left: 1, bottom: r, right: 8 });
    expect(at(model, r, 1)!.style!.wrap).toBe(true);
    // A one-line sentence gets one line.
    expect(model.rowHeights[rowOf(model, 'Đảng bộ có 04 chi bộ trực thuộc.')]).toBeLessThanOrEqual(15.75 + 6);
  });
});

describe('summary sheet: header and page', () => {
  test('header block per Hướng dẫn 36-HD/VPTW', () => {
    const { model } = build();
    const a1 = at(model, 1, 1)!;
    expect(a1.value).toBe('ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH');
    expect(a1.style!.font).toMatchObject({ size: 14 });
    expect(a1.style!.font!.bold).toBeFalsy();
    // Too long for one line of the left part: two lines, the longer on top.
    expect(at(model, 2, 1)!.value).toBe('ĐẢNG ỦY SỞ KHOA HỌC\nVÀ CÔNG NGHỆ');
    expect(at(model, 2, 1)!.style!.font).toMatchObject({ size: 14, bold: true });
    expect(model.rowHeights[2]).toBeGreaterThanOrEqual(2 * 15.75);
    expect(at(model, 3, 1)!.value).toBe('*');
    expect(at(model, 4, 1)!.value).toBe('Số      -BC/ĐU');
    const party = at(model, 1, 5)!;
    expect(party.value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party.style!.font).toMatchObject({ size: 15, bold: true, underline: true });
    // The parent body fits one line and is written unwrapped, so no screen can break it in two.
    expect(a1.style!.wrap).toBe(false);
    expect(model.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 4 });
    expect(model.merges).toContainEqual({ top: 1, left: 5, bottom: 1, right: 8 });
    // The place and date, level with the number.
    expect(at(model, 4, 4)!.value).toBe('Vĩnh Phúc, ngày      tháng      năm 2021');
    expect(at(model, 4, 4)!.style!.font!.italic).toBe(true);
    expect(model.merges).toContainEqual({ top: 4, left: 4, bottom: 4, right: 8 });
    const title = model.cells.find((c) => c.value === 'BÁO CÁO')!;
    expect(title.style).toMatchObject({ horizontal: 'center', font: { size: 16, bold: true } });
    const abstract = at(model, title.row + 1, 1)!;
    expect(abstract.value).toBe(
      'Sơ kết 3 năm thực hiện Nghị quyết 03-NQ/ĐUK, ngày 22/02/2018 của BCH Đảng bộ Khối các cơ quan tỉnh về nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Khối các cơ quan tỉnh',
    );
    expect(abstract.style!.font).toMatchObject({ size: 14, bold: true });
    expect(at(model, title.row + 2, 1)!.value).toBe('\u2010\u2010\u2010\u2010\u2010');
  });

  test('closing, recipients and the signature block', () => {
    const { model } = build();
    const r = rowOf(model, 'Nơi nhận:');
    expect(at(model, r, 1)!.style!.font).toMatchObject({ size: 14, underline: true });
    expect(at(model, r, 5)!.value).toBe('T/M ĐẢNG ỦY');
    expect(at(model, r + 1, 5)!.value).toBe('BÍ THƯ');
    expect(at(model, r + 1, 5)!.style!.font).toMatchObject({ size: 14, bold: true });
    const recipients = model.names.find((n) => n.name === USER_TEXT.recipients)!;
    expect(recipients.range).toEqual({ top: r + 1, left: 1, bottom: r + 3, right: 4 });
    const list = at(model, r + 1, 1)!;
    expect(list.role).toBe('userText');
    expect(list.value).toBe('\u2010 Đảng bộ Khối các cơ quan tỉnh (b/c);\n- Các chi bộ trực thuộc (t/h);\n- Lưu: VT, ĐU.');
    expect(list.style!.font).toMatchObject({ size: 12 });
    // Room for the signature between "BÍ THƯ" and the name.
    expect(model.rowHeights[r + 2]).toBeGreaterThanOrEqual(50);
    expect(rowOf(model, CLOSING)).toBeLessThan(r);
  });

  test('the signer named in the unit info signs; a chi bộ signs as itself', () => {
    const ds = seedLikeDataset();
    ds.unit.signer = 'Nguyễn Văn Bình';
    ds.unit.partyName = 'Chi bộ Trường Tiểu học Kim Đồng';
    const { figures } = computeFigures(ds, ctx);
    const model = buildSummarySheet({ dataset: ds, figures, ctx });
    const r = rowOf(model, 'Nơi nhận:');
    expect(at(model, r, 5)!.value).toBe('T/M CHI BỘ');
    expect(at(model, r + 3, 5)!.value).toBe('Nguyễn Văn Bình');
    expect(at(model, r + 1, 1)!.value).toBe('\u2010 Đảng bộ Khối các cơ quan tỉnh (b/c);\n- Lưu: Chi bộ.');
    expect((at(model, 2, 1)!.value as string).replace('\n', ' ')).toBe('CHI BỘ TRƯỜNG TIỂU HỌC KIM ĐỒNG');
    expect(at(model, 4, 1)!.value).toBe('Số      -BC/CB');
  });

  test('the appendix starts a printed page of its own', () => {
    const { model } = build();
    expect(model.pageBreaksBefore![0]).toBe(rowOf(model, 'PHỤ LỤC SỐ LIỆU'));
    // A table that would run past the foot of the page (257 mm = 728,5 pt of text) starts the next one.
    const breaks = model.pageBreaksBefore!;
    const tableTitles = ['1. Cơ cấu đảng viên', '2. Sinh hoạt theo từng chi bộ', '3. Kết nạp đảng viên theo năm'].map((t) => rowOf(model, t));
    const end = Math.max(...model.cells.map((c) => c.row));
    for (let i = 0; i < breaks.length; i++) {
      if (i > 0) expect(tableTitles).toContain(breaks[i]);
      const next = i + 1 < breaks.length ? breaks[i + 1] - 1 : end;
      let h = 0;
      for (let r = breaks[i]; r <= next; r++) h += model.rowHeights[r] || 15;
      expect(h).toBeLessThanOrEqual(728.5);
    }
    expect(at(model, rowOf(model, 'PHỤ LỤC SỐ LIỆU') + 1, 1)!.value).toBe(
      '(Kèm theo Báo cáo số      -BC/ĐU của Đảng ủy Sở Khoa học và Công nghệ)',
    );
  });

  test('a report date and a document number fill the header', () => {
    const ds = seedLikeDataset();
    ds.unit.documentNumber = '15';
    const { figures } = computeFigures(ds, ctx);
    const model = buildSummarySheet({ dataset: ds, figures, ctx, options: { reportDate: d(5, 3, 2021) } });
    expect(at(model, 4, 1)!.value).toBe('Số 15-BC/ĐU');
    expect(at(model, 4, 4)!.value).toBe('Vĩnh Phúc, ngày 05 tháng 03 năm 2021');
  });

  test('A4 portrait in Times New Roman, party-document margins, the columns fill the 16,5 cm text block', () => {
    const { model } = build();
    expect(model.name).toBe(SUMMARY_SHEET_NAME);
    expect(model.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true, pageNumbersFromPage2: true });
    expect(model.defaultFont.name).toBe('Times New Roman');
    const m = model.print.margins;
    expect([m.top >= 20 && m.top <= 25, m.bottom >= 20 && m.bottom <= 25, m.left >= 30 && m.left <= 35, m.right >= 15 && m.right <= 20]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // Excel column of w characters (Calibri 11 Normal style) = 7w + 5 px; 96 px = 2,54 cm.
    const px = model.columnWidths.reduce((s, w) => s + Math.floor(7 * w + 5), 0);
    const cm = (px / 96) * 2.54;
    const block = (210 - m.left - m.right) / 10;
    expect(cm).toBeLessThanOrEqual(block);
    expect(cm).toBeGreaterThan(block - 0.3);
  });
});

describe('summary sheet: percentage decimals', () => {
  test('two decimals on request, in the text and in the tables', () => {
    const ds = seedLikeDataset();
    const { figures } = computeFigures(ds, ctx);
    const model = buildSummarySheet({ dataset: ds, figures, ctx, options: { percentDecimals: 2 } });
    const overview = texts(model).find((t) => t.indexOf('Ban chấp hành') >= 0)!;
    // 66/93 = 70,967…%; 26/66 = 39,393…%; 1/66 = 1,515…%
    expect(overview).toContain('đạt tỷ lệ 70,97% so với tổng số 93');
    expect(overview).toContain('26 đồng chí (chiếm 39,39%)');
    expect(overview).toContain('01 đồng chí (chiếm 1,52%)');
    const share = (label: string) => at(model, rowOf(model, label), 8)!.style!.numFmt;
    // 66/93 = 70,97%; 46/66 = 69,70% prints 69,7%; 64/66 = 96,97%; 2/66 = 3,03%
    expect(share('Tổng số đảng viên')).toBe('0.00%');
    expect(share('Đảng viên nam')).toBe('0.0%');
    expect(share('Đảng viên chính thức')).toBe('0.00%');
    expect(share('Đảng viên dự bị')).toBe('0.00%');
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
      expect(t).not.toMatch(/Ban chấp hành|Ủy ban kiểm tra|chi bộ trực thuộc\.|buổi sinh hoạt|cơ sở trực thuộc/);
    }
    // The meeting heading is followed directly by the office's own text.
    const heading = rowOf(model, '2. Trong thực hiện nâng cao chất lượng sinh hoạt chi bộ');
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
      const base = at(model, +m![2], 7)!.value as number;
      const num = at(model, +m![4], 7)!.value as number;
      expect(m![1]).toBe('G');
      expect(+m![4]).toBe(c.row);
      expect(c.result).toBeCloseTo(num / base, 12);
      const id = byLabel[at(model, c.row, 2)!.value as string];
      const shareId = id === 'members.total' ? 'members.shareOfStaff' : id + '.share';
      expect(c.result).toBe(figures[shareId]);
      // Printed as paper prints it: no trailing zero ("71%", "3%"), one decimal otherwise.
      const tenths = Math.round((num / base) * 1000);
      expect([c.row, c.style!.numFmt]).toEqual([c.row, tenths % 10 === 0 ? '0%' : '0.0%']);
    }
  });

  test('the structure table holds the counts as values', () => {
    const { model } = build();
    const row = rowOf(model, 'Chuyên môn thạc sĩ trở lên');
    expect(at(model, row, 7)!.value).toBe(23);
    expect(at(model, rowOf(model, 'Tổng số đảng viên'), 7)!.value).toBe(66);
    expect(at(model, rowOf(model, 'Tổng số cán bộ, công chức, viên chức, người lao động'), 7)!.value).toBe(93);
  });

  test('meetings per chi bộ and admissions per year', () => {
    const { model } = build();
    const r = rowOf(model, 'Chi bộ Thanh tra');
    // members: 66 spread over 4 chi bộ by turn -> 17, 17, 16, 16; 36 regular, 12 thematic, no month missed
    expect([5, 6, 7, 8].map((c) => at(model, r, c)!.value)).toEqual([17, 36, 12, 0]);
    for (const y of [2018, 2019, 2020]) expect(at(model, rowOf(model, 'Năm ' + y), 7)!.value).toBe(2);
    const total = at(model, rowOf(model, 'Tổng cộng'), 7)!;
    expect(total.formula).toMatch(/^SUM\(G\d+:G\d+\)$/);
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
    expect((at(model, 4, 4)!.value as string).replace('\n', ' ')).toBe('\u2010Vĩnh Phúc, ngày      tháng      năm 2021');
  });
});
