/**
 * Long work can be cancelled and can fail. Either way the user reads a Vietnamese status that says what
 * was written; a host's HostError is shown as it is, anything else as one general sentence (never the
 * technical message or a stack trace); the pane keeps what it showed before.
 */
import { FINDINGS_SHEET_NAME } from '../../src/core/report/findingsSheet';
import { SUMMARY_SHEET_NAME } from '../../src/core/report/summarySheet';
import { MEMBER_SHEET, UNIT_SHEET } from '../../src/core/sample/templateColumns';
import { HostError } from '../../src/hosts/workbookHost';
import { PaneState } from '../../src/taskpane/paneState';
import { controllerOn, sample, startedOn } from './paneFixtures';
import { gridOf } from '../../src/core/grid';

const GENERIC = 'Có lỗi ngoài dự kiến nên việc này chưa làm xong. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ, đóng và mở lại Excel.';

describe('cancel', () => {
  test('"Hủy" while reading: "Đã hủy.", nothing changed, the earlier results stay', async () => {
    const { host, pane } = await sample();
    const findingsBefore = pane.state.findings;
    const sheetsBefore = pane.state.workbook.sheets;
    host.during = { method: 'readGrids', action: () => pane.cancel() };
    await pane.check();
    expect(pane.state.status).toEqual({ kind: 'info', lines: ['Đã hủy.', 'Sổ không bị thay đổi.'] });
    expect(pane.state.findings).toBe(findingsBefore);
    expect(pane.state.workbook.sheets).toBe(sheetsBefore);
    expect(pane.state.busy).toBeNull();
  });

  test('"Hủy" while the findings sheet is written: it is finished, the summary is not written, and the user is told', async () => {
    const { host, pane } = await sample();
    host.during = { method: 'writeSheet', action: () => pane.cancel() };
    await pane.generateReport();
    expect(host.writes.map((w) => w.model.name)).toEqual([FINDINGS_SHEET_NAME]);
    // Sheets are written whole: the pane never hands the cancel to a write.
    expect(host.writes.every((w) => !w.cancelGiven)).toBe(true);
    expect(pane.state.status).toEqual({
      kind: 'info',
      lines: ['Đã hủy.', 'Đã ghi xong: trang \u201CKiểm tra dữ liệu\u201D.', 'Chưa ghi: trang \u201CBáo cáo sơ kết\u201D.'],
    });
  });

  test('"Hủy" during the template: the sheets written so far are named', async () => {
    const { host, pane } = await startedOn([gridOf('Sheet1', [])]);
    host.during = { method: 'writeSheet', action: () => pane.cancel() };
    await pane.writeTemplate();
    expect(host.writes.map((w) => w.model.name)).toEqual([UNIT_SHEET]);
    expect(pane.state.status!.lines).toEqual([
      'Đã hủy.',
      'Đã ghi xong: trang \u201CThông tin đơn vị\u201D.',
      'Chưa ghi: trang \u201CDanh sách đảng viên\u201D, \u201CSổ sinh hoạt chi bộ\u201D.',
    ]);
  });

  test('while cancelling, the step says so, and names the sheet it finishes writing', async () => {
    const { host, pane } = await sample();
    const steps: string[] = [];
    pane.subscribe((s: PaneState) => {
      if (s.busy) steps.push(s.busy.step);
    });
    host.during = { method: 'readGrids', action: () => pane.cancel() };
    await pane.detect();
    expect(steps[steps.length - 1]).toBe('Đang dừng…');
    host.during = { method: 'writeSheet', action: () => pane.cancel() };
    await pane.generateReport();
    expect(steps[steps.length - 1]).toBe('Đang dừng sau khi ghi xong trang \u201CKiểm tra dữ liệu\u201D…');
  });
});

describe('failure', () => {
  test('a HostError is shown as the host worded it', async () => {
    const { host, pane } = await sample();
    host.failNext = { method: 'readGrids', error: new HostError('Trang "Danh sách đảng viên" quá lớn để đọc trong Excel trên web.') };
    await pane.check();
    expect(pane.state.status).toEqual({ kind: 'error', lines: ['Trang "Danh sách đảng viên" quá lớn để đọc trong Excel trên web.'] });
  });

  test('anything else gives one Vietnamese sentence, never the technical message', async () => {
    const { host, pane } = await sample();
    const e = new TypeError("Cannot read properties of undefined (reading 'values')");
    host.failNext = { method: 'listSheets', error: e };
    await pane.check();
    expect(pane.state.status).toEqual({ kind: 'error', lines: [GENERIC] });
    expect(JSON.stringify(pane.state)).not.toContain('Cannot read');
  });

  test('a failure while writing the summary says the findings sheet was written and the summary was not', async () => {
    const { host, pane } = await sample();
    let writes = 0;
    const real = host.writeSheet.bind(host);
    host.writeSheet = async (model, opts, progress, cancel) => {
      if (++writes === 2) throw new HostError('Không ghi được trang "Báo cáo sơ kết": trang đang được bảo vệ.');
      return real(model, opts, progress, cancel);
    };
    await pane.generateReport();
    expect(pane.state.status).toEqual({
      kind: 'error',
      lines: [
        'Không ghi được trang "Báo cáo sơ kết": trang đang được bảo vệ.',
        'Đã ghi xong: trang \u201CKiểm tra dữ liệu\u201D.',
        'Chưa ghi: trang \u201CBáo cáo sơ kết\u201D.',
      ],
    });
    expect(host.sheet(SUMMARY_SHEET_NAME)).toBeNull();
  });

  test('a failure before anything is written says the workbook was not changed', async () => {
    const { host, pane } = await sample();
    host.failNext = { method: 'writeSheet', error: new Error('RichApi.Error') };
    await pane.writeSample();
    expect(pane.state.status).toEqual({ kind: 'error', lines: [GENERIC, 'Sổ không bị thay đổi.'] });
    expect(host.sheet(MEMBER_SHEET + ' (2)')).toBeNull();
  });

  test('settings that cannot be loaded leave the defaults', async () => {
    const host = (await sample()).host;
    host.choices = { tableOverrides: 'garbage', percentDecimals: 7, writeFindings: 'yes' };
    const pane = controllerOn(host);
    await pane.start();
    expect(pane.state.percentDecimals).toBe(1);
    expect(pane.state.writeFindings).toBe(true);
    expect(pane.state.workbook.sheets.length).toBe(3);
  });
});

describe('progress', () => {
  test('every step is named and the fraction only grows, from reading to writing the summary', async () => {
    const { pane } = await sample();
    const seen: { step: string; fraction: number }[] = [];
    pane.subscribe((s) => {
      if (s.busy) seen.push({ step: s.busy.step, fraction: s.busy.fraction });
    });
    await pane.generateReport();
    const steps = seen.map((x) => x.step).filter((s, i, all) => s && all.indexOf(s) === i);
    expect(steps).toEqual([
      'Đang xem các trang của sổ…',
      'Đang đọc dữ liệu…',
      'Đang nhận dạng, kiểm tra và tính số liệu…',
      'Đang ghi trang \u201CKiểm tra dữ liệu\u201D…',
      'Đang ghi trang \u201CBáo cáo sơ kết\u201D…',
    ]);
    for (let i = 1; i < seen.length; i++) expect(seen[i].fraction).toBeGreaterThanOrEqual(seen[i - 1].fraction);
    expect(seen[seen.length - 1].fraction).toBeLessThanOrEqual(1);
    expect(seen[seen.length - 1].fraction).toBeGreaterThan(0.9);
    expect(pane.state.busy).toBeNull();
  });

  test('a second action while one runs is not started', async () => {
    const { host, pane } = await sample();
    const first = pane.check();
    const second = pane.generateReport();
    await Promise.all([first, second]);
    expect(host.writes).toEqual([]);
    expect(host.reads.length).toBe(2);
  });
});
