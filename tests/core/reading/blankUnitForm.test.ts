/**
 * A unit-info form not filled in yet (keys, no values) is still the unit-info sheet: the user is told
 * which value is missing there, not that the sheet cannot be found.
 */
import { gridOf } from '../../../src/core/grid';
import { readRegisters } from '../../../src/core/registers';

test('a blank unit-info form is recognised by its keys', () => {
  const form = gridOf('Thông tin đơn vị', [
    ['THÔNG TIN ĐƠN VỊ'],
    ['Tên đảng bộ', null],
    ['Cấp ủy cấp trên', null],
    ['Tổng số CB-CC-VC-NLĐ', null],
    ['Kỳ báo cáo từ ngày', null],
    ['Kỳ báo cáo đến ngày', null],
    ['Người ký', 'Nguyễn Văn Tâm'],
  ]);
  const read = readRegisters([form]);
  expect(read.dataset.tables.map((t) => [t.sheet, t.kind])).toEqual([['Thông tin đơn vị', 'unit']]);
  expect(read.dataset.unit.signer).toBe('Nguyễn Văn Tâm');
  expect(read.dataset.unit.staffTotal).toBeNull();
});
