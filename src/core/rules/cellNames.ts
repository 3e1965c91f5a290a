/**
 * `cell-name-variants`: one chi bộ spelled several ways within a register ("Chi bộ Văn phòng", "chi bộ
 * văn phòng", "CB Văn phòng", "Thuỷ"/"Thủy"). Each register is checked on its own: the member list and
 * the meeting log each have their canonical spelling (the most frequent one), so a log that always writes
 * the short name is not flagged row by row. One finding per row written in another spelling.
 */
import { CellValue } from '../grid';
import { Finding, makeFinding } from '../findings';
import { registerCells, RegisterCells } from './registerCells';

interface NamedRow {
  cell: string | null;
  src: { sheet: string; row: number; columns: { cell?: string } };
  raw: { cell?: CellValue };
}

export function checkCellNameVariants(rows: NamedRow[], known?: RegisterCells): Finding[] {
  const cells = known || registerCells(rows);
  // key -> the group, only for keys written more than one way
  const mixed = new Map<string, { canonical: string; count: number; variants: string }>();
  for (let g = 0; g < cells.groups.length; g++) {
    const group = cells.groups[g];
    if (group.variants.length < 2) continue;
    mixed.set(group.key, {
      canonical: group.canonical,
      count: group.variants.length,
      variants: group.variants
        .map(function (v) {
          return '"' + v.name + '"';
        })
        .join(', '),
    });
  }
  const out: Finding[] = [];
  if (mixed.size === 0) return out;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r.cell) continue;
    const group = mixed.get(cells.names.key(r.cell));
    const name = cells.names.clean(r.cell);
    if (!group || name === group.canonical) continue;
    const raw = r.raw.cell;
    out.push(
      makeFinding(
        'cell-name-variants',
        { sheet: r.src.sheet, row: r.src.row, column: r.src.columns.cell || null, value: raw === undefined ? name : raw },
        { value: name, suggestion: group.canonical, count: group.count, variants: group.variants },
        { suggestion: group.canonical, groupKey: 'cell-name-variants|' + name + '|' + group.canonical },
      ),
    );
  }
  return out;
}
