/**
 * @jest-environment jsdom
 */
/**
 * The task pane in a page, on the in-memory workbook: the user sees the detected sheets, runs the check,
 * clicks a finding, generates the report and reads the done message and the key figures; corrections,
 * a bad date, the sample data and "Hủy" work from the page too.
 */
import { gridOf } from '../../src/core/grid';
import { SUMMARY_SHEET_NAME } from '../../src/core/report/summarySheet';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { MEETING_SHEET, MEMBER_SHEET } from '../../src/core/sample/templateColumns';
import { mountTaskpane, PaneApp } from '../../src/taskpane/app';
import { buttonNamed, choose, controlLabelled, text, typeInto, visiblePanel } from './domHelpers';
import { MemoryHost } from './memoryHost';
import { todayFixed } from './paneFixtures';

let root: HTMLElement;
let app: PaneApp | null = null;

beforeEach(() => {
  document.body.innerHTML = '<main id="app"></main>';
  root = document.getElementById('app')!;
});

afterEach(() => {
  if (app) app.destroy();
  app = null;
});

async function mount(host: MemoryHost): Promise<PaneApp> {
  app = mountTaskpane(root, host, { today: todayFixed });
  await app.ready;
  return app;
}

async function click(b: HTMLElement): Promise<void> {
  b.click();
  await app!.controller.idle();
}

function card(sheet: string): HTMLElement {
  const cards: HTMLElement[] = Array.prototype.slice.call(root.querySelectorAll('.card'));
  const found = cards.filter((c) => text(c.querySelector('h3')) === sheet);
  if (found.length !== 1) throw new Error('no card for ' + sheet);
  return found[0];
}

function status(): string {
  return text(root.querySelector('[role="status"]')) + text(root.querySelector('[role="alert"]'));
}

test('from opening to the report: sheets, check, a finding, the report and its figures', async () => {
  const host = new MemoryHost(sampleGrids());
  await mount(host);

  // Sổ dữ liệu is shown first, with what was recognised.
  expect(text(root.querySelector('[role="tab"][aria-selected="true"]'))).toBe('Sổ dữ liệu');
  const members = card(MEMBER_SHEET);
  expect(text(members.querySelector('.summary'))).toBe('70 đảng viên, dòng 8–77');
  expect((controlLabelled(members, 'Loại trang') as HTMLSelectElement).value).toBe('members');
  expect(text(card(MEETING_SHEET).querySelector('.summary'))).toBe('192 buổi sinh hoạt, dòng 4–195');
  expect(text(card('Thông tin đơn vị').querySelector('.summary'))).toBe('12 mục thông tin');

  // Kiểm tra.
  await click(buttonNamed(root, 'Kiểm tra'));
  expect(text(visiblePanel(root).querySelector('h2'))).toBe('Kiểm tra dữ liệu');
  await click(buttonNamed(visiblePanel(root), 'Kiểm tra dữ liệu'));
  const counts = app!.controller.state.findings!.counts;
  expect(status()).toBe('Đã kiểm tra: ' + counts.error + ' lỗi, ' + counts.warning + ' cảnh báo, ' + counts.info + ' gợi ý.');
  expect(text(visiblePanel(root).querySelector('.counts'))).toBe(counts.error + ' lỗi, ' + counts.warning + ' cảnh báo, ' + counts.info + ' gợi ý.');
  const first = visiblePanel(root).querySelector('.finding-link') as HTMLButtonElement;
  expect(text(first)).toContain('Đồng chí Tạ Thu Dung: ngày vào Đảng 10/03/2021 là ngày trong tương lai');
  await click(first);
  expect(host.selections).toEqual([{ sheet: MEMBER_SHEET, address: 'G44' }]);

  // Báo cáo: the period is prefilled; one click writes the report.
  await click(buttonNamed(root, 'Báo cáo'));
  const panel = visiblePanel(root);
  expect((controlLabelled(panel, 'Từ ngày') as HTMLInputElement).value).toBe('01/01/2018');
  expect((controlLabelled(panel, 'Đến ngày') as HTMLInputElement).value).toBe('31/12/2020');
  await click(buttonNamed(panel, 'Tạo báo cáo'));
  expect(status()).toContain('Đã tạo báo cáo.');
  expect(host.active).toBe(SUMMARY_SHEET_NAME);
  const figures = Array.prototype.slice.call(panel.querySelectorAll('.figure')).map(
    (f: HTMLElement) => text(f.querySelector('dt')) + ': ' + text(f.querySelector('dd')),
  );
  expect(figures).toContain('Tổng số đảng viên: 66 (71% của 93 CB-CC-VC-NLĐ)');
  expect(figures).toContain('Lý luận chính trị cao cấp, cử nhân: 26 (39,4%)');
  expect(figures).toContain('Số chi bộ trực thuộc: 04');
});

test('"Xem thêm" lists more findings of a rule, the group count unchanged', async () => {
  await mount(new MemoryHost(sampleGrids()));
  await click(buttonNamed(root, 'Kiểm tra'));
  const panel = visiblePanel(root);
  // Gợi ý groups start closed: open the biggest one.
  const toggle = buttonNamed(panel, 'Buổi sinh hoạt chưa đạt tiêu chí chất lượng (24)');
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await click(toggle);
  const rule = () => buttonNamed(panel, 'Buổi sinh hoạt chưa đạt tiêu chí chất lượng (24)').parentNode as HTMLElement;
  expect(rule().querySelectorAll('.finding').length).toBe(5);
  await click(buttonNamed(panel, 'Xem thêm (còn 19): 19 mục nữa của nhóm \u201CBuổi sinh hoạt chưa đạt tiêu chí chất lượng\u201D'));
  expect(rule().querySelectorAll('.finding').length).toBe(24);
});

test('a correction made in the page is applied, shown as the user\'s choice, and saved', async () => {
  const host = new MemoryHost(sampleGrids());
  await mount(host);
  const select = controlLabelled(card(MEETING_SHEET), 'Loại trang') as HTMLSelectElement;
  choose(select, 'ignore');
  await app!.controller.idle();
  const c = card(MEETING_SHEET);
  expect(text(c.querySelector('.badge'))).toBe('Do bạn chọn');
  expect(text(c.querySelector('.summary'))).toBe('Trang này không được đọc.');
  expect(host.choices.tableOverrides).toEqual([{ sheet: MEETING_SHEET, kind: 'ignore' }]);
  // The keyboard stays where it was, on the redrawn list.
  expect(document.activeElement).toBe(controlLabelled(c, 'Loại trang'));

  // The column editor opens on demand and lists a select per field.
  const toggle = buttonNamed(card(MEMBER_SHEET), 'Cột dữ liệu (15)');
  await click(toggle);
  const m = card(MEMBER_SHEET);
  expect(buttonNamed(m, 'Cột dữ liệu (15)').getAttribute('aria-expanded')).toBe('true');
  expect((controlLabelled(m, 'Ngày vào Đảng') as HTMLSelectElement).value).toBe('G');

  await click(buttonNamed(c, 'Dùng nhận dạng tự động cho trang \u201CSổ sinh hoạt chi bộ\u201D'));
  expect(text(card(MEETING_SHEET).querySelector('.summary'))).toBe('192 buổi sinh hoạt, dòng 4–195');
  expect(document.activeElement).toBe(controlLabelled(card(MEETING_SHEET), 'Loại trang'));
});

test('a bad date is refused with a message naming the field; nothing is written', async () => {
  const host = new MemoryHost(sampleGrids());
  await mount(host);
  await click(buttonNamed(root, 'Báo cáo'));
  const panel = visiblePanel(root);
  typeInto(controlLabelled(panel, 'Từ ngày') as HTMLInputElement, '32/01/2019');
  await click(buttonNamed(panel, 'Tạo báo cáo'));
  expect(text(root.querySelector('[role="alert"]'))).toBe('\u201CTừ ngày\u201D: \u201C32/01/2019\u201D là ngày không có thật.');
  expect(host.writes).toEqual([]);
});

test('the sample data from the Mẫu tab, then the report, in a new workbook', async () => {
  const host = new MemoryHost([gridOf('Sheet1', [])]);
  await mount(host);
  expect(text(root.querySelector('.sheet-list'))).toContain('Sổ chưa có trang nào có dữ liệu');
  await click(buttonNamed(root, 'Mẫu'));
  await click(buttonNamed(visiblePanel(root), 'Dữ liệu mẫu'));
  expect(status()).toContain('Đã ghi dữ liệu mẫu vào các trang');
  await click(buttonNamed(root, 'Sổ dữ liệu'));
  expect(text(card(MEMBER_SHEET).querySelector('.summary'))).toBe('70 đảng viên, dòng 8–77');
  await click(buttonNamed(root, 'Báo cáo'));
  await click(buttonNamed(visiblePanel(root), 'Tạo báo cáo'));
  expect(status()).toContain('Đã tạo báo cáo.');
});

test('during long work: the step, a progress bar and "Hủy", the other controls disabled; "Hủy" stops it', async () => {
  const host = new MemoryHost(sampleGrids());
  await mount(host);
  await click(buttonNamed(root, 'Kiểm tra'));
  const check = buttonNamed(visiblePanel(root), 'Kiểm tra dữ liệu');
  let seen: { step: string; barShown: boolean; checkDisabled: boolean; toggleEnabled: boolean; focusOnCancel: boolean } | null = null;
  host.during = {
    method: 'readGrids',
    action: () => {
      const cancel = buttonNamed(root, 'Hủy việc đang làm');
      const row = root.querySelector('.progress-row') as HTMLElement;
      seen = {
        step: text(root.querySelector('.progress-step')),
        barShown: !row.hasAttribute('hidden') && !!root.querySelector('[role="progressbar"][aria-valuenow]'),
        checkDisabled: check.disabled,
        // Showing or hiding a group of findings starts no work and stays usable.
        toggleEnabled: !(visiblePanel(root).querySelector('.disclosure') as HTMLButtonElement).disabled,
        focusOnCancel: document.activeElement === cancel,
      };
      cancel.click();
    },
  };
  check.focus();
  await click(check);
  expect(seen).toEqual({ step: 'Đang đọc dữ liệu…', barShown: true, checkDisabled: true, toggleEnabled: true, focusOnCancel: true });
  expect(status()).toBe('Đã hủy.Sổ không bị thay đổi.');
  expect((root.querySelector('.progress-row') as HTMLElement).hasAttribute('hidden')).toBe(true);
  expect(check.disabled).toBe(false);
  // The keyboard is back on the button that started the work.
  expect(document.activeElement).toBe(check);
});
