/**
 * A group of several hundred fixes in Excel costs a handful of syncs, not one per cell: reading the
 * target cells (the sheet list, then the column runs), reading the log, then the sheet list with the
 * cells' number formats and one sync for the log and the values together. Undoing it costs as few.
 */
import { bigRegister } from '../excel/bigRegister';
import { hostOnFake } from '../excel/hostFixtures';
import { PaneController } from '../../src/taskpane/controller';
import { TODAY } from '../excel/workbookFixtures';

test('applying and undoing a group of 400+ fixes takes a few syncs within Excel\'s limits', async () => {
  const grids = bigRegister(5000);
  const { fake, host } = hostOnFake(grids, '1.17');
  const pane = new PaneController(host, { today: () => TODAY, yieldToUi: () => Promise.resolve() });
  await pane.start();
  await pane.check();
  const group = pane.state.fixGroups!.filter((g) => g.label.indexOf('“Thạc sỹ” → “Thạc sĩ”') >= 0)[0];
  expect(group.cells).toBeGreaterThanOrEqual(400);
  const before = fake.state.serializeSheet('Danh sách đảng viên');

  const s0 = fake.stats.syncs;
  await pane.fixGroup(group.key);
  const applySyncs = fake.stats.syncs - s0;
  expect(pane.state.status!.lines[0]).toBe('Đã sửa ' + group.cells + ' ô.');
  // 2 to read the cells, 2 to read the log (the sheet list, then the log sheet when it exists), 2 to write.
  expect(applySyncs).toBeLessThanOrEqual(6);

  const s1 = fake.stats.syncs;
  await pane.undo();
  const undoSyncs = fake.stats.syncs - s1;
  expect(undoSyncs).toBeLessThanOrEqual(6);
  expect(fake.state.serializeSheet('Danh sách đảng viên')).toBe(before);
  expect(fake.stats.failedSyncs).toBe(0);
  expect(fake.stats.maxRequestBytes).toBeLessThan(5000000);
}, 120000);
