/**
 * The mapping step handles what detection cannot: a member list whose headers nobody taught the add-in
 * ("Name", "Sex", "DOB", "Joined", as an office that keeps its list in English would) is found once the
 * user says which sheet it is, which row holds the headers and which column holds each field; the
 * choice is saved in the workbook and used when the pane opens again.
 */
import { gridOf } from '../../src/core/grid';
import { SheetEntry } from '../../src/taskpane/paneState';
import { controllerOn, startedOn } from './paneFixtures';

function englishList() {
  return gridOf('Sheet1', [
    ['Staff register 2020', null, null, null, null],
    [null, null, null, null, null],
    ['No', 'Name', 'Sex', 'DOB', 'Joined'],
    [1, 'Nguyễn Văn An', 'M', '12/05/1970', '03/02/1995'],
    [2, 'Trần Thị Bình', 'F', '01/09/1982', '19/05/2008'],
    [3, 'Lê Văn Cường', 'M', '22/11/1979', '02/09/2001'],
  ]);
}

function entry(list: SheetEntry[], sheet: string): SheetEntry {
  for (let i = 0; i < list.length; i++) if (list[i].sheet === sheet) return list[i];
  throw new Error('sheet not listed: ' + sheet);
}

test('a member list with headers the add-in does not know is read once the user maps it, and the mapping is kept', async () => {
  const { host, pane } = await startedOn([englishList()]);
  // Nothing recognised: no members counted.
  expect(pane.state.workbook.sheets.filter((s) => s.kind === 'members').length).toBe(0);

  await pane.setSheetKind('Sheet1', 'members');
  await pane.setHeaderRows('Sheet1', '3');
  await pane.setFieldColumn('Sheet1', 'name', 'B');
  await pane.setFieldColumn('Sheet1', 'birth', 'D');
  await pane.setFieldColumn('Sheet1', 'admitted', 'E');
  const mapped = entry(pane.state.workbook.sheets, 'Sheet1');
  expect(mapped.kind).toBe('members');
  expect(mapped.chosenByUser).toBe(true);
  expect(mapped.records).toBe(3);
  expect(mapped.headerRows).toEqual([3]);

  // Opened again on the same workbook: the saved mapping is used without asking.
  const again = controllerOn(host);
  await again.start();
  const reopened = entry(again.state.workbook.sheets, 'Sheet1');
  expect(reopened.kind).toBe('members');
  expect(reopened.records).toBe(3);
});
