/**
 * The messy workbooks (messyWorkbooks.ts), each written as a real .xlsx and read back through the xlsx
 * reader and the core, give the figures of the clean sample: the same people and meetings, laid out
 * otherwise. The clean sample's own figures are checked by hand against the seed in SAMPLE_EXPECTED.
 */
import { analyze, Analysis } from '../../src/core/analyze';
import { cellKey } from '../../src/core/cells';
import { formatDate, SimpleDate } from '../../src/core/dates';
import { Finding, FindingCode } from '../../src/core/findings';
import { cellBreakdown } from '../../src/core/figures';
import { SAMPLE_EXPECTED, SAMPLE_MEETING_ROWS, SAMPLE_MEMBER_ROWS } from '../../src/core/sample/sampleExpected';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';
import { IMPORT_DEPARTED, MESSY_CASES, MessyCase } from './messyWorkbooks';
import { writeBook } from './sheetBuilder';

const TODAY = { y: 2026, m: 11, d: 27 };
const clean = analyze(sampleGrids(), { today: TODAY });

function applies(c: MessyCase, id: string): boolean {
  if (c.figures === 'all') return true;
  for (const p of c.figures.except) if (id.indexOf(p) === 0) return false;
  return true;
}

function codes(list: Finding[]): Set<FindingCode> {
  return new Set(list.map((f) => f.code));
}

function perCell(a: Analysis): Record<string, [number | null, number | null, number | null]> {
  const out: Record<string, [number | null, number | null, number | null]> = {};
  for (const t of cellBreakdown(a.dataset, a.ctx).cells) out[t.key] = [t.members, t.regularMeetings, t.thematicMeetings];
  return out;
}

function day(d: SimpleDate | null): string {
  return d ? formatDate(d) : '';
}

/** Each member as the figures see them, sorted: the same people must read the same. */
function memberRecords(a: Analysis, absent: string[]): string[] {
  return a.dataset.members
    .filter((m) => IMPORT_DEPARTED.every((d) => d.name !== m.name))
    .map((m) =>
      [
        (m.name || '').toLowerCase(),
        m.gender,
        day(m.birth),
        m.ethnicity,
        m.religion,
        day(m.admitted),
        day(m.official),
        m.cell === null ? '' : cellKey(m.cell),
        absent.indexOf('education') >= 0 ? '-' : m.education,
        absent.indexOf('theory') >= 0 ? '-' : m.theory,
        absent.indexOf('card') >= 0 ? '-' : m.cardNumber,
        m.status,
        day(m.leftDate),
      ].join(' | '),
    )
    .sort();
}

function meetingRecords(a: Analysis): string[] {
  return a.dataset.meetings
    .map((g) =>
      [
        g.cell === null ? '' : cellKey(g.cell),
        day(g.date),
        g.kind,
        g.total,
        g.exempt,
        g.present,
        g.absentExcused,
        g.absentUnexcused,
        g.start,
        g.end,
        g.hasResolution,
        g.superiorAttended,
      ].join(' | '),
    )
    .sort();
}

test('there are at least twelve messy workbooks, each with its own id', () => {
  expect(MESSY_CASES.length).toBeGreaterThanOrEqual(12);
  expect(new Set(MESSY_CASES.map((c) => c.id)).size).toBe(MESSY_CASES.length);
});

describe.each(MESSY_CASES.map((c) => [c.id, c] as [string, MessyCase]))('messy workbook "%s"', (_id, c) => {
  let a: Analysis;
  beforeAll(async () => {
    const book = await readWorkbookBuffer(await writeBook(c.build()), c.id + '.xlsx');
    a = analyze(book.grids, { date1904: book.date1904, today: TODAY });
  });

  test('reads every member and every meeting of the sample', () => {
    const extra = c.id === 'national-import' ? IMPORT_DEPARTED.length : 0;
    expect(a.dataset.members.length).toBe(SAMPLE_MEMBER_ROWS + extra);
    expect(a.dataset.meetings.length).toBe(SAMPLE_MEETING_ROWS);
    expect(a.ctx.period).toEqual(clean.ctx.period);
  });

  test('reads each member and each meeting as the clean sample has them', () => {
    const absent = c.absentFields || [];
    expect(memberRecords(a, absent)).toEqual(memberRecords(clean, absent));
    expect(meetingRecords(a)).toEqual(meetingRecords(clean));
  });

  test('gives the hand-checked figures of the sample (SAMPLE_EXPECTED)', () => {
    for (const id of Object.keys(SAMPLE_EXPECTED)) {
      if (!applies(c, id)) continue;
      expect([id, a.figures[id]]).toEqual([id, expect.closeTo(SAMPLE_EXPECTED[id], 9)]);
    }
  });

  test('gives every other figure of the clean sample, and the same count per chi bộ', () => {
    const ids = Object.keys(clean.figures).filter((id) => applies(c, id));
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect([id, a.figures[id]]).toEqual([id, expect.closeTo(clean.figures[id], 9)]);
    expect(perCell(a)).toEqual(perCell(clean));
  });

  test('raises the findings its layout calls for, and no other kind than the clean sample', () => {
    const mine = codes(a.findings);
    for (const code of c.expect) expect([code, mine.has(code)]).toEqual([code, true]);
    const allowed = codes(clean.findings);
    for (const code of c.expect) allowed.add(code);
    const unexpected = a.findings.filter((f) => !allowed.has(f.code));
    expect(unexpected).toEqual([]);
    for (const code of codes(clean.findings)) {
      if (c.drops && c.drops.indexOf(code) >= 0) continue;
      expect([code, mine.has(code)]).toEqual([code, true]);
    }
  });
});
