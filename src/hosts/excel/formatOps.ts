/** A format run as Office.js statements on its range; indent only from ExcelApi 1.9. */
import { MergedRange } from '../../core/grid';
import { rangeAddress } from './a1';
import { FormatRun } from './formatRanges';
import { jsonSize } from './jsonSize';
import { RangeLike, WorksheetLike } from './officeApi';
import { STATEMENT_BYTES, WriteOp } from './writeBatch';

const BORDER_INDEXES: { [side: string]: string[] } = {
  t: ['EdgeTop', 'InsideHorizontal'],
  b: ['EdgeBottom', 'InsideHorizontal'],
  l: ['EdgeLeft', 'InsideVertical'],
  r: ['EdgeRight', 'InsideVertical'],
};

/** The border items that draw `sides` on every cell of `range`. */
function borderIndexes(sides: string, range: MergedRange): string[] {
  const out: string[] = [];
  for (let i = 0; i < sides.length; i++) {
    const list = BORDER_INDEXES[sides.charAt(i)];
    for (let k = 0; k < list.length; k++) {
      const idx = list[k];
      if (idx === 'InsideHorizontal' && range.top === range.bottom) continue;
      if (idx === 'InsideVertical' && range.left === range.right) continue;
      if (out.indexOf(idx) < 0) out.push(idx);
    }
  }
  return out;
}

export function formatOp(sheet: WorksheetLike, run: FormatRun, indentSupported: boolean): WriteOp | null {
  const address = rangeAddress(run.range);
  const v = run.value;
  const at = function (): RangeLike {
    return sheet.getRange(address);
  };
  const single = function (apply: (r: RangeLike) => void): WriteOp {
    return {
      bytes: STATEMENT_BYTES,
      cells: 0,
      queue: function () {
        apply(at());
      },
    };
  };
  switch (run.kind) {
    case 'fontName':
      return single((r) => (r.format.font.name = String(v)));
    case 'fontSize':
      return single((r) => (r.format.font.size = Number(v)));
    case 'bold':
      return single((r) => (r.format.font.bold = true));
    case 'italic':
      return single((r) => (r.format.font.italic = true));
    case 'underline':
      return single((r) => (r.format.font.underline = String(v)));
    case 'fontColor':
      return single((r) => (r.format.font.color = String(v)));
    case 'fill':
      return single((r) => (r.format.fill.color = String(v)));
    case 'horizontal':
      return single((r) => (r.format.horizontalAlignment = String(v)));
    case 'vertical':
      return single((r) => (r.format.verticalAlignment = String(v)));
    case 'wrap':
      return single((r) => (r.format.wrapText = true));
    case 'indent':
      return indentSupported ? single((r) => (r.format.indentLevel = Number(v))) : null;
    case 'numberFormat': {
      const rows: string[][] = [];
      for (let i = run.range.top; i <= run.range.bottom; i++) {
        const row: string[] = [];
        for (let j = run.range.left; j <= run.range.right; j++) row.push(String(v));
        rows.push(row);
      }
      return {
        bytes: jsonSize(rows) + STATEMENT_BYTES,
        cells: rows.length * rows[0].length,
        queue: function () {
          at().numberFormat = rows;
        },
      };
    }
    case 'borders': {
      const indexes = borderIndexes(String(v), run.range);
      return {
        bytes: STATEMENT_BYTES * indexes.length,
        cells: 0,
        queue: function () {
          const borders = at().format.borders;
          for (let i = 0; i < indexes.length; i++) borders.getItem(indexes[i]).style = 'Continuous';
        },
      };
    }
  }
  return null;
}

