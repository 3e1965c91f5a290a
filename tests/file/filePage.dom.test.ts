/**
 * @jest-environment jsdom
 */
/**
 * The standalone page in a document (jsdom), over the worker run in-process: a labelled file input that takes
 * .xlsx, what the page promises about the file, the pane drawn over the file read (three tabs, "Tải về báo
 * cáo", findings as text with one line on why nothing is fixed here), a file that is not a workbook answered in
 * Vietnamese, and a browser without what the page needs told so.
 */
import * as fs from 'fs';
import * as path from 'path';
import { mountFilePage, showNoFileSupport } from '../../src/taskpane/filePage';
import { canReadFiles } from '../../src/taskpane/fileSupport';
import { buttonNamed, controlLabelled, text } from '../taskpane/domHelpers';
import { todayFixed } from '../taskpane/paneFixtures';
import { arrayBufferOf, inProcessWorker } from './inProcessWorker';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'so-dang-vien-mau.xlsx');

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main id="app"></main>';
  root = document.getElementById('app')!;
});

function fileOf(name: string, bytes: Uint8Array): File {
  return new File([arrayBufferOf(bytes)], name);
}

function mount(saved: { name: string; size: number }[]) {
  return mountFilePage(root, {
    createWorker: inProcessWorker,
    save: (bytes, name) => saved.push({ name: name, size: bytes.byteLength }),
    controller: { today: todayFixed },
  });
}

function statusText(): string {
  const nodes: Element[] = Array.prototype.slice.call(root.querySelectorAll('[role="status"], [role="alert"]'));
  return nodes.map((n) => text(n)).join(' ').trim();
}

test('the page offers a labelled .xlsx file input and says the file stays on the machine, unchanged', () => {
  mount([]);
  const input = controlLabelled(root, 'Chọn tệp Excel') as HTMLInputElement;
  expect(input.type).toBe('file');
  expect(input.accept.split(',')).toContain('.xlsx');
  expect(text(root)).toContain('Tệp được đọc trên máy này, không gửi đi đâu và không bị thay đổi');
  expect(root.querySelector('[role="tab"]')).toBeNull();
  expect(text(root)).not.toContain('file://');
});

test('opened from the disk, the page says up front that Chrome and Edge need it served by a web server', () => {
  mountFilePage(root, { createWorker: inProcessWorker, protocol: 'file:' });
  expect(text(root.querySelector('[role="note"]'))).toContain('Trang đang được mở trực tiếp từ ổ đĩa (file://)');
});

test('choosing the sample draws the pane over it: three tabs, findings as text, and "Tải về báo cáo" downloads', async () => {
  const saved: { name: string; size: number }[] = [];
  const page = mount(saved);
  await page.open(fileOf('so-dang-vien-mau.xlsx', fs.readFileSync(SAMPLE)));
  const app = page.app()!;
  expect(app).not.toBeNull();
  expect(text(root.querySelector('.file-name'))).toBe('Tệp: \u201Cso-dang-vien-mau.xlsx\u201D');
  const tabs: Element[] = Array.prototype.slice.call(root.querySelectorAll('[role="tab"]'));
  expect(tabs.map((t) => text(t))).toEqual(['Sổ dữ liệu', 'Kiểm tra', 'Báo cáo']);
  expect(root.querySelectorAll('.sheet-list .card')).toHaveLength(3);

  buttonNamed(root, 'Kiểm tra dữ liệu').click();
  await app.controller.idle();
  expect(text(root)).toContain('Trang này chỉ đọc tệp nên không sửa giúp được');
  expect(root.querySelectorAll('.finding').length).toBeGreaterThan(0);
  expect(root.querySelectorAll('.finding-link')).toHaveLength(0);
  expect(root.querySelectorAll('button.fix')).toHaveLength(0);

  buttonNamed(root, 'Tải về báo cáo').click();
  await app.controller.idle();
  expect(saved.map((s) => s.name)).toEqual(['bao-cao-so-ket-so-dang-vien-mau.xlsx']);
  expect(saved[0].size).toBeGreaterThan(5000);
  expect(statusText()).toContain('Tệp sổ của bạn không bị thay đổi.');
});

test('"Hủy" while the file is read stops the worker; the page says so and draws no pane', async () => {
  const page = mount([]);
  const opening = page.open(fileOf('so-dang-vien-mau.xlsx', fs.readFileSync(SAMPLE)));
  // The reading shows its step and a "Hủy" button.
  await new Promise((r) => setTimeout(r, 0));
  expect(text(root.querySelector('.progress-step'))).toBe('Đang đọc tệp \u201Cso-dang-vien-mau.xlsx\u201D…');
  buttonNamed(root, 'Hủy việc đang làm').click();
  await opening;
  expect(page.app()).toBeNull();
  expect(statusText()).toBe('Đã hủy đọc tệp.');
  expect(root.querySelector('[role="tab"]')).toBeNull();
});

test('a file dropped anywhere on the page is read like a chosen one, and the browser does not open it', async () => {
  const page = mount([]);
  const drop = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(drop, 'dataTransfer', { value: { files: [fileOf('so-dang-vien-mau.xlsx', fs.readFileSync(SAMPLE))] } });
  document.body.dispatchEvent(drop);
  expect(drop.defaultPrevented).toBe(true);
  while (!page.app()) await new Promise((r) => setTimeout(r, 5));
  await page.app()!.ready;
  expect(text(root.querySelector('.file-name'))).toBe('Tệp: \u201Cso-dang-vien-mau.xlsx\u201D');
  expect(root.querySelectorAll('.sheet-list .card')).toHaveLength(3);
});

test('an old .xls is answered with what to do, and the page stays ready for another file', async () => {
  const page = mount([]);
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await page.open(fileOf('so-cu.xls', ole));
  expect(page.app()).toBeNull();
  expect(text(root.querySelector('[role="alert"]'))).toBe(
    'Không mở được tệp "so-cu.xls": tệp là sổ Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx).',
  );
  expect((controlLabelled(root, 'Chọn tệp Excel') as HTMLInputElement).disabled).toBe(false);
});

test('a browser without Worker, File API or a way to save a file gets one Vietnamese line instead', () => {
  const modern = { Worker: function () {}, FileReader: function () {}, Blob: function () {}, ArrayBuffer: ArrayBuffer, URL: { createObjectURL: function () {} } };
  expect(canReadFiles(modern)).toBe(true);
  expect(canReadFiles({ ...modern, Worker: undefined })).toBe(false);
  expect(canReadFiles({ ...modern, FileReader: undefined })).toBe(false);
  expect(canReadFiles({ ...modern, URL: undefined })).toBe(false);
  // Internet Explorer saves with msSaveOrOpenBlob.
  expect(canReadFiles({ ...modern, URL: undefined, navigator: { msSaveOrOpenBlob: function () {} } })).toBe(true);
  showNoFileSupport(root);
  expect(text(root)).toBe(
    'Trình duyệt này không đọc được tệp trên máy (thiếu Web Worker hoặc File API). Hãy mở trang bằng Chrome, Edge hoặc Firefox bản mới.',
  );
});
