/**
 * End to end through the real engine: bao-cao on the sample reproduces the seed report's figures,
 * kiem-tra finds defects planted in a workbook at their rows and columns and nothing on clean rows,
 * and regenerating a report keeps the text the office typed.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { SAMPLE_EXPECTED } from '../../src/core/sample/sampleExpected';
import { makeSample } from '../../scripts/makeSample';
import { captureIo, tempDir } from './cliFixtures';

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = tempDir();
  sample = path.join(dir, 'so-dang-vien-mau.xlsx');
  await makeSample(sample);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

interface JsonFinding {
  code: string;
  severity: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
}

describe('bao-cao on the sample registers', () => {
  test('--json figures are the ones the sample is built to give, with no error', async () => {
    const io = captureIo(dir);
    expect(await main(['bao-cao', 'so-dang-vien-mau.xlsx', '-o', 'bc-json.xlsx', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out) as { figures: Record<string, number>; findings: JsonFinding[] };
    for (const id of Object.keys(SAMPLE_EXPECTED)) {
      expect([id, out.figures[id]]).toEqual([id, expect.closeTo(SAMPLE_EXPECTED[id], 9)]);
    }
    expect(out.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('writes the report, leaves the registers untouched and prints the seed figures in paper form', async () => {
    const before = sha(sample);
    const io = captureIo(dir);
    expect(await main(['bao-cao', 'so-dang-vien-mau.xlsx'], io)).toBe(0);
    expect(sha(sample)).toBe(before);
    const output = path.join(dir, 'bao-cao-so-ket.xlsx');
    expect(io.out).toContain('Đã ghi báo cáo: ' + output);
    expect(io.out).toContain('Kỳ báo cáo: 01/01/2018 – 31/12/2020');
    expect(io.out).toContain('Đảng viên: 66 đồng chí, bằng 71% tổng số 93 CB-CC-VC-NLĐ; nam 46, nữ 20.');
    expect(io.out).toContain('cao cấp, cử nhân 26 (39,4%); trung cấp 17 (25,8%)');
    expect(io.out).toContain('thạc sĩ trở lên 23 (34,8%); đại học 42 (63,6%)');
    expect(io.out).toContain('trung cấp, sơ cấp 01 (1,5%)');
    expect(io.out).toContain('Chi bộ trực thuộc: 04; kết nạp trong kỳ: 06 đảng viên.');
    expect(io.out).toContain('100% chi bộ sinh hoạt thường kỳ đủ các tháng');
    expect(io.out).toMatch(/Kiểm tra dữ liệu: 0 lỗi, /);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Báo cáo sơ kết', 'Kiểm tra dữ liệu']);
    // The registers are another file: the findings sheet lists places, it does not link into cells it lacks.
    let formulas = 0;
    wb.getWorksheet('Kiểm tra dữ liệu')!.eachRow((row) => row.eachCell((cell) => (formulas += cell.formula ? 1 : 0)));
    expect(formulas).toBe(0);
  });

  test('with no file it reports on the bundled sample (what npm run report does)', async () => {
    const io = captureIo(dir);
    expect(await main(['bao-cao', '-o', 'bc-mac-dinh.xlsx', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).figures['members.total']).toBe(66);
  });

  test('regenerating into an existing report keeps the text typed into the office\'s own cells', async () => {
    const output = path.join(dir, 'bc-giu-chu.xlsx');
    expect(await main(['bao-cao', 'so-dang-vien-mau.xlsx', '-o', 'bc-giu-chu.xlsx'], captureIo(dir))).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const names = wb.definedNames.model.filter((n) => n.name.indexOf('NoiDung_') === 0);
    expect(names.length).toBeGreaterThan(0);
    const ref = names[0].ranges[0];
    const address = ref.slice(ref.lastIndexOf('!') + 1).split(':')[0].replace(/\$/g, '');
    const typed = 'Đảng ủy luôn nhận được sự quan tâm, chỉ đạo sát sao của Đảng ủy Khối.';
    wb.getWorksheet('Báo cáo sơ kết')!.getCell(address).value = typed;
    await wb.xlsx.writeFile(output);

    const io = captureIo(dir);
    expect(await main(['bao-cao', 'so-dang-vien-mau.xlsx', '-o', 'bc-giu-chu.xlsx'], io)).toBe(0);
    expect(io.out).toContain('Đã cập nhật báo cáo: ' + output);
    expect(io.out).toContain('Giữ nguyên 1 ô nội dung do văn phòng tự viết.');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    const again = back.definedNames.getRanges(names[0].name).ranges[0];
    const newAddress = again.slice(again.lastIndexOf('!') + 1).split(':')[0].replace(/\$/g, '');
    expect(back.getWorksheet('Báo cáo sơ kết')!.getCell(newAddress).value).toBe(typed);
  });
});

describe('kiem-tra on a workbook with planted defects', () => {
  const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Trình độ chuyên môn', 'Lý luận chính trị', 'Số thẻ đảng viên'];
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  // Excel rows 4..13 hold members; the planted rows and where each defect must be reported.
  const PLANTED: Record<number, { code: string; column: string }> = {
    6: { code: 'impossible-date', column: 'D' },
    8: { code: 'admitted-under-18', column: 'E' },
    10: { code: 'official-too-early', column: 'F' },
    12: { code: 'unknown-category', column: 'C' },
  };
  const file = () => path.join(dir, 'loi-cai-san.xlsx');

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách đảng viên');
    ws.getCell('A1').value = 'DANH SÁCH ĐẢNG VIÊN CHI BỘ VĂN PHÒNG';
    ws.addRow([]);
    ws.addRow(HEADER);
    const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Lan', 'Minh', 'Nga'];
    for (let i = 0; i < 10; i++) {
      const row = 4 + i;
      const female = i % 3 === 0;
      const admitted = utc(2000 + i, 3 + (i % 6), 10 + i);
      const official = utc(2001 + i, 3 + (i % 6), 10 + i);
      const values: ExcelJS.CellValue[] = [
        i + 1,
        (female ? 'Trần Thị ' : 'Nguyễn Văn ') + given[i],
        female ? 'Nữ' : 'Nam',
        utc(1975 + i, 1 + i, 5 + i),
        admitted,
        official,
        'Chi bộ Văn phòng',
        'Đại học',
        'Trung cấp',
        '0260000000' + (10 + i),
      ];
      if (row === 6) values[3] = '31/02/1980';
      if (row === 12) values[2] = 'Không rõ';
      ws.addRow(values);
    }
    // Row 8: born 1979, admitted in 1995 at 16.
    ws.getCell('D8').value = utc(1979, 5, 9);
    ws.getCell('E8').value = utc(1995, 6, 1);
    ws.getCell('F8').value = utc(1996, 6, 1);
    // Row 10: admitted 16/09/2006, official 16/12/2006: three months only.
    ws.getCell('E10').value = utc(2006, 9, 16);
    ws.getCell('F10').value = utc(2006, 12, 16);
    for (let r = 4; r <= 13; r++) for (const c of ['D', 'E', 'F']) ws.getCell(c + r).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(file());
  });

  test('each defect at its row and column, nothing on the clean rows, exit 1', async () => {
    const io = captureIo(dir);
    const code = await main(['kiem-tra', 'loi-cai-san.xlsx', '--tu', '01/01/2020', '--den', '31/12/2020', '--json'], io);
    expect(code).toBe(1);
    const findings = (JSON.parse(io.out) as { findings: JsonFinding[] }).findings.filter((f) => f.sheet === 'Danh sách đảng viên');
    for (const row of Object.keys(PLANTED).map(Number)) {
      expect(findings).toContainEqual(expect.objectContaining({ code: PLANTED[row].code, row: row, column: PLANTED[row].column }));
    }
    const onCleanRows = findings.filter((f) => f.row !== null && f.row >= 4 && !PLANTED[f.row]);
    expect(onCleanRows).toEqual([]);
  });

  test('the text report names each place', async () => {
    const io = captureIo(dir);
    expect(await main(['kiem-tra', 'loi-cai-san.xlsx', '--tu', '01/01/2020', '--den', '31/12/2020'], io)).toBe(1);
    for (const row of Object.keys(PLANTED).map(Number)) {
      expect(io.out).toContain('Trang "Danh sách đảng viên", dòng ' + row + ', cột ' + PLANTED[row].column + ':');
    }
  });
});
