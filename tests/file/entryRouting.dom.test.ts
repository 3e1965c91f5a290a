/**
 * @jest-environment jsdom
 */
/**
 * Where taskpane.html shows what (src/taskpane/taskpane.ts): in Excel the pane over the workbook, as before; in
 * another Office application the old message; in an ordinary browser (office.js finds no host, or did not
 * load) the standalone page with "Chọn tệp Excel"; there, office.js's Office 2013 logger is switched off.
 */
import { S } from '../../src/taskpane/strings';

type Info = { host: string | null; platform: string | null };

function loadEntry(office: unknown): void {
  document.body.innerHTML = '<main id="app"><p class="loading">Đang mở Sơ kết chi bộ…</p></main>';
  const g = globalThis as unknown as { Office?: unknown; Worker?: unknown };
  g.Office = office;
  // jsdom has no Worker; the page needs one.
  g.Worker = function () {};
  (URL as unknown as { createObjectURL: unknown }).createObjectURL = function () {
    return 'blob:x';
  };
  jest.isolateModules(() => {
    require('../../src/taskpane/taskpane');
  });
}

function officeWith(info: Info) {
  return {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: function (cb: (i: Info) => void) {
      cb(info);
      return Promise.resolve(info);
    },
  };
}

function appText(): string {
  return (document.getElementById('app')!.textContent || '').replace(/\s+/g, ' ').trim();
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  delete (window as unknown as { OSF?: unknown }).OSF;
});

test('another Office application: the old message', () => {
  loadEntry(officeWith({ host: 'Word', platform: 'PC' }));
  expect(appText()).toBe(S.outsideExcel);
});

test('an ordinary browser (no host): the standalone page, and the office.js logger never opens its frame', () => {
  const opened: string[] = [];
  const endpoint = {
    loadProxyFrame: function () {
      opened.push('frame');
    },
    writeLog: function () {
      opened.push('log');
    },
  };
  (window as unknown as { OSF: unknown }).OSF = { Logger: { ulsEndpoint: endpoint } };
  loadEntry(officeWith({ host: null, platform: null }));
  expect(document.querySelector('input[type="file"]')).not.toBeNull();
  expect(appText()).toContain(S.file.choose);
  endpoint.loadProxyFrame();
  endpoint.writeLog();
  expect(opened).toEqual([]);
});

test('office.js did not load at all: the standalone page too', () => {
  loadEntry(undefined);
  expect(document.querySelector('input[type="file"]')).not.toBeNull();
});
