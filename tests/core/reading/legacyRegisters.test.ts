/**
 * Registers typed in TCVN3 (.VnTime), VNI (VNI-Times) or decomposed Unicode give exactly the figures of
 * the clean sample: headers are found, categories and names read, on the converted text, whether or not
 * the user applies the fix. Each converted cell gives one finding carrying its Unicode text, grouped by
 * encoding so that one fix converts them all.
 */
import { analyze, Analysis } from '../../../src/core/analyze';
import { CellValue, Grid, columnLetter, columnNumber } from '../../../src/core/grid';
import { Finding } from '../../../src/core/findings';
import { sampleGrids } from '../../../src/core/sample/sampleRegisters';
import { SAMPLE_EXPECTED } from '../../../src/core/sample/sampleExpected';
import { encodeTcvn3 } from '../../../src/core/text/tcvn3';
import { encodeVni } from '../../../src/core/text/vni';

const TODAY = { y: 2026, m: 11, d: 27 };

/** Has a capital with a tone mark (no code in a base TCVN3 font). */
function hasTonedCapital(s: string): boolean {
  return s !== s.toLowerCase() && /[\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u0128\u0168\u1ea0-\u1ef8]/.test(s);
}

interface Encoded {
  grids: Grid[];
  /** "sheet!row:col" -> the clean text of every cell whose stored text changed. */
  changed: Map<string, string>;
  /** Cells in a base TCVN3 font with a capital with a tone ("Ủy ban"), which the font cannot write. */
  lossy: Set<string>;
}

/**
 * The sample's grids with every text cell encoded. `tcvn3`: text all in capitals that needs a toned
 * capital goes through an H font, as offices typed titles; with `fonts`, each text cell gets its font.
 */
function encodeGrids(kind: 'tcvn3' | 'vni' | 'nfd', fonts: boolean): Encoded {
  const changed = new Map<string, string>();
  const lossy = new Set<string>();
  const grids = sampleGrids().map((g) => {
    const fontMap = new Map<string, string>();
    const rows: CellValue[][] = g.rows.map((row, i) =>
      row.map((v, j) => {
        if (typeof v !== 'string') return v;
        const key = g.originRow + i + ':' + (g.originCol + j);
        let out: string;
        let font: string;
        if (kind === 'nfd') {
          out = v.normalize('NFD');
          font = 'Times New Roman';
        } else if (kind === 'vni') {
          out = encodeVni(v);
          font = 'VNI-Times';
        } else if (v === v.toUpperCase() && hasTonedCapital(v)) {
          out = encodeTcvn3(v, { upper: true });
          font = '.VnTimeH';
        } else {
          out = encodeTcvn3(v);
          font = '.VnTime';
          if (hasTonedCapital(v)) lossy.add(g.sheet + '!' + key);
        }
        if (fonts) fontMap.set(key, font);
        if (out !== v) changed.set(g.sheet + '!' + key, v);
        return out;
      }),
    );
    const grid: Grid = { ...g, rows: rows };
    if (fonts) grid.fonts = fontMap;
    return grid;
  });
  return { grids: grids, changed: changed, lossy: lossy };
}

function figuresMatch(a: Analysis): void {
  for (const id of Object.keys(SAMPLE_EXPECTED)) {
    expect([id, a.figures[id]]).toEqual([id, expect.closeTo(SAMPLE_EXPECTED[id], 9)]);
  }
}

function place(f: Finding): string {
  return [f.code, f.sheet, f.row, f.column].join(' ');
}

const clean = analyze(sampleGrids(), { today: TODAY });

/** Findings other than the text-form ones must be those of the clean sample, at the same cells. */
function sameOtherFindings(a: Analysis): void {
  const other = (list: Finding[]) =>
    list.filter((f) => f.code !== 'legacy-encoded-text' && f.code !== 'decomposed-text').map(place);
  expect(other(a.findings)).toEqual(other(clean.findings));
}

function legacyOf(a: Analysis): Finding[] {
  return a.findings.filter((f) => f.code === 'legacy-encoded-text');
}

describe('a register typed in TCVN3', () => {
  test('the clean sample has no legacy findings (the baseline)', () => {
    expect(legacyOf(clean)).toEqual([]);
    figuresMatch(clean);
  });

  for (const fonts of [true, false]) {
    describe(fonts ? 'with the fonts of its cells (.VnTime, .VnTimeH)' : 'without fonts: by statistics alone', () => {
      const enc = encodeGrids('tcvn3', fonts);
      const a = analyze(enc.grids, { today: TODAY });

      test('gives exactly the figures of the clean sample', () => {
        figuresMatch(a);
        expect(a.dataset.members.length).toBe(clean.dataset.members.length);
        expect(a.dataset.meetings.length).toBe(clean.dataset.meetings.length);
      });

      test('and the same other findings', () => {
        sameOtherFindings(a);
      });

      test('each converted cell gives one finding with its Unicode text, in one TCVN3 group', () => {
        const legacy = legacyOf(a);
        expect(legacy.length).toBeGreaterThan(1000);
        const keys = new Set(legacy.map((f) => f.sheet + '!' + f.row + ':' + f.column));
        expect(keys.size).toBe(legacy.length);
        for (const f of legacy) {
          expect(f.groupKey).toBe('legacy-encoded-text|tcvn3');
          expect(f.severity).toBe('warning');
          expect(f.message).toBe(`"${f.value}" có vẻ là chữ mã TCVN3; đọc là "${f.suggestion}".`);
        }
        // Suggestions are the clean text, but for case: a base font has no "Ủ", and without its font an
        // H-font title comes back in small letters.
        for (const f of legacy) {
          const key = f.sheet + '!' + f.row + ':' + columnNumber(f.column!);
          const original = enc.changed.get(key);
          expect(original).toBeDefined();
          if (f.suggestion === original) continue;
          expect([key, f.suggestion!.toLowerCase()]).toEqual([key, original!.toLowerCase()]);
          if (fonts) expect([key, enc.lossy.has(key)]).toEqual([key, true]);
        }
      });

      test('names the members as the clean sample does', () => {
        const names = (x: Analysis) => x.dataset.members.map((m) => (m.name || '').toLowerCase());
        expect(names(a)).toEqual(names(clean));
      });

      test('every cell whose stored text changed is converted', () => {
        expect(legacyOf(a).length).toBe(enc.changed.size);
      });
    });
  }

  test('the findings of known cells: the header "Họ và tên" and a chi bộ', () => {
    const a = analyze(encodeGrids('tcvn3', false).grids, { today: TODAY });
    const header = legacyOf(a).filter((f) => f.value === 'H\u00e4 v\u00b5 t\u00aan')[0];
    expect(header.suggestion).toBe('Họ và tên');
    const cell = legacyOf(a).filter((f) => f.suggestion === 'Chi bộ Văn phòng Sở')[0];
    expect(cell.value).toBe('Chi b\u00e9 V\u00a8n ph\u00dfng S\u00eb'); // é ộ, ¨ ă, ß ò, ë ở
  });
});

describe('a TCVN3 register with rows added later in Unicode', () => {
  test('the Unicode names stay as they are, even those made only of Latin-1 letters ("Lê Thanh Lâm")', () => {
    const enc = encodeGrids('tcvn3', false);
    const members = sampleGrids().filter((g) => g.sheet === 'Danh sách đảng viên')[0];
    const grid = enc.grids.filter((g) => g.sheet === members.sheet)[0];
    const header = members.rows.findIndex((r) => r.indexOf('Họ và tên') >= 0);
    const col = members.rows[header].indexOf('Họ và tên');
    // Put back the Unicode name in every row whose name is Latin-1 only: they pass the pre-check.
    const restored: number[] = [];
    for (let i = header + 1; i < members.rows.length; i++) {
      const name = members.rows[i][col];
      if (typeof name === 'string' && /[\u00c0-\u00ff]/.test(name) && !/[\u0100-\uffff]/.test(name)) {
        grid.rows[i][col] = name;
        restored.push(i + 1);
      }
    }
    expect(restored.length).toBeGreaterThan(5);
    const a = analyze(enc.grids, { today: TODAY });
    figuresMatch(a);
    const flagged = legacyOf(a).filter((f) => f.sheet === members.sheet && f.column === columnLetter(col + 1) && restored.indexOf(f.row!) >= 0);
    expect(flagged.map((f) => f.value)).toEqual([]);
  });
});

describe('a register typed in VNI', () => {
  for (const fonts of [true, false]) {
    test(fonts ? 'with VNI-Times fonts: same figures, one finding per cell, one VNI group' : 'without fonts: same figures', () => {
      const enc = encodeGrids('vni', fonts);
      const a = analyze(enc.grids, { today: TODAY });
      figuresMatch(a);
      sameOtherFindings(a);
      const legacy = legacyOf(a);
      for (const f of legacy) expect(f.groupKey).toBe('legacy-encoded-text|vni');
      for (const f of legacy) expect(f.suggestion).toBe(enc.changed.get(f.sheet + '!' + f.row + ':' + columnNumber(f.column!)));
      expect(legacy.length).toBe(enc.changed.size);
    });
  }
});

describe('a register typed in decomposed Unicode (the Windows keyboard)', () => {
  test('same figures, no legacy finding, a decomposed-text finding on the cells read', () => {
    const enc = encodeGrids('nfd', false);
    const a = analyze(enc.grids, { today: TODAY });
    figuresMatch(a);
    sameOtherFindings(a);
    expect(legacyOf(a)).toEqual([]);
    const decomposed = a.findings.filter((f) => f.code === 'decomposed-text');
    expect(decomposed.length).toBeGreaterThan(500);
    for (const f of decomposed) expect(f.suggestion).toBe((f.value as string).normalize('NFC'));
  });
});
