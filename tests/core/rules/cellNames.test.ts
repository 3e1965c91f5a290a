import { checkCellNameVariants } from '../../../src/core/rules/cellNames';
import { meeting, member, MEMBER_SHEET } from './factories';

describe('cell-name-variants', () => {
  it('flags each row written in another spelling, suggesting the most frequent one', () => {
    const list = [
      member({ row: 5, cell: 'Chi bộ Văn phòng' }),
      member({ row: 6, cell: 'Chi bộ Văn phòng' }),
      member({ row: 7, cell: 'chi bộ văn phòng' }),
      member({ row: 8, cell: 'Chi bộ Văn phòng' }),
      member({ row: 9, cell: 'CB Văn phòng' }),
      member({ row: 10, cell: 'Chi bộ Kỹ thuật' }),
    ];
    const found = checkCellNameVariants(list);
    expect(found.map((f) => [f.row, f.column, f.value, f.suggestion])).toEqual([
      [7, 'I', 'chi bộ văn phòng', 'Chi bộ Văn phòng'],
      [9, 'I', 'CB Văn phòng', 'Chi bộ Văn phòng'],
    ]);
    expect(found[0]).toMatchObject({ code: 'cell-name-variants', severity: 'warning', sheet: MEMBER_SHEET });
    expect(found[0].groupKey).not.toBe(found[1].groupKey);
    expect(found[0].message).toBe(
      '"chi bộ văn phòng" là một cách viết khác của chi bộ "Chi bộ Văn phòng" (3 cách viết: "Chi bộ Văn phòng", "chi bộ văn phòng", "CB Văn phòng"); nên ghi thống nhất là "Chi bộ Văn phòng".',
    );
  });

  it('gives one group key to every row of the same variant', () => {
    const list = [
      member({ cell: 'Chi bộ Văn phòng' }),
      member({ cell: 'Chi bộ Văn phòng' }),
      member({ cell: 'Chi bộ Văn phòng' }),
      member({ cell: 'Văn phòng' }),
      member({ cell: 'Văn phòng' }),
    ];
    const found = checkCellNameVariants(list);
    expect(found).toHaveLength(2);
    expect(found[0].groupKey).toBe(found[1].groupKey);
  });

  it('counts a different tone-mark placement as a variant', () => {
    const list = [
      member({ row: 5, cell: 'Chi bộ Thủy lợi' }),
      member({ row: 6, cell: 'Chi bộ Thủy lợi' }),
      member({ row: 7, cell: 'Chi bộ Thuỷ lợi' }),
    ];
    expect(checkCellNameVariants(list).map((f) => f.row)).toEqual([7]);
  });

  it('is silent when each chi bộ is written one way', () => {
    const list = [member({ cell: 'Chi bộ Văn phòng' }), member({ cell: 'Chi bộ Kỹ thuật' }), member({ cell: null })];
    expect(checkCellNameVariants(list)).toEqual([]);
  });

  it('checks the meeting log on its own: a log that always writes the short name is not flagged', () => {
    const meetings = [meeting({ cell: 'Văn phòng' }), meeting({ cell: 'Văn phòng' })];
    expect(checkCellNameVariants(meetings)).toEqual([]);
    const mixed = [meeting({ cell: 'Văn phòng' }), meeting({ cell: 'Văn phòng' }), meeting({ row: 30, cell: 'VĂN PHÒNG' })];
    expect(checkCellNameVariants(mixed).map((f) => [f.row, f.column, f.suggestion])).toEqual([[30, 'B', 'Văn phòng']]);
  });
});
