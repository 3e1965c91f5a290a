/**
 * The harness itself: the built pane opens in Debian's Chromium over the fake Excel, reads the three
 * sheets of the workbook, and asks only the local server for its files (office.js answered by the fake).
 */
import { expectNoForeignRequests } from './networkGuard';
import { openPane, Session, startSession, waitIdle } from './paneSession';

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
    // The analysis Worker is started with the first reading (src/taskpane/workerAnalysisRunner.ts).
    expect(paths).toEqual(['/taskpane.html', '/taskpane.css', '/office-js/office.js', '/taskpane.js', '/analysisWorker.js']);
    const workers = g.page.workers().map((w) => w.url().slice(session.server.origin.length));
    expect(workers).toEqual(['/analysisWorker.js']);
    expectNoForeignRequests(g.guard);
    expect(g.pageErrors).toEqual([]);
  } finally {
    await g.close();
  }
});

test('the network guard refuses and reports a request to any other address, even with the CSP off', async () => {
  const g = await openPane(session, { width: 320, bypassCSP: true });
  try {
    const outcome = await g.page.evaluate(function () {
      const img = document.createElement('img');
      img.src = 'http://198.51.100.7/pixel.png';
      document.body.appendChild(img);
      return fetch('https://example.com/upload', { method: 'POST', body: 'x', mode: 'no-cors' }).then(
        function () {
          return 'sent';
        },
        function () {
          return 'refused';
        },
      );
    });
    expect(outcome).toBe('refused');
    await g.page.waitForTimeout(200);
    expect(g.guard.foreign).toEqual(expect.arrayContaining(['GET http://198.51.100.7/pixel.png', 'POST https://example.com/upload']));
    expect(() => expectNoForeignRequests(g.guard)).toThrow(/example\.com\/upload/);
  } finally {
    await g.close();
  }
});

describe.each([
  ['no Worker in the browser', "window.Worker = undefined;"],
  ['the Worker cannot be made', "window.Worker = function () { throw new Error('blocked'); };"],
  ['the Worker file is missing', "window.Worker = (function (W) { return function () { return new W('missing-worker.js'); }; })(window.Worker);"],
])('%s', (_name, initScript) => {
  test('the pane analyses on its own thread, with the same result', async () => {
    const g = await openPane(session, { width: 320, initScript: initScript });
    try {
      await expect(g.page.locator('.sheet-list .card h3').allTextContents()).resolves.toEqual(['Thông tin đơn vị', 'Danh sách đảng viên', 'Sổ sinh hoạt chi bộ']);
      const card = g.page.locator('.sheet-list .card').filter({ has: g.page.locator('h3', { hasText: 'Danh sách đảng viên' }) });
      await expect(card.locator('.summary').textContent()).resolves.toBe('70 đảng viên, dòng 8–77');
      await g.page.getByRole('tab', { name: 'Báo cáo' }).click();
      await g.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
      await waitIdle(g);
      // The sample's 66 members active at the period's end, as in the journey through the Worker.
      const figure = g.page.locator('.figures .figure').filter({ has: g.page.locator('dt', { hasText: 'Tổng số đảng viên' }) });
      await expect(figure.locator('dd').textContent()).resolves.toMatch(/^66\b/);
      const paths = g.guard.local.map((u) => u.slice(session.server.origin.length));
      expect(paths).not.toContain('/analysisWorker.js');
      // The missing file's 404 is the browser's own console line; nothing else.
      expect(g.pageErrors.filter((e) => !/404/.test(e))).toEqual([]);
    } finally {
      await g.close();
    }
  });
});
