/**
 * The undo log: apply every fix and undo it, in memory, and the registers are exactly as before (values
 * and their types); batches are undone last first; the log survives JSON and being cut into cell-sized
 * chunks; a batch whose cells the user changed since is not undone unless forced.
 */
import { analyze } from '../../../src/core/analyze';
import { CellValue, Grid, gridOf } from '../../../src/core/grid';
import { makeFinding } from '../../../src/core/findings';
import { CellEdit, applyWrites } from '../../../src/core/fixes/cellEdit';
import { CellSource, gridCellSource } from '../../../src/core/fixes/cellSource';
import { fixPlan } from '../../../src/core/fixes/fixPlan';
import { isFixable } from '../../../src/core/fixes/fixRules';
import { applyWritesToGrids } from '../../../src/core/fixes/gridWrites';
import { emptyUndoLog, recordBatch, undoBatch, undoTargets, UndoLog } from '../../../src/core/fixes/undoLog';
import {
  CHUNK_MARK,
  parseUndoLog,
  serializeUndoLog,
  undoLogChunks,
  undoLogFromChunks,
  UndoLogFormatError,
} from '../../../src/core/fixes/undoLogFormat';
import { MEMBERS, plantedRegisters, TODAY } from './plantedRegisters';

const T1 = new Date(Date.UTC(2025, 5, 1, 8, 30, 0));
const T2 = new Date(Date.UTC(2025, 5, 1, 8, 35, 0));

/** Through the stored form and back, as a host that saved and reopened the workbook would read it. */
function reopen(log: UndoLog, maxChars?: number): UndoLog {
  return undoLogFromChunks(undoLogChunks(log, maxChars));
}

function undoOrFail(log: UndoLog, source: CellSource, force?: boolean) {
  const r = undoBatch(log, source, { force: force });
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('apply every fix, then undo', () => {
  test('the registers are exactly as before, values and types, after a save-and-reopen of the log', () => {
    const p = plantedRegisters();
    const original: Grid[] = JSON.parse(JSON.stringify(p.grids.map((g) => g.rows)));
    const a = analyze(p.grids, { today: TODAY });
    const plan = fixPlan(a.findings, { allForm: true, codes: ['unknown-category', 'official-late'] }, gridCellSource(p.grids, p.formulas));
    // The sample's 24 category variants less the formula at J59, the chi bộ spelling at I22, and the six
    // planted cells that are not category variants (B9, F10, D11, D13, H8, K14).
    expect(plan.cells).toBe(23 + 1 + 6);
    const fixed = applyWritesToGrids(p.grids, applyWrites(plan.edits));
    // The originals are untouched; the fixed copy no longer gives the findings that were fixed.
    expect(p.grids.map((g) => g.rows)).toStrictEqual(original);
    const again = analyze(fixed, { today: TODAY });
    const left = again.findings.filter(isFixable);
    expect(left.map((f) => [f.code, f.row, f.column])).toEqual([['category-variant', 59, 'J']]);
    expect(again.findings.filter((f) => f.code === 'unknown-category')).toEqual([]);

    const log = reopen(recordBatch(emptyUndoLog(), plan.edits, plan.label, T1).log);
    const r = undoOrFail(log, gridCellSource(fixed, p.formulas));
    expect(r.log.batches).toEqual([]);
    const restored = applyWritesToGrids(fixed, r.writes);
    expect(restored.map((g) => g.rows)).toStrictEqual(original);
    // The types came back: the date serial as a number, the typed dates as text, the TCVN3 text as it was.
    const m = restored.filter((g) => g.sheet === MEMBERS)[0];
    expect(m.rows[8 - 1][8 - 1]).toBe(32793);
    expect(m.rows[11 - 1][4 - 1]).toBe('05/03/75');
    expect(m.rows[12 - 1][10 - 1]).toBe('Th\u00b9c s\u00fc');
  });

  test('two batches are undone last first, each restoring what it found', () => {
    const p = plantedRegisters();
    const original = JSON.stringify(p.grids.map((g) => g.rows));
    const a = analyze(p.grids, { today: TODAY });
    const first = fixPlan(a.findings, { codes: ['legacy-encoded-text'] }, gridCellSource(p.grids));
    const g1 = applyWritesToGrids(p.grids, applyWrites(first.edits));
    let log = recordBatch(emptyUndoLog(), first.edits, first.label, T1).log;
    const a2 = analyze(g1, { today: TODAY });
    const second = fixPlan(a2.findings, { codes: ['category-variant'] }, gridCellSource(g1));
    const j12 = second.edits.filter((e) => e.row === 12 && e.col === 10)[0];
    expect([j12.before, j12.after]).toEqual(['Thạc sỹ', 'Thạc sĩ']);
    const g2 = applyWritesToGrids(g1, applyWrites(second.edits));
    log = reopen(recordBatch(log, second.edits, second.label, T2).log);
    expect(log.batches.map((b) => [b.id, b.time])).toEqual([
      ['1', '2025-06-01T08:30:00.000Z'],
      ['2', '2025-06-01T08:35:00.000Z'],
    ]);
    const u2 = undoOrFail(log, gridCellSource(g2));
    expect(u2.batch.id).toBe('2');
    const back1 = applyWritesToGrids(g2, u2.writes);
    expect(JSON.stringify(back1.map((g) => g.rows))).toBe(JSON.stringify(g1.map((g) => g.rows)));
    const u1 = undoOrFail(u2.log, gridCellSource(back1));
    const back0 = applyWritesToGrids(back1, u1.writes);
    expect(JSON.stringify(back0.map((g) => g.rows))).toBe(original);
    expect(undoBatch(u1.log, gridCellSource(back0))).toEqual({ ok: false, batch: null, message: 'Chưa có lần sửa nào để hoàn tác.', changed: [] });
  });
});

describe('undo refuses when the user changed a cell since', () => {
  const grid = gridOf('S', [['Trình độ'], ['ThS'], ['ThS'], [1985]]);
  const fs = [2, 3].map((row) =>
    makeFinding('category-variant', { sheet: 'S', row: row, column: 'A', value: 'ThS' }, {}, { suggestion: 'Thạc sĩ', groupKey: 'k' }),
  );
  const plan = fixPlan(fs, { groupKeys: ['k'] }, gridCellSource([grid]));
  const fixed = applyWritesToGrids([grid], applyWrites(plan.edits));
  const log = recordBatch(emptyUndoLog(), plan.edits, plan.label, T1).log;

  test('the message names the batch, the cell, what it holds and what the fix wrote', () => {
    const edited = applyWritesToGrids(fixed, [{ sheet: 'S', row: 3, col: 1, value: 'Tiến sĩ' }]);
    const r = undoBatch(log, gridCellSource(edited));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe(
      'Không hoàn tác được “Sửa 2 ô: “ThS” → “Thạc sĩ””: ô A3 (trang "S") đã được sửa sau đó (đang là “Tiến sĩ”, lúc sửa là “Thạc sĩ”). Nếu vẫn hoàn tác, các giá trị đang có ở những ô đó sẽ bị ghi đè.',
    );
    expect(r.changed.map((c) => [c.row, c.col, c.now])).toEqual([[3, 1, 'Tiến sĩ']]);
    // Forced: both cells get their old value back.
    const forced = undoBatch(log, gridCellSource(edited), { force: true });
    expect(forced.ok).toBe(true);
    if (!forced.ok) return;
    expect(applyWritesToGrids(edited, forced.writes)[0].rows).toStrictEqual([['Trình độ'], ['ThS'], ['ThS'], [1985]]);
  });

  test('an emptied cell, a formula typed in, or a sheet that is gone also count as changed', () => {
    const emptied = applyWritesToGrids(fixed, [{ sheet: 'S', row: 2, col: 1, value: null }]);
    expect(undoBatch(log, gridCellSource(emptied)).ok).toBe(false);
    expect(undoBatch(log, gridCellSource(fixed, { S: new Set(['2:1']) })).ok).toBe(false);
    const gone = undoBatch(log, gridCellSource([gridOf('Khác', [])]));
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.message).toContain('sổ không còn trang "S" và 1 ô khác cũng đã thay đổi');
  });

  test('Office.js gives empty cells as "": the same as null', () => {
    const source: CellSource = { cell: (s, r, c) => ({ value: (fixed[0].rows[r - 1] || [])[c - 1] ?? '' }) };
    expect(undoBatch(log, source).ok).toBe(true);
    expect(undoTargets(log)).toEqual([
      { sheet: 'S', row: 2, col: 1 },
      { sheet: 'S', row: 3, col: 1 },
    ]);
  });
});

describe('the stored form of the log', () => {
  const edits: CellEdit[] = [
    { sheet: 'Danh sách', row: 12, col: 10, before: 'Th\u00b9c s\u00fc', after: 'Thạc sỹ', findingCode: 'legacy-encoded-text', groupKey: 'legacy-encoded-text|tcvn3' },
    { sheet: 'Danh sách', row: 12, col: 10, before: 'Thạc sỹ', after: 'Thạc sĩ', findingCode: 'category-variant', groupKey: 'category-variant|education|thạc sỹ' },
    { sheet: 'Sổ "họp"', row: 4, col: 3, before: 27458, after: '05/03/1975', findingCode: 'two-digit-year', groupKey: 'two-digit-year' },
    { sheet: 'Danh sách', row: 2, col: 1, before: null, after: true, findingCode: 'category-variant', groupKey: 'x' },
    { sheet: 'Danh sách', row: 3, col: 1, before: -0.1, after: '=1\n"\u0000', findingCode: 'category-variant', groupKey: 'x' },
  ];
  const log = recordBatch(recordBatch(emptyUndoLog(), edits, 'Sửa 3 ô theo 2 nhóm đề xuất', T1).log, edits.slice(0, 1), 'Chuyển 1 ô 😀', T2).log;

  test('JSON round trip keeps every value with its type, the labels and times', () => {
    const text = serializeUndoLog(log);
    expect(parseUndoLog(text)).toStrictEqual(log);
    expect(text.indexOf('{"v":1,"b":[{"i":"1","t":"2025-06-01T08:30:00.000Z","l":"Sửa 3 ô theo 2 nhóm đề xuất","s":["Danh sách","Sổ \\"họp\\""]')).toBe(0);
    expect(text).toContain('"e":[[0,12,10,"Th\u00b9c s\u00fc","Thạc sỹ",0,0],[0,12,10,"Thạc sỹ","Thạc sĩ",1,1],[1,4,3,27458,"05/03/1975",2,2]');
  });

  test('chunks fit the cell limit, start with the mark, never split a surrogate pair, and join back', () => {
    for (const max of [3, 7, 64, 32767]) {
      const chunks = undoLogChunks(log, max);
      for (const c of chunks) {
        expect(c.length).toBeLessThanOrEqual(max);
        expect(c.charAt(0)).toBe(CHUNK_MARK);
        const last = c.charCodeAt(c.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }
      expect(chunks.map((c) => c.slice(1)).join('')).toBe(serializeUndoLog(log));
      expect(undoLogFromChunks([...chunks, null, ''])).toStrictEqual(log);
    }
    expect(undoLogChunks(log).length).toBe(1);
  });

  test('a long log is cut into several cells of at most 32,767 characters', () => {
    const many: CellEdit[] = [];
    for (let i = 0; i < 1000; i++) {
      many.push({ sheet: 'Danh sách', row: i + 8, col: 2, before: 'NguyÔn V¨n H\u00f9ng ' + i, after: 'Nguyễn Văn Hùng ' + i, findingCode: 'legacy-encoded-text', groupKey: 'legacy-encoded-text|tcvn3' });
    }
    const big = recordBatch(emptyUndoLog(), many, 'Chuyển 1000 ô chữ mã TCVN3 sang Unicode', T1).log;
    const chunks = undoLogChunks(big);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBe(32767);
    expect(undoLogFromChunks(chunks)).toStrictEqual(big);
  });

  test('no chunk is an empty log; damaged text is a Vietnamese error, not a crash', () => {
    expect(undoLogFromChunks([])).toEqual({ batches: [] });
    expect(undoLogFromChunks([null, ''])).toEqual({ batches: [] });
    expect(() => undoLogFromChunks(['{"v":1'])).toThrow(UndoLogFormatError);
    expect(() => undoLogFromChunks(['~{"v":1,"b":['])).toThrow('Nhật ký hoàn tác lưu trong sổ bị hỏng (không phải JSON)');
    expect(() => parseUndoLog('{"v":2,"b":[]}')).toThrow('phiên bản 2 không được hỗ trợ');
    const bad = serializeUndoLog(log).replace('"legacy-encoded-text"', '"no-such-code"');
    expect(() => parseUndoLog(bad)).toThrow('lần sửa thứ 1, ô thứ 1 không đọc được');
  });

  test('the log keeps the last 50 batches; ids keep counting', () => {
    let l = emptyUndoLog();
    for (let i = 0; i < 53; i++) l = recordBatch(l, edits.slice(0, 1), 'b' + i, T1).log;
    expect(l.batches.length).toBe(50);
    expect(l.batches[0].label).toBe('b3');
    expect(l.batches[49].id).toBe('53');
  });
});

test('writes to grids copy the rows they change and keep everything else', () => {
  const g = gridOf('S', [['a', 'b'], ['c']], { dateCells: new Set(['1:1']) });
  const out = applyWritesToGrids([g], [{ sheet: 'S', row: 2, col: 3, value: 5 as CellValue }, { sheet: 'X', row: 1, col: 1, value: 'x' }]);
  expect(out[0].rows).toStrictEqual([['a', 'b'], ['c', null, 5]]);
  expect(g.rows).toStrictEqual([['a', 'b'], ['c']]);
  expect(out[0].rows[0]).toBe(g.rows[0]);
  expect(out[0].dateCells).toBe(g.dateCells);
});
