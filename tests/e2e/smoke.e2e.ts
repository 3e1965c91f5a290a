/**
 * The harness itself: the built pane opens in Debian's Chromium over the fake Excel, reads the three
 * sheets of the workbook, and asks only the local server for its files (office.js answered by the fake).
 */
import { expectNoForeignRequests } from './networkGuard';
import { openPane, Session, startSession } from './paneSession';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  if (session) await session.close();
});

test('the built pane opens over the fake Excel and loads only its own files from the local server', async () => {
  const g = await openPane(session, { width: 320 });
  try {
    const names = await g.page.evaluate(function () {
      return (window as unknown as { __excelFake: { sheetNames(): string[] } }).__excelFake.sheetNames();
    });
    expect(names).toEqual(['Thông tin đơn vị', 'Danh sách đảng viên', 'Sổ sinh hoạt chi bộ']);
    await expect(g.page.locator('.sheet-list .card h3').allTextContents()).resolves.toEqual(names);
    const paths = g.guard.local.map((u) => u.slice(session.server.origin.length));
    expect(paths).toEqual(['/taskpane.html', '/taskpane.css', '/office-js/office.js', '/taskpane.js']);
    expectNoForeignRequests(g.guard);
    expect(g.pageErrors).toEqual([]);
  } finally {
    await g.close();
  }
});
