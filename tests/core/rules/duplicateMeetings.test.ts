import { checkDuplicateMeetings } from '../../../src/core/rules/duplicateMeetings';
import { context, d, meeting, MEETING_SHEET } from './factories';

describe('duplicate-meeting', () => {
  const ctx = context();

  it('flags the second entry of the same chi bộ, day and kind, whatever the spelling of the chi bộ', () => {
    const a = meeting({ row: 5, cell: 'Chi bộ Văn phòng', date: d('10/01/2019') });
    const b = meeting({ row: 6, cell: 'CB Văn phòng', date: d('10/01/2019') });
    const found = checkDuplicateMeetings([a, b], ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'duplicate-meeting', severity: 'warning', sheet: MEETING_SHEET, row: 6, column: 'C', value: '10/01/2019' });
    expect(found[0].message).toBe('Buổi sinh hoạt thường kỳ của Chi bộ Văn phòng ngày 10/01/2019 được ghi nhiều lần: dòng 5, 6.');
  });

  it('treats an unrecorded kind as thường kỳ', () => {
    const a = meeting({ row: 5, kind: 'regular' });
    const b = meeting({ row: 9, kind: null });
    expect(checkDuplicateMeetings([a, b], ctx).map((f) => f.row)).toEqual([9]);
  });

  it('is silent for two kinds on one day, two chi bộ on one day, or two days', () => {
    const list = [
      meeting({ kind: 'regular', date: d('10/01/2019') }),
      meeting({ kind: 'thematic', date: d('10/01/2019') }),
      meeting({ cell: 'Chi bộ Kỹ thuật', date: d('10/01/2019') }),
      meeting({ date: d('11/01/2019') }),
    ];
    expect(checkDuplicateMeetings(list, ctx)).toEqual([]);
  });
});
