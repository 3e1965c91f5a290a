/**
 * Planning fixes against the cells as they are now: one finding, a whole group, chained fixes on a TCVN3
 * cell, what type is written (a date serial in a date cell, text elsewhere), and the refusals (formula,
 * stale, conflict, formula injection, sheet gone).
 */
import { analyze } from '../../../src/core/analyze';
import { CellValue, gridOf } from '../../../src/core/grid';
import { Finding, makeFinding } from '../../../src/core/findings';
import { CellSource, cellSourceOf, gridCellSource, withMergedRanges, withMergeMasters } from '../../../src/core/fixes/cellSource';
import { fixGroups } from '../../../src/core/fixes/fixGroups';
import { fixPlan, fixTargets } from '../../../src/core/fixes/fixPlan';
import { applyWrites } from '../../../src/core/fixes/cellEdit';
import { MEMBERS, plantedRegisters, TODAY } from './plantedRegisters';

function setup() {
  const p = plantedRegisters();
  const a = analyze(p.grids, { today: TODAY });
  const source = gridCellSource(p.grids, p.formulas);
  return { p, a, source };
}

function at(findings: Finding[], code: string, row: number, column: string): Finding {
  const hit = findings.filter((f) => f.code === code && f.sheet === MEMBERS && f.row === row && f.column === column);
  expect(hit.length).toBe(1);
  return hit[0];
}

/** A source that answers from the given one, except for the cells listed. */
function overriding(base: CellSource, sheet: string, row: number, col: number, value: CellValue): CellSource {
  return {
    cell: (s, r, c) => (s === sheet && r === row && c === col ? { value: value } : base.cell(s, r, c)),
  };
}

describe('fix groups', () => {
  test('the planted mistakes give the groups an office would pick from, form fixes first', () => {
    const { a } = setup();
    const groups = fixGroups(a.findings);
    const labels = groups.map((g) => [g.kind, g.label]);
    expect(labels).toContainEqual(['form', 'Chuyển 2 ô chữ mã TCVN3 sang Unicode']);
    expect(labels).toContainEqual(['form', 'Sửa 3 ô: “Thạc sỹ” → “Thạc sĩ”']);
    expect(labels).toContainEqual(['form', 'Chuyển 1 ô “Không” sang Unicode dựng sẵn']);
    expect(labels).toContainEqual(['form', 'Ghi đủ bốn chữ số của năm ở 2 ô']);
    expect(labels).toContainEqual(['form', 'Sửa 1 ô: “Chi bộ Văn Phòng Sở” → “Chi bộ Văn phòng Sở”']);
    expect(labels).toContainEqual(['correction', 'Sửa 1 ô: “Trunq cấp” → “Trung cấp”']);
    expect(labels).toContainEqual(['correction', 'Sửa 1 ô: “12/10/1989” → “17/07/1989”']);
    const firstCorrection = groups.findIndex((g) => g.kind === 'correction');
    expect(groups.slice(firstCorrection).every((g) => g.kind === 'correction')).toBe(true);
    expect(groups[0].code).toBe('legacy-encoded-text');
  });

  test('findings without a suggestion or a cell offer no fix', () => {
    const f = makeFinding('impossible-date', { sheet: MEMBERS, row: 8, column: 'D', value: '31/02/1980' }, { value: '31/02/1980', field: 'Ngày sinh' });
    const g = makeFinding('category-variant', { sheet: MEMBERS, row: null, column: 'J', value: 'ThS' }, { value: 'ThS', suggestion: 'Thạc sĩ' }, { suggestion: 'Thạc sĩ' });
    expect(fixGroups([f, g])).toEqual([]);
  });
});

describe('fixPlan', () => {
  test('one finding: one edit of that cell, with the value as it was and the suggestion', () => {
    const { a, source } = setup();
    const f = at(a.findings, 'category-variant', 52, 'J');
    const plan = fixPlan(a.findings, { findings: [f] }, source);
    expect(plan.edits).toEqual([
      { sheet: MEMBERS, row: 52, col: 10, before: 'Thạc sỹ', after: 'Thạc sĩ', findingCode: 'category-variant', groupKey: f.groupKey },
    ]);
    expect(plan.refused).toEqual([]);
    expect(plan.label).toBe('Sửa 1 ô: “Thạc sỹ” → “Thạc sĩ”');
    expect(fixTargets(a.findings, { findings: [f] })).toEqual([{ sheet: MEMBERS, row: 52, col: 10 }]);
  });

  test('a group: every row with that value, the TCVN3 one straight to the suggestion, the formula refused', () => {
    const { a, source } = setup();
    const key = at(a.findings, 'category-variant', 52, 'J').groupKey as string;
    const plan = fixPlan(a.findings, { groupKeys: [key] }, source);
    expect(plan.edits.map((e) => [e.row, e.col, e.before, e.after])).toEqual([
      [12, 10, 'Th\u00b9c s\u00fc', 'Thạc sĩ'],
      [52, 10, 'Thạc sỹ', 'Thạc sĩ'],
    ]);
    expect(plan.cells).toBe(2);
    expect(plan.label).toBe('Sửa 2 ô: “Thạc sỹ” → “Thạc sĩ”');
    expect(plan.refused.map((r) => [r.reason, r.message])).toEqual([
      ['formula', 'Không sửa ô J59 (trang "Danh sách đảng viên"): ô chứa công thức.'],
    ]);
  });

  test('TCVN3 conversion and the spelling fix on the same cell are chained, conversion first', () => {
    const { a, source } = setup();
    const legacy = at(a.findings, 'legacy-encoded-text', 12, 'J');
    const variant = at(a.findings, 'category-variant', 12, 'J');
    const plan = fixPlan(a.findings, { findings: [variant, legacy] }, source);
    expect(plan.edits.map((e) => [e.findingCode, e.before, e.after])).toEqual([
      ['legacy-encoded-text', 'Th\u00b9c s\u00fc', 'Thạc sỹ'],
      ['category-variant', 'Thạc sỹ', 'Thạc sĩ'],
    ]);
    expect(applyWrites(plan.edits)).toEqual([{ sheet: MEMBERS, row: 12, col: 10, value: 'Thạc sĩ' }]);
    expect(plan.cells).toBe(1);
    expect(plan.label).toBe('Sửa 1 ô theo 2 nhóm đề xuất');
  });

  test('the TCVN3 name comes back as the name it was encoded from', () => {
    const { p, a, source } = setup();
    const plan = fixPlan(a.findings, { codes: ['legacy-encoded-text'] }, source);
    const name = plan.edits.filter((e) => e.row === 9 && e.col === 2)[0];
    expect(name.after).toBe(p.name9);
    expect(plan.label).toBe('Chuyển 2 ô chữ mã TCVN3 sang Unicode');
  });

  test('a two-digit year: a date serial in a date-formatted cell, text in a General cell', () => {
    const { a, source } = setup();
    const plan = fixPlan(a.findings, { codes: ['two-digit-year'] }, source);
    // 05/03/1975: 01/01/1975 is serial 27395, plus 31 + 28 + 4 days.
    expect(plan.edits.map((e) => [e.row, e.col, e.before, e.after])).toEqual([
      [11, 4, '05/03/75', 27458],
      [13, 4, '12/11/82', '12/11/1982'],
    ]);
    const in1904 = fixPlan(a.findings, { codes: ['two-digit-year'] }, source, { date1904: true });
    expect(in1904.edits[0].after).toBe(27458 - 1462);
  });

  test('a late official date in a date cell is corrected to the serial of the day probation ended', () => {
    const { a, source } = setup();
    const f = at(a.findings, 'official-late', 8, 'H');
    expect(f.suggestion).toBe('17/07/1989');
    const plan = fixPlan(a.findings, { findings: [f] }, source);
    // 17/07/1988 is 32341; a year later, no 29 February in between: 32341 + 365.
    expect(plan.edits.map((e) => [e.before, e.after])).toEqual([[32793, 32706]]);
  });

  test('decomposed text becomes the same text precomposed', () => {
    const { a, source } = setup();
    const plan = fixPlan(a.findings, { codes: ['decomposed-text'] }, source);
    expect(plan.edits.length).toBe(1);
    expect(plan.edits[0].before).toBe('Kho\u0302ng');
    expect(plan.edits[0].after).toBe('Kh\u00f4ng');
  });

  test('"tất cả" takes only form fixes; corrections need their rule or group named', () => {
    const { a, source } = setup();
    const plan = fixPlan(a.findings, { allForm: true }, source);
    const codes = plan.applied.map((f) => f.code);
    expect(codes).not.toContain('unknown-category');
    expect(codes).not.toContain('official-late');
    expect(codes).toContain('cell-name-variants');
    const withCorrections = fixPlan(a.findings, { allForm: true, codes: ['unknown-category'] }, source);
    expect(withCorrections.edits.filter((e) => e.findingCode === 'unknown-category').map((e) => [e.row, e.col, e.after])).toEqual([
      [14, 11, 'Trung cấp'],
    ]);
  });

  test('a cell changed since the check is refused as stale, naming the cell and both values', () => {
    const { a, source } = setup();
    const f = at(a.findings, 'category-variant', 52, 'J');
    const plan = fixPlan(a.findings, { groupKeys: [f.groupKey as string] }, overriding(source, MEMBERS, 52, 10, 'Tiến sĩ'));
    expect(plan.edits.map((e) => e.row)).toEqual([12]);
    const stale = plan.refused.filter((r) => r.reason === 'stale');
    expect(stale.map((r) => r.message)).toEqual([
      'Không sửa ô J52 (trang "Danh sách đảng viên"): ô đã thay đổi từ lúc kiểm tra (đang là “Tiến sĩ”, lúc kiểm tra là “Thạc sỹ”); hãy kiểm tra lại.',
    ]);
    const emptied = fixPlan(a.findings, { findings: [f] }, overriding(source, MEMBERS, 52, 10, null));
    expect(emptied.edits).toEqual([]);
    expect(emptied.refused[0].reason).toBe('stale');
  });

  test('a number is not the same value as the text of it', () => {
    const f = makeFinding('two-digit-year', { sheet: 'S', row: 2, column: 'A', value: '05/03/75' }, {}, { suggestion: '05/03/1975', groupKey: 'two-digit-year' });
    const plan = fixPlan([f], { allForm: true }, gridCellSource([gridOf('S', [['Ngày'], [27458]])]));
    expect(plan.refused.map((r) => r.reason)).toEqual(['stale']);
  });

  test('two suggestions for one cell: the second is refused as a conflict', () => {
    const cell = 'CB Văn phòng';
    const a = makeFinding('cell-name-variants', { sheet: 'S', row: 2, column: 'B', value: cell }, {}, { suggestion: 'Chi bộ Văn phòng', groupKey: 'g1' });
    const b = makeFinding('cell-not-in-member-list', { sheet: 'S', row: 2, column: 'B', value: cell }, {}, { suggestion: 'Chi bộ Văn phòng Sở', groupKey: 'g2' });
    const plan = fixPlan([a, b], { groupKeys: ['g1', 'g2'] }, gridCellSource([gridOf('S', [['x', 'Chi bộ'], [1, cell]])]));
    expect(plan.edits.map((e) => e.after)).toEqual(['Chi bộ Văn phòng']);
    expect(plan.refused.map((r) => [r.reason, r.message])).toEqual([
      ['conflict', 'Không sửa ô B2 (trang "S"): một đề xuất khác trong lần này đã sửa ô thành “Chi bộ Văn phòng”.'],
    ]);
  });

  test('text that would start a formula is never written, unless the cell already started so', () => {
    const mk = (value: string, suggestion: string) =>
      makeFinding('category-variant', { sheet: 'S', row: 1, column: 'A', value: value }, {}, { suggestion: suggestion, groupKey: 'k' });
    const bad = fixPlan([mk('x', '=HYPERLINK("http://a")')], { allForm: true }, gridCellSource([gridOf('S', [['x']])]));
    expect(bad.edits).toEqual([]);
    expect(bad.refused[0].reason).toBe('unsafe-text');
    const already = fixPlan([mk('- Thạc sỹ', '- Thạc sĩ')], { allForm: true }, gridCellSource([gridOf('S', [['- Thạc sỹ']])]));
    expect(already.edits.map((e) => e.after)).toEqual(['- Thạc sĩ']);
  });

  test('a finding inside a merged range is applied once, to the top-left cell', () => {
    const grid = gridOf('S', [['Chi bộ'], ['CB Văn phòng'], [null], [null]], { merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] });
    const fs = [2, 3, 4].map((row) =>
      makeFinding('cell-name-variants', { sheet: 'S', row: row, column: 'A', value: 'CB Văn phòng' }, {}, { suggestion: 'Chi bộ Văn phòng', groupKey: 'g' }),
    );
    const plan = fixPlan(fs, { groupKeys: ['g'] }, gridCellSource([grid]));
    expect(plan.edits.map((e) => [e.row, e.col, e.before, e.after])).toEqual([[2, 1, 'CB Văn phòng', 'Chi bộ Văn phòng']]);
    expect(plan.refused).toEqual([]);
  });

  test('a sheet that is gone, or a cell the host cannot write, is refused with the reason', () => {
    const f = makeFinding('category-variant', { sheet: 'Cũ', row: 1, column: 'A', value: 'ThS' }, {}, { suggestion: 'Thạc sĩ', groupKey: 'k' });
    const gone = fixPlan([f], { allForm: true }, cellSourceOf([], ['Mới']));
    expect(gone.refused.map((r) => r.message)).toEqual(['Không sửa ô A1 (trang "Cũ"): sổ không còn trang này.']);
    const host = fixPlan([f], { allForm: true }, cellSourceOf([{ sheet: 'Cũ', row: 1, col: 1, value: 'ThS', refuse: 'ô có nhiều kiểu chữ.' }], ['Cũ']));
    expect(host.refused.map((r) => [r.reason, r.message])).toEqual([['host', 'Không sửa ô A1 (trang "Cũ"): ô có nhiều kiểu chữ.']]);
  });
});

describe('a host that reads target cells one by one, without merge information', () => {
  test('a finding on a covered cell of a merged range reads and fixes the range’s top-left cell', () => {
    const grid = gridOf('S', [['Chi bộ'], ['CB Văn phòng'], [null], [null]], { merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] });
    // Only the third row was reported (say the check ran on a filtered view).
    const f = makeFinding('cell-name-variants', { sheet: 'S', row: 3, column: 'A', value: 'CB Văn phòng' }, {}, { suggestion: 'Chi bộ Văn phòng', groupKey: 'g' });
    const targets = withMergeMasters(fixTargets([f], { groupKeys: ['g'] }), [grid]);
    expect(targets).toEqual([
      { sheet: 'S', row: 3, col: 1 },
      { sheet: 'S', row: 2, col: 1 },
    ]);
    // What such a host reads: the covered cell is empty, the top-left one holds the text.
    const read = cellSourceOf(
      [
        { sheet: 'S', row: 3, col: 1, value: null },
        { sheet: 'S', row: 2, col: 1, value: 'CB Văn phòng' },
      ],
      ['S'],
    );
    const withoutMerges = fixPlan([f], { groupKeys: ['g'] }, read);
    expect(withoutMerges.edits).toEqual([]);
    const plan = fixPlan([f], { groupKeys: ['g'] }, withMergedRanges(read, [grid]));
    expect(plan.edits.map((e) => [e.row, e.col, e.before, e.after])).toEqual([[2, 1, 'CB Văn phòng', 'Chi bộ Văn phòng']]);
  });
});
