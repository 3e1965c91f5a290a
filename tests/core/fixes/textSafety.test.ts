/** Which text a host that writes values as typed (Office.js) must mark as text, so Excel keeps it as it is. */
import { mustMarkAsText, startsLikeFormula } from '../../../src/core/fixes/textSafety';

test.each(['=A1', '+84 912', '-', '@x', "'05", '1985', '12,5', '1.234.567', '39,4%', '05/03/1985', '1975-03-05', '03/2019', '14:30', 'TRUE', 'false', '#N/A', '5-Mar'])(
  '%s would not stay text',
  (s) => {
    expect(mustMarkAsText(s)).toBe(true);
  },
);

test.each(['Thạc sĩ', 'Chi bộ Văn phòng Sở', 'Nguyễn Văn An', '', 'Số 12 phố Huế', 'Quý 1/2019 họp', 'Cao cấp'])('%j stays text', (s) => {
  expect(mustMarkAsText(s)).toBe(false);
});

test('formula-like text: = + - @ first', () => {
  expect(['=1', '+1', '-1', '@a', ' =1', 'a=1'].map(startsLikeFormula)).toEqual([true, true, true, true, false, false]);
});
