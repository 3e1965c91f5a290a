/**
 * The `so-ket` command line run in-process with a stand-in engine: exit codes, the Vietnamese one-line
 * messages, the printed findings and summary, --json, and what is written to disk.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { USAGE } from '../../src/cli/usage';
import { readWorkbookFile } from '../../src/hosts/xlsx/readWorkbook';
import { captureIo, dateFinding, FAKE_HINT, fakeEngine, oldCardFinding, tempDir, writeSmallWorkbook } from './cliFixtures';

let dir: string;
let input: string;
beforeAll(async () => {
  dir = tempDir();
  input = path.join(dir, 'so-dang-vien.xlsx');
  await writeSmallWorkbook(input);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('usage and wrong arguments', () => {
  test('--help prints the Vietnamese usage and exits 0', async () => {
    const io = captureIo(dir);
    expect(await main(['--help'], io, fakeEngine())).toBe(0);
    expect(io.out).toBe(USAGE);
    expect(io.out).toContain('so-ket bao-cao');
    expect(io.err).toBe('');
  });

  test('no command, an unknown command or a bad date: exit 2 with one line on stderr', async () => {
    for (const argv of [[], ['lam-bao-cao'], ['bao-cao', '--tu', '32/01/2020']]) {
      const io = captureIo(dir);
      expect(await main(argv, io, fakeEngine())).toBe(2);
      expect(io.out).toBe('');
      expect(io.err.split('\n').filter(Boolean).length).toBe(1);
      expect(io.err).toContain('Xem: so-ket --help');
    }
  });
});

describe('files that cannot be used: exit 2, one Vietnamese line naming the file', () => {
  test('a missing file', async () => {
    const io = captureIo(dir);
    expect(await main(['kiem-tra', 'khong-co.xlsx'], io, fakeEngine())).toBe(2);
    expect(io.err).toBe('Không mở được tệp "khong-co.xlsx": không tìm thấy tệp.\n');
  });

  test('a text file renamed .xlsx', async () => {
    fs.writeFileSync(path.join(dir, 'danh-sach.xlsx'), 'STT,Họ và tên\n1,Nguyễn Văn An\n');
    const io = captureIo(dir);
    expect(await main(['bao-cao', 'danh-sach.xlsx'], io, fakeEngine())).toBe(2);
    expect(io.err).toBe('Không mở được tệp "danh-sach.xlsx": tệp không phải là sổ Excel (.xlsx).\n');
    expect(fs.existsSync(path.join(dir, 'bao-cao-so-ket.xlsx'))).toBe(false);
  });

  test('a workbook without a member list', async () => {
    const io = captureIo(dir);
    expect(await main(['kiem-tra', 'so-dang-vien.xlsx'], io, fakeEngine({ members: false }))).toBe(2);
    expect(io.err).toMatch(/^Không tìm thấy danh sách đảng viên trong tệp "so-dang-vien\.xlsx"/);
    expect(io.err.split('\n').filter(Boolean).length).toBe(1);
  });

  test('an unexpected failure inside the engine: exit 2, one line, no stack trace', async () => {
    const io = captureIo(dir);
    const code = await main(['kiem-tra', 'so-dang-vien.xlsx'], io, fakeEngine({ throws: new TypeError('x is undefined') }));
    expect(code).toBe(2);
    expect(io.err).toBe('Đã xảy ra lỗi không mong đợi: x is undefined\n');
  });
});

describe('kiem-tra', () => {
  test('exit 1 when there are errors; findings grouped by severity and rule, with their places', async () => {
    const io = captureIo(dir);
    const engine = fakeEngine({ findings: [dateFinding(12), oldCardFinding(20)] });
    expect(await main(['kiem-tra', 'so-dang-vien.xlsx'], io, engine)).toBe(1);
    const out = io.out;
    expect(out).toContain('Kiểm tra tệp "so-dang-vien.xlsx" (kỳ báo cáo 01/01/2018 – 31/12/2020)');
    expect(out).toContain('LỖI (1)\n  Ngày không có thật (1)\n');
    expect(out).toContain('    - Trang "Danh sách đảng viên", dòng 12, cột D: "31/02/1980" ở cột "Ngày sinh" là ngày không có thật.');
    expect(out).toContain('GỢI Ý (1)\n  Số thẻ theo mẫu cũ (1)\n    - Trang "Danh sách đảng viên", dòng 20, cột M:');
    expect(out.indexOf('LỖI')).toBeLessThan(out.indexOf('GỢI Ý'));
    expect(out).toContain('Tổng cộng: 1 lỗi, 0 cảnh báo, 1 gợi ý.');
    expect(io.err).toBe('');
  });

  test('exit 0 when there are only warnings and tips; a clean file says so', async () => {
    const io = captureIo(dir);
    expect(await main(['kiem-tra', 'so-dang-vien.xlsx'], io, fakeEngine({ findings: [oldCardFinding(9)] }))).toBe(0);
    const clean = captureIo(dir);
    expect(await main(['kiem-tra', 'so-dang-vien.xlsx'], clean, fakeEngine())).toBe(0);
    expect(clean.out).toContain('Không phát hiện vấn đề nào.');
  });

  test('the list is capped at 50 per rule, the counts are not', async () => {
    const findings = [];
    for (let r = 8; r < 8 + 63; r++) findings.push(dateFinding(r));
    const io = captureIo(dir);
    expect(await main(['kiem-tra', 'so-dang-vien.xlsx'], io, fakeEngine({ findings }))).toBe(1);
    expect(io.out).toContain('LỖI (63)\n  Ngày không có thật (63)\n');
    expect(io.out.split('\n').filter((l) => l.indexOf('    - ') === 0).length).toBe(50);
    expect(io.out).toContain('    … và 13 lỗi khác\n');
    expect(io.out).toContain('dòng 57, cột D');
    expect(io.out).not.toContain('dòng 58, cột D');
    expect(io.out).toContain('Tổng cộng: 63 lỗi, 0 cảnh báo, 0 gợi ý.');
  });

  test('--json prints only the JSON: figures and findings without group keys', async () => {
    const io = captureIo(dir);
    expect(await main(['kiem-tra', 'so-dang-vien.xlsx', '--json'], io, fakeEngine({ findings: [dateFinding(12)] }))).toBe(1);
    const parsed = JSON.parse(io.out);
    expect(Object.keys(parsed)).toEqual(['figures', 'findings']);
    expect(parsed.figures['members.total']).toBe(66);
    expect(parsed.findings).toEqual([
      {
        code: 'impossible-date',
        severity: 'error',
        sheet: 'Danh sách đảng viên',
        row: 12,
        column: 'D',
        value: '31/02/1980',
        message: '"31/02/1980" ở cột "Ngày sinh" là ngày không có thật.',
      },
    ]);
  });

  test('--tu and --den reach the engine as the report period', async () => {
    const engine = fakeEngine();
    await main(['kiem-tra', 'so-dang-vien.xlsx', '--tu', '01/07/2019', '--den', '2020'], captureIo(dir), engine);
    expect(engine.analyzeCalls[0]).toMatchObject({ from: { y: 2019, m: 7, d: 1 }, to: { y: 2020, m: 12, d: 31 }, date1904: false });
  });
});

describe('bao-cao', () => {
  test('writes the report in the current folder, leaves the registers file untouched, prints the key figures', async () => {
    const before = sha(input);
    const io = captureIo(dir);
    expect(await main(['bao-cao', 'so-dang-vien.xlsx'], io, fakeEngine({ findings: [oldCardFinding(9)] }))).toBe(0);
    const output = path.join(dir, 'bao-cao-so-ket.xlsx');
    expect(sha(input)).toBe(before);
    expect(io.out).toContain('Đã ghi báo cáo: ' + output);
    expect(io.out).toContain('Đảng viên: 66 đồng chí, bằng 71% tổng số 93 CB-CC-VC-NLĐ; nam 46, nữ 20.');
    expect(io.out).toContain('Chi bộ trực thuộc: 04; kết nạp trong kỳ: 06 đảng viên.');
    expect(io.out).toContain('Kiểm tra dữ liệu: 0 lỗi, 0 cảnh báo, 1 gợi ý');
    const { grids } = await readWorkbookFile(output);
    expect(grids.map((g) => g.sheet)).toEqual(['Báo cáo sơ kết', 'Kiểm tra dữ liệu']);
    expect(grids[0].rows[0]).toEqual(['Tổng số đảng viên', 66]);
    fs.unlinkSync(output);
  });

  test('refreshing an existing report keeps the typed text and replaces the figures', async () => {
    const output = path.join(dir, 'bc-refresh.xlsx');
    expect(await main(['bao-cao', 'so-dang-vien.xlsx', '-o', 'bc-refresh.xlsx'], captureIo(dir), fakeEngine())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.getWorksheet('Báo cáo sơ kết')!.getCell('A3').value).toBe(FAKE_HINT);
    wb.getWorksheet('Báo cáo sơ kết')!.getCell('A3').value = 'Cấp ủy quan tâm, chỉ đạo sát sao.';
    await wb.xlsx.writeFile(output);
    const io = captureIo(dir);
    const engine = fakeEngine({ figures: { 'members.total': 70 } });
    expect(await main(['bao-cao', 'so-dang-vien.xlsx', '-o', 'bc-refresh.xlsx'], io, engine)).toBe(0);
    expect(io.out).toContain('Đã cập nhật báo cáo: ' + output);
    expect(io.out).toContain('Giữ nguyên 1 ô nội dung do văn phòng tự viết.');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    expect(back.getWorksheet('Báo cáo sơ kết')!.getCell('A3').value).toBe('Cấp ủy quan tâm, chỉ đạo sát sao.');
    expect(back.getWorksheet('Báo cáo sơ kết')!.getCell('B1').value).toBe(70);
  });

  test('refuses to write the report onto the registers file', async () => {
    const before = sha(input);
    const io = captureIo(dir);
    expect(await main(['bao-cao', 'so-dang-vien.xlsx', '-o', './so-dang-vien.xlsx'], io, fakeEngine())).toBe(2);
    expect(io.err).toMatch(/^Tệp báo cáo không được trùng với tệp sổ "so-dang-vien\.xlsx"/);
    expect(sha(input)).toBe(before);
  });

  test('an existing output that is not a workbook is not overwritten', async () => {
    const bad = path.join(dir, 'ghi-chu.xlsx');
    fs.writeFileSync(bad, 'ghi chú quan trọng');
    const io = captureIo(dir);
    expect(await main(['bao-cao', 'so-dang-vien.xlsx', '-o', 'ghi-chu.xlsx'], io, fakeEngine())).toBe(2);
    expect(io.err).toBe('Không mở được tệp "ghi-chu.xlsx": tệp không phải là sổ Excel (.xlsx).\n');
    expect(fs.readFileSync(bad, 'utf8')).toBe('ghi chú quan trọng');
  });

  test('an output folder that does not exist', async () => {
    const io = captureIo(dir);
    expect(await main(['bao-cao', 'so-dang-vien.xlsx', '-o', 'khong-co/bc.xlsx'], io, fakeEngine())).toBe(2);
    expect(io.err).toBe('Không ghi được tệp "khong-co/bc.xlsx": thư mục chứa tệp không tồn tại.\n');
  });

  test('--json prints the figures and findings and nothing else', async () => {
    const io = captureIo(dir);
    expect(await main(['bao-cao', 'so-dang-vien.xlsx', '-o', 'bc-json.xlsx', '--json'], io, fakeEngine())).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ figures: expect.objectContaining({ 'members.total': 66, 'cells.total': 4 }), findings: [] });
    expect(fs.existsSync(path.join(dir, 'bc-json.xlsx'))).toBe(true);
  });
});

describe('mau', () => {
  test('writes an empty standard workbook the reader can open, and never overwrites', async () => {
    const io = captureIo(dir);
    expect(await main(['mau', '-o', 'trong.xlsx'], io, fakeEngine())).toBe(0);
    const target = path.join(dir, 'trong.xlsx');
    expect(io.out).toBe('Đã ghi sổ trống theo mẫu: ' + target + '\n');
    const { grids } = await readWorkbookFile(target);
    expect(grids.map((g) => g.sheet)).toEqual(['Thông tin đơn vị', 'Danh sách đảng viên', 'Sổ sinh hoạt chi bộ']);
    const again = captureIo(dir);
    expect(await main(['mau', '-o', 'trong.xlsx'], again, fakeEngine())).toBe(2);
    expect(again.err).toMatch(/^Tệp "trong\.xlsx" đã có; hãy chọn tên khác để không ghi đè\./);
  });
});
