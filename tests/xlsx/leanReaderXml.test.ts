/**
 * The lean reader on hand-made parts, the XML that other programs write: cells without references,
 * prefixed element names (x:row), entities and character references, _xHHHH_ escapes, line ends,
 * comments and processing instructions, pretty-printed XML, inline rich text with fonts, hyperlinks on
 * odd cells, stored (uncompressed) parts, and parts cut into tiny chunks anywhere. Where exceljs reads the
 * file, the lean reader must give exactly its grids; what the lean reader does not read the way exceljs
 * does (CDATA, rows out of order…) goes to exceljs, never to a different grid.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { LeanUnsupported } from '../../src/hosts/xlsx/leanUnsupported';
import { readWorkbookBufferLean, readWorkbookLean } from '../../src/hosts/xlsx/leanWorkbookReader';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/readWorkbook';
import { WorkbookError } from '../../src/hosts/xlsx/workbookError';
import { expectSameGrids, plainBook } from './leanEquivalence';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet ' + NS + '>' +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Năm &quot;0"/></numFmts>' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><name val=".VnTime"/></font><font><b/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0"/><xf numFmtId="165" fontId="2" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellXfs>' +
  '</styleSheet>';

interface Parts {
  sheet: string;
  sst?: string;
  sheetName?: string;
  sheetRels?: string;
  workbookPr?: string;
}

function sstOf(items: string[]): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n<sst ' + NS + ' count="' + items.length + '" uniqueCount="' + items.length + '">' + items.map((i) => '<si>' + i + '</si>').join('') + '</sst>';
}

function sheetOf(body: string, after?: string): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ' + NS + '><sheetData>' + body + '</sheetData>' + (after || '') + '</worksheet>';
}

async function book(p: Parts, compression?: 'STORE' | 'DEFLATE'): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<workbook ' + NS + '>' + (p.workbookPr || '') + '<sheets><sheet name="' + (p.sheetName || 'Trang 1') + '" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file('xl/styles.xml', STYLES);
  if (p.sst) zip.file('xl/sharedStrings.xml', p.sst);
  zip.file('xl/worksheets/sheet1.xml', p.sheet);
  if (p.sheetRels) zip.file('xl/worksheets/_rels/sheet1.xml.rels', p.sheetRels);
  return zip.generateAsync({ type: 'nodebuffer', compression: compression || 'DEFLATE' });
}

const SST = sstOf([
  '<t>Họ và tên</t>',
  '<t xml:space="preserve">  A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#7840;&#x1EA1; </t>',
  '<t>dòng 1\r\ndòng 2\rdòng 3_x000D__x0009_x_x00e9_</t>',
  '<r><rPr><b/><rFont val="VNI-Times"/></rPr><t>Ñaûng </t></r><r><t>vieân</t></r>',
  '<t></t>',
  '',
  '<t>có</t><rPh sb="0" eb="1"><t>phiên âm</t></rPh>',
  '<r><t>không font</t></r>',
]);

const MIXED_ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s" s="2"><v>7</v></c></row>' +
  '<row r="2"><c r="A2" s="1"><v>43153</v></c><c r="B2" s="4"><v>43153.5</v></c><c r="C2" s="3"><v>2020</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="str"><f>"a"&amp;"b"</f><v>&amp;lt;ab&amp;gt;</v></c><c r="G2"><f>1+1</f></c><c r="H2" s="1"><f>A2+1</f><v>43154</v></c><c r="I2" s="1" t="str"><f>"x"</f><v>x</v></c></row>' +
  '<row r="3" hidden="1"><c r="A3" t="inlineStr"><is><t>nội tuyến &amp; _x0041_</t></is></c><c r="B3" t="inlineStr" s="2"><is><r><rPr><rFont val=".VnTime"/></rPr><t>§¶ng_x0020_viªn</t></r></is></c><c r="C3" t="inlineStr"><is><r><t>a</t></r><r><rPr><rFont val="Arial"/></rPr><t>b</t></r></is></c></row>' +
  '<row r="4" hidden="true"><c r="A4" s="2"/></row>' +
  '<row r="5" hidden="1"><c r="A5"/><c r="B5" t="s"><v>5</v></c></row>' +
  '<row r="6"><c r="A6"><v> 12.5e1 </v></c><c r="B6"><v>abc</v></c><c r="C6" s="1"><v>1e300</v></c><c r="D6" t="n"><v>-0</v></c><c r="E6" t="d"><v>2020-01-02</v></c></row>' +
  '<row r="9"><c r="A9" t="s"><v>0</v></c><c r="B9" t="s"><v>0</v></c><c r="D9"><v>7</v></c></row>';

describe('hand-made parts read as exceljs reads them', () => {
  test('strings with entities, escapes and line ends; numbers, dates, booleans, errors, formulas; inline rich text; hidden rows', async () => {
    await expectSameGrids(await book({ sheet: sheetOf(MIXED_ROWS, '<mergeCells count="1"><mergeCell ref="A9:C10"/></mergeCells><autoFilter ref="$A$1:$I$6"/>'), sst: SST }));
  });

  test('formulas: results of 0, "" or false, shared formulas with a known, unknown or later master, dates', async () => {
    const sheet = sheetOf(
      '<row r="1"><c r="A1"><f>0</f><v>0</v></c><c r="B1" t="b"><f>FALSE()</f><v>0</v></c><c r="C1" t="str"><f>""</f><v></v></c><c r="D1" s="1"><f>0</f><v>0</v></c><c r="E1" t="e"><f>NA()</f><v>#N/A</v></c><c r="F1"><f t="array" ref="F1">SUM(A1)</f><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><f t="shared" si="1"/><v>4</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2</f><v>5</v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" si="1"/><v>6</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><f t="shared" si="9"/><v>7</v></c></row>' +
        '<row r="4"><c r="A4"><f t="shared" ref="A4:A5" si="1">Z1</f><v>8</v></c><c r="B4"><f t="shared" si="0"/><v>0</v></c></row>' +
        '<row r="5"><c r="A5"><f t="shared" si="1"/><v>9</v></c></row>',
    );
    const bytes = await book({ sheet: sheet });
    await expectSameGrids(bytes);
    const g = (await readWorkbookLean(bytes, 'x')).grids[0];
    expect(g.rows.slice(0, 5)).toEqual([[null, null, null, 0, '#N/A', 3], [null, 5], [null, 6], [8], [9]]);
  });

  test('the same in a 1904 workbook', async () => {
    const bytes = await book({ sheet: sheetOf(MIXED_ROWS), sst: SST, workbookPr: '<workbookPr date1904="1"/>' });
    await expectSameGrids(bytes);
    expect((await readWorkbookLean(bytes, 'x')).date1904).toBe(true);
  });

  test('pretty-printed XML with comments, processing instructions and single quotes', async () => {
    const sheet =
      '<?xml version="1.0"?>\r\n<!-- made by hand -->\r\n<worksheet ' + NS + '>\r\n  <sheetData>\r\n    <row r = \'1\' >\r\n      <c r="A1" t="s" >\r\n        <v>0</v>\r\n      </c>\r\n' +
      '      <?pi something?>\r\n      <c r="B1" t=\'inlineStr\'><is><t xml:space="preserve">  giữ  </t></is></c>\r\n    </row>\r\n  </sheetData >\r\n</worksheet>\r\n';
    await expectSameGrids(await book({ sheet: sheet, sst: SST }));
  });

  test('cells without a reference take the column after the previous cell', async () => {
    const sheet = sheetOf('<row r="1"><c r="B1" t="s"><v>0</v></c><c t="s"><v>1</v></c><c s="2"/><c><v>5</v></c><c/><c><v>6</v></c></row><row r="2"><c r="C2"><v>1</v></c><c><v>2</v></c></row>');
    await expectSameGrids(await book({ sheet: sheet, sst: SST }));
  });

  test('hyperlinks turn an empty cell into a cell (its row counts) and hide a rich-text cell\'s run font', async () => {
    const sheet = sheetOf(
      '<row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>3</v></c><c r="C1"/></row><row r="2" hidden="1"><c r="A2" s="2"/></row><row r="3" hidden="1"><c r="A3"/></row>',
      '<hyperlinks><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="A2" r:id="rId1"/><hyperlink ref="A3" r:id="rId1"/><hyperlink ref="D5" r:id="rId1"/><hyperlink ref="A1" location="Trang1!A1"/></hyperlinks>',
    );
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>';
    const bytes = await book({ sheet: sheet, sst: SST, sheetRels: rels });
    await expectSameGrids(bytes);
    const g = (await readWorkbookLean(bytes, 'x')).grids[0];
    expect(g.rows.length).toBe(3);
    expect(Array.from(g.hiddenRows!).sort()).toEqual([2, 3]);
    expect(g.fonts!.has('1:2')).toBe(false);
  });

  test('a sheet name with references, decoded twice as exceljs does', async () => {
    const bytes = await book({ sheet: sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>'), sheetName: 'A &amp;amp; B &#7840;' });
    await expectSameGrids(bytes);
    expect((await readWorkbookLean(bytes, 'x')).grids[0].sheet).toBe('A & B Ạ');
  });

  test('sheets in workbook order, whatever their part names; chartsheets, unlisted parts and missing relationships left out', async () => {
    const zip = new JSZip();
    zip.file(
      'xl/workbook.xml',
      '<workbook ' + NS + '><sheets><sheet name="Hai" sheetId="7" r:id="rId2"/><sheet name="Biểu đồ" sheetId="3" r:id="rId3"/><sheet name="Một" sheetId="2" r:id="rId1"/>' +
        '<sheet name="Mất" sheetId="4" r:id="rId9"/><sheet name="Ẩn" sheetId="5" state="veryHidden" r:id="rId4"/></sheets></workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x" Target="/xl/worksheets/sheet2.xml"/>' +
        '<Relationship Id="rId3" Type="x" Target="chartsheets/sheet1.xml"/><Relationship Id="rId4" Type="x" Target="worksheets/sheet10.xml"/></Relationships>',
    );
    zip.file('xl/styles.xml', STYLES);
    zip.file('xl/chartsheets/sheet1.xml', '<chartsheet ' + NS + '/>');
    zip.file('xl/worksheets/sheet1.xml', sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>'));
    zip.file('xl/worksheets/sheet2.xml', sheetOf('<row r="2"><c r="B2"><v>2</v></c></row>'));
    zip.file('xl/worksheets/sheet3.xml', sheetOf('<row r="3"><c r="C3"><v>3</v></c></row>'));
    zip.file('xl/worksheets/sheet10.xml', sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>ẩn</t></is></c></row>'));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expectSameGrids(bytes);
    expect((await readWorkbookLean(bytes, 'x')).grids.map((g) => g.sheet)).toEqual(['Hai', 'Một', 'Ẩn']);
  });

  test('stored (uncompressed) parts', async () => {
    await expectSameGrids(await book({ sheet: sheetOf(MIXED_ROWS), sst: SST }, 'STORE'));
  });

  test('parts cut into chunks of any size, tags and text cut anywhere', async () => {
    const bytes = await book({ sheet: sheetOf(MIXED_ROWS, '<mergeCells count="1"><mergeCell ref="A9:C10"/></mergeCells>'), sst: SST });
    const whole = plainBook(await readWorkbookLean(bytes, 'x'));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 200 }), async (size) => {
        expect(plainBook(await readWorkbookLean(bytes, 'x', { chunkSize: size }))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });
});

describe('prefixed element names (x:row), which exceljs cannot read', () => {
  test('read as the same file without the prefix', async () => {
    const plain = sheetOf(MIXED_ROWS, '<mergeCells count="1"><mergeCell ref="A9:C10"/></mergeCells>');
    const prefixed = plain.replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2').replace('xmlns=', 'xmlns:x=');
    expect(prefixed).toContain('<x:row r="1">');
    const plainSst = SST;
    const prefixedSst = SST.replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2').replace('xmlns=', 'xmlns:x=');
    const expected = plainBook(await readWorkbookBuffer(await book({ sheet: plain, sst: plainSst }), 'x'));
    const bytes = await book({ sheet: prefixed, sst: prefixedSst });
    expect(plainBook(await readWorkbookLean(bytes, 'x'))).toEqual(expected);
    expect(plainBook(await readWorkbookBufferLean(bytes, 'x'))).toEqual(expected);
    // exceljs itself refuses the file.
    await expect(readWorkbookBuffer(bytes, 'x')).rejects.toBeInstanceOf(WorkbookError);
  });
});

describe('what the lean reader leaves to exceljs', () => {
  const cases: [string, Parts][] = [
    ['a CDATA section', { sheet: sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>]]></t></is></c><c r="B1"><v>2</v></c></row>') }],
    ['rows out of order', { sheet: sheetOf('<row r="2"><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>') }],
    ['an unknown entity', { sheet: sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>') }],
    ['a first cell without a reference', { sheet: sheetOf('<row r="1"><c><v>1</v></c></row>') }],
    ['overlapping merges', { sheet: sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>') }],
    ['a shared string past the list', { sheet: sheetOf('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'), sst: SST }],
    [
      'a hyperlink on a formula cell whose result is 0',
      {
        sheet: sheetOf('<row r="1"><c r="A1"><f>0</f><v>0</v></c></row>', '<hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>'),
        sheetRels: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>',
      },
    ],
    ['an empty styled cell after a value in the same column', { sheet: sheetOf('<row r="1"><c r="A1"><v>1</v></c><c r="A1" s="2"/><c r="B1"><v>2</v></c></row>') }],
    ['a close tag that does not match', { sheet: sheetOf('<row r="1"><c r="A1"><v>1</c></v></row>') }],
    ['a sheet part that ends early', { sheet: sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</sheetData></worksheet>', '') }],
    ['a sheet name over 31 characters', { sheet: sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>'), sheetName: 'Danh sách đảng viên Chi bộ Văn phòng Đảng ủy' }],
    ['a sheet name exceljs refuses', { sheet: sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>'), sheetName: 'History' }],
    ['a phonetic run in an inline string', { sheet: sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><rPh><t>b</t></rPh></is></c></row><row r="2"><c r="A2"><v>2</v></c></row>') }],
  ];
  // exceljs warns on the console about a long sheet name before it fails.
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test.each(cases)('%s: exceljs decides, with the same result', async (_what, parts) => {
    const bytes = await book(parts);
    await expect(readWorkbookLean(bytes, 'x')).rejects.toBeInstanceOf(LeanUnsupported);
    let want: unknown;
    try {
      want = plainBook(await readWorkbookBuffer(bytes, 'x'));
    } catch (err) {
      want = (err as WorkbookError).code;
    }
    let got: unknown;
    try {
      got = plainBook(await readWorkbookBufferLean(bytes, 'x'));
    } catch (err) {
      got = (err as WorkbookError).code;
    }
    expect(got).toEqual(want);
  });
});
