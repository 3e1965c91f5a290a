/**
 * The add-in manifest (manifest.xml) as Excel reads it, checked offline: `office-addin-manifest validate` sends the
 * file to a Microsoft web service, so this test and `npm run validate` (scripts/manifestCheck.ts) stand in for it.
 * The first block states the facts directly; the second shows that the checker behind `npm run validate` catches
 * each kind of mistake; the last covers the production rewrite of the addresses done by webpack.config.js.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { checkManifest } from '../../scripts/manifestCheck';
import { readPngSize, encodePng } from '../../scripts/png';
import { iconPixels, iconFileName, ICON_SIZES } from '../../scripts/makeIcons';
import { DEV_URL, rewriteManifestUrls, checkProductionUrl } from '../../scripts/manifestUrls';

type XmlElement = import('@xmldom/xmldom').Element;

const ROOT = path.resolve(__dirname, '..', '..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const PROD = 'https://so-ket.example.vn/addin/';

function parse(xml: string): XmlElement {
  return new DOMParser().parseFromString(xml, 'text/xml').documentElement as XmlElement;
}

function all(el: XmlElement, localName: string): XmlElement[] {
  const list = el.getElementsByTagNameNS('*', localName);
  const out: XmlElement[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

function one(el: XmlElement, localName: string): XmlElement {
  const found = all(el, localName);
  if (found.length === 0) throw new Error('no <' + localName + '>');
  return found[0];
}

/** Every http(s) address in attribute values and texts. */
function urlsIn(xml: string): string[] {
  return (xml.replace(/xmlns(:\w+)?="[^"]*"/g, '').match(/https?:\/\/[^"<\s]+/g) || []).filter(function (u) {
    return u.indexOf('http://www.w3.org/') !== 0 && u.indexOf('http://schemas.microsoft.com/') !== 0;
  });
}

describe('manifest.xml', () => {
  const app = parse(XML);

  test('is a task-pane add-in for Excel workbooks, version 1.0.0.0, with a GUID id', () => {
    expect(app.localName).toBe('OfficeApp');
    expect(app.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(one(app, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(app, 'Version').textContent).toBe('1.0.0.0');
    const hosts = all(one(app, 'Hosts'), 'Host');
    expect(hosts.map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
  });

  test('asks only for ExcelApi 1.1 (Excel 2016/2019 volume-licensed) and read/write access to the workbook', () => {
    const sets = all(one(app, 'Requirements'), 'Set');
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.1']]);
    expect(one(app, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  test('shows Vietnamese names whatever the Office language: default values and vi-VN overrides', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = one(app, name);
      const vi = all(el, 'Override').filter((o) => o.getAttribute('Locale') === 'vi-VN');
      expect(vi).toHaveLength(1);
      expect(el.getAttribute('DefaultValue')).toBe(vi[0].getAttribute('Value'));
    }
    expect(one(app, 'DisplayName').getAttribute('DefaultValue')).toBe('Sơ kết chi bộ');
    expect(one(app, 'Description').getAttribute('DefaultValue')).toMatch(
      /danh sách đảng viên.*sổ sinh hoạt chi bộ.*báo cáo sơ kết/,
    );
    const strings = all(one(app, 'Resources'), 'String');
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const s of strings) {
      const vi = all(s, 'Override').filter((o) => o.getAttribute('Locale') === 'vi-VN');
      expect([s.getAttribute('id'), vi.length]).toEqual([s.getAttribute('id'), 1]);
      expect(vi[0].getAttribute('Value')).toBe(s.getAttribute('DefaultValue'));
    }
  });

  test('every address is https on https://localhost:3000/, the dev server', () => {
    const urls = urlsIn(XML);
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const u of urls) expect(u.indexOf(DEV_URL)).toBe(0);
    expect(one(one(app, 'DefaultSettings'), 'SourceLocation').getAttribute('DefaultValue')).toBe(
      DEV_URL + 'taskpane.html',
    );
  });

  test('a button on the Home tab opens the task pane at the same page; the function file is commands.html', () => {
    const tab = all(app, 'OfficeTab').filter((t) => t.getAttribute('id') === 'TabHome');
    expect(tab).toHaveLength(1);
    const buttons = all(tab[0], 'Control').filter((c) => c.getAttributeNS(XSI, 'type') === 'Button');
    expect(buttons).toHaveLength(1);
    const action = one(buttons[0], 'Action');
    expect(action.getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
    expect(one(action, 'TaskpaneId').textContent).toBeTruthy();
    const urls = all(app, 'Url');
    const urlOf = (resid: string | null) =>
      urls.filter((u) => u.getAttribute('id') === resid)[0].getAttribute('DefaultValue');
    expect(urlOf(one(action, 'SourceLocation').getAttribute('resid'))).toBe(DEV_URL + 'taskpane.html');
    expect(urlOf(one(app, 'FunctionFile').getAttribute('resid'))).toBe(DEV_URL + 'commands.html');
  });

  test('every icon it names is a PNG in assets/ with the stated pixel size', () => {
    const icons: Array<[string | null, number]> = [
      [one(app, 'IconUrl').getAttribute('DefaultValue'), 32],
      [one(app, 'HighResolutionIconUrl').getAttribute('DefaultValue'), 64],
    ];
    const images = all(one(app, 'Resources'), 'Image');
    for (const use of all(one(app, 'Hosts').parentNode as XmlElement, 'Image')) {
      const resid = use.getAttribute('resid');
      if (!resid) continue;
      const image = images.filter((i) => i.getAttribute('id') === resid)[0];
      icons.push([image.getAttribute('DefaultValue'), Number(use.getAttribute('size'))]);
    }
    expect(icons.map((i) => i[1]).sort((a, b) => a - b)).toEqual([16, 16, 32, 32, 32, 64, 80, 80]);
    for (const [url, size] of icons) {
      expect(url && url.indexOf(DEV_URL + 'assets/')).toBe(0);
      const file = path.join(ROOT, String(url).slice(DEV_URL.length));
      expect(readPngSize(fs.readFileSync(file))).toEqual({ width: size, height: size });
    }
  });

  test('passes the offline check of npm run validate', () => {
    expect(checkManifest(XML, { root: ROOT })).toEqual([]);
  });
});

describe('the offline check (npm run validate) catches', () => {
  const ok = (xml: string) => checkManifest(xml, { root: ROOT });
  const broken = (from: string | RegExp, to: string) => {
    const xml = XML.replace(from, to);
    expect(xml).not.toBe(XML);
    return ok(xml);
  };

  test('XML that does not parse', () => {
    expect(ok(XML.replace('</Hosts>', ''))[0]).toMatch(/không phải XML hợp lệ/);
  });

  test('an Id that is not a GUID, another host, a higher ExcelApi, a weaker permission', () => {
    expect(broken(/<Id>[^<]*<\/Id>/, '<Id>so-ket</Id>')).toEqual([expect.stringMatching(/<Id> phải là một GUID/)]);
    expect(broken('<Host Name="Workbook"/>', '<Host Name="Document"/>')).toEqual([expect.stringMatching(/Workbook/)]);
    expect(broken('<Set Name="ExcelApi" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>')).toEqual([
      expect.stringMatching(/ExcelApi MinVersion="1.1".*nhận được 1.7/),
    ]);
    expect(broken('<Permissions>ReadWriteDocument', '<Permissions>ReadDocument')).toEqual([
      expect.stringMatching(/ReadWriteDocument/),
    ]);
  });

  test('elements out of the schema order', () => {
    const moved = XML.replace(/\s*<Permissions>ReadWriteDocument<\/Permissions>/, '').replace(
      '<DefaultSettings>',
      '<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>',
    );
    expect(ok(moved)).toEqual([expect.stringMatching(/<DefaultSettings> đứng sai thứ tự/)]);
  });

  test('an http address, and an address on another server', () => {
    expect(broken('https://localhost:3000/assets/icon-16.png', 'http://localhost:3000/assets/icon-16.png')).toEqual([
      expect.stringMatching(/phải dùng https: http:\/\/localhost:3000\/assets\/icon-16.png/),
    ]);
    expect(broken('"https://localhost:3000/commands.html"', '"https://cdn.example.com/commands.html"')).toEqual([
      expect.stringMatching(
        /mọi địa chỉ phải nằm dưới https:\/\/localhost:3000\/ \(nhận được https:\/\/cdn.example.com/,
      ),
    ]);
  });

  test('a missing icon file and an icon of the wrong size', () => {
    expect(broken('assets/icon-80.png', 'assets/icon-81.png')).toEqual([
      expect.stringMatching(/không có tệp assets\/icon-81.png/),
    ]);
    expect(
      broken(
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
      ),
    ).toEqual([expect.stringMatching(/<IconUrl>: assets\/icon-16.png có cỡ 16x16, cần 32x32/)]);
  });

  test('no Home-tab button that opens the pane, and a reference to a resource that does not exist', () => {
    expect(broken('<OfficeTab id="TabHome">', '<OfficeTab id="TabInsert">')).toEqual([
      expect.stringMatching(/TabHome/),
    ]);
    expect(broken('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"')).toEqual([
      expect.stringMatching(/ShowTaskpane/),
    ]);
    expect(broken('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Ur1"/>')).toEqual([
      expect.stringMatching(/resid="Taskpane.Ur1"> trỏ tới tài nguyên không có/),
      expect.stringMatching(/TabHome/),
    ]);
  });

  test('a missing vi-VN override and English-only texts', () => {
    expect(broken(/\s*<Override Locale="vi-VN" Value="Sơ kết chi bộ"\/>/, '')).toEqual([
      expect.stringMatching(/<DisplayName> thiếu <Override Locale="vi-VN">/),
    ]);
    expect(broken('<bt:Override Locale="vi-VN" Value="Sơ kết chi bộ đã sẵn sàng"/>', '')).toEqual([
      expect.stringMatching(/Chuỗi "GetStarted.Title" thiếu <bt:Override Locale="vi-VN">/),
    ]);
    expect(broken('<DisplayName DefaultValue="Sơ kết chi bộ">', '<DisplayName DefaultValue="So ket chi bo">')).toEqual([
      expect.stringMatching(/<DisplayName> phải có DefaultValue tiếng Việt/),
    ]);
  });
});

describe('icons', () => {
  test('the committed PNGs are what scripts/makeIcons.ts draws (run `npm run icons` after changing it)', () => {
    for (const size of ICON_SIZES) {
      const committed = fs.readFileSync(path.join(ROOT, 'assets', iconFileName(size)));
      expect(committed.equals(encodePng(size, size, iconPixels(size)))).toBe(true);
    }
  });

  test('are a gold star on red: gold centre, red left edge, transparent corners', () => {
    const size = 32;
    const px = iconPixels(size);
    const at = (x: number, y: number) => Array.prototype.slice.call(px, (y * size + x) * 4, (y * size + x) * 4 + 4);
    expect(at(16, 17)).toEqual([0xff, 0xcd, 0x00, 255]);
    expect(at(1, 16)).toEqual([0xda, 0x25, 0x1d, 255]);
    expect(at(0, 0)[3]).toBeLessThan(128);
  });

  test('readPngSize reads the header and refuses what is not a PNG', () => {
    expect(readPngSize(encodePng(3, 2, new Uint8Array(24)))).toEqual({ width: 3, height: 2 });
    expect(readPngSize(Buffer.from('GIF89a........................'))).toBeNull();
  });
});

describe('the production addresses (npm run build -- --env urlProd=…)', () => {
  test('every localhost address is replaced and none is left', () => {
    const prod = rewriteManifestUrls(XML, PROD);
    expect(prod).not.toMatch(/localhost/);
    const urls = urlsIn(prod);
    expect(urls).toHaveLength(urlsIn(XML).length);
    for (const u of urls) expect(u.indexOf(PROD)).toBe(0);
    expect(prod).toContain('<SourceLocation DefaultValue="' + PROD + 'taskpane.html"/>');
  });

  test('the rewritten manifest passes the offline check against a dist-like folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-manifest-'));
    try {
      fs.mkdirSync(path.join(dir, 'assets'));
      for (const size of ICON_SIZES) {
        fs.copyFileSync(path.join(ROOT, 'assets', iconFileName(size)), path.join(dir, 'assets', iconFileName(size)));
      }
      expect(checkManifest(rewriteManifestUrls(XML, PROD), { root: dir })).toEqual([]);
      // Without the icons the same manifest is refused: the check looks in the folder it is given.
      fs.rmSync(path.join(dir, 'assets', 'icon-64.png'));
      expect(checkManifest(rewriteManifestUrls(XML, PROD), { root: dir })).toEqual([
        expect.stringMatching(/icon-64.png/),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an address that is not https or does not end in "/" stops the build with a Vietnamese message', () => {
    expect(() => checkProductionUrl('http://so-ket.example.vn/addin/')).toThrow(
      /phải là địa chỉ https kết thúc bằng "\/"/,
    );
    expect(() => checkProductionUrl('https://so-ket.example.vn/addin')).toThrow(/https/);
    expect(() => rewriteManifestUrls(XML, 'https:///')).toThrow(/https/);
    expect(checkProductionUrl('https://so-ket.example.vn/')).toBe('https://so-ket.example.vn/');
  });
});
