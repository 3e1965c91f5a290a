/**
 * What a file's bytes are, told before exceljs reads them (shared by the command line and the standalone
 * page): LibreOffice's own .ods gets a message saying how to save it as .xlsx, not "damaged".
 */
import JSZip from 'jszip';
import * as ExcelJS from 'exceljs';
import { loadWorkbookBytes, workbookBytesProblem } from '../../src/hosts/xlsx/workbookBytes';
import { WorkbookError } from '../../src/hosts/xlsx/workbookError';

async function odsBytes(): Promise<Uint8Array> {
  const zip = new JSZip();
  // As LibreOffice writes it: "mimetype" first, stored uncompressed.
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file('content.xml', '<office:document-content/>');
  return zip.generateAsync({ type: 'uint8array' });
}

test('an OpenDocument spreadsheet is told apart from a damaged workbook, with what to do', async () => {
  const bytes = await odsBytes();
  expect(workbookBytesProblem(bytes)).toBe('ods');
  let err: unknown = null;
  try {
    await loadWorkbookBytes(bytes, 'so.ods');
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(WorkbookError);
  expect((err as Error).message).toBe(
    'Không mở được tệp "so.ods": tệp là bảng tính LibreOffice (.ods); hãy mở bằng LibreOffice Calc, chọn Tệp > Lưu thành, kiểu "Excel 2007-365 (.xlsx)".',
  );
});

test('a real .xlsx (a zip) has no problem and loads from a plain Uint8Array, as in the browser', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh sách').getCell('A1').value = 'Họ và tên';
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  expect(workbookBytesProblem(bytes)).toBeNull();
  const loaded = await loadWorkbookBytes(new Uint8Array(bytes), 'x.xlsx');
  expect(loaded.worksheets[0].getCell('A1').value).toBe('Họ và tên');
});
