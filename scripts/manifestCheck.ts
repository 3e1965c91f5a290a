/**
 * The offline check of the add-in manifest (`npm run validate` and tests/build). `office-addin-manifest validate`
 * sends the manifest to a Microsoft web service; this reads it here and checks what Excel and the offices rely on:
 * a task-pane add-in for Workbook at ExcelApi 1.1 with ReadWriteDocument, one https origin for every address,
 * icons that exist with the stated pixel size, a button on the Home tab that opens the pane, every resource
 * reference defined, and Vietnamese texts with vi-VN overrides. Each problem is a sentence in Vietnamese.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { readPngSize } from './png';

type XmlElement = import('@xmldom/xmldom').Element;

export interface ManifestCheckOptions {
  /** The folder that the manifest's base address stands for: icon addresses are looked up under it. */
  root: string;
}

/** What the checks share: the base address of the add-in's files, the folder it stands for, the problems so far. */
interface Check {
  base: string;
  root: string;
  problems: string[];
}

const APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Children of <OfficeApp xsi:type="TaskPaneApp"> in the schema's order (docs: manifest-element-ordering). */
const TASKPANE_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
];

/** Documented maximum lengths: ShortStrings 125, LongStrings 250, resource ids 32. */
const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

function elementChildren(el: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!localName || (n as XmlElement).localName === localName)) out.push(n as XmlElement);
  }
  return out;
}

function child(el: XmlElement | null, localName: string): XmlElement | null {
  if (!el) return null;
  const list = elementChildren(el, localName);
  return list.length ? list[0] : null;
}

function descendants(el: XmlElement, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  const list = el.getElementsByTagNameNS('*', localName);
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

function xsiType(el: XmlElement): string {
  return el.getAttributeNS(XSI_NS, 'type') || '';
}

function text(el: XmlElement | null): string {
  return el && el.textContent ? el.textContent.trim() : '';
}

function hasVietnameseLetters(s: string): boolean {
  return /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i.test(s);
}

/** Every address the manifest gives, with where it was found. */
function addresses(root: XmlElement): Array<{ where: string; url: string }> {
  const out: Array<{ where: string; url: string }> = [];
  const all = root.getElementsByTagNameNS('*', '*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    for (let a = 0; a < el.attributes.length; a++) {
      const attr = el.attributes[a];
      if (attr.name === 'xmlns' || attr.prefix === 'xmlns') continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value) || /^\/\//.test(attr.value)) {
        out.push({ where: '<' + el.localName + ' ' + attr.name + '>', url: attr.value });
      }
    }
    const own = elementChildren(el).length === 0 ? text(el) : '';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(own)) out.push({ where: '<' + el.localName + '>', url: own });
  }
  return out;
}

/** The problems found in the manifest text `xml`; an empty list when it is fit to load. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  let doc;
  try {
    doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
  } catch (err) {
    return ['Tệp manifest không phải XML hợp lệ: ' + (err instanceof Error ? err.message : String(err))];
  }
  const app = doc.documentElement;
  if (!app || app.localName !== 'OfficeApp' || app.namespaceURI !== APP_NS) {
    return ['Phần tử gốc phải là <OfficeApp xmlns="' + APP_NS + '">.'];
  }
  if (xsiType(app) !== 'TaskPaneApp') {
    problems.push('OfficeApp phải có xsi:type="TaskPaneApp" (phần bổ trợ dạng ngăn tác vụ).');
  }

  // Order of the top-level elements.
  let last = -1;
  const top = elementChildren(app);
  for (let i = 0; i < top.length; i++) {
    const at = TASKPANE_ORDER.indexOf(top[i].localName || '');
    if (at < 0) {
      problems.push('<' + top[i].localName + '> không thuộc manifest của phần bổ trợ ngăn tác vụ.');
    } else if (at < last) {
      problems.push('<' + top[i].localName + '> đứng sai thứ tự (xem thứ tự các phần tử của manifest).');
    } else {
      last = at;
    }
  }

  if (!GUID.test(text(child(app, 'Id')))) {
    problems.push('<Id> phải là một GUID (nhận được "' + text(child(app, 'Id')) + '").');
  }
  if (!/^\d+(\.\d+){0,3}$/.test(text(child(app, 'Version')))) problems.push('<Version> phải có dạng 1.0.0.0.');
  if (!text(child(app, 'ProviderName'))) problems.push('Thiếu <ProviderName>.');

  const hostList = child(app, 'Hosts');
  const hosts = hostList ? elementChildren(hostList, 'Host') : [];
  if (hosts.length !== 1 || hosts[0].getAttribute('Name') !== 'Workbook') {
    problems.push('<Hosts> phải có đúng một <Host Name="Workbook"/> (Excel).');
  }

  const requirements = child(app, 'Requirements');
  const sets = requirements ? descendants(requirements, 'Set') : [];
  let excelApi: string | null = null;
  for (let i = 0; i < sets.length; i++) {
    if (sets[i].getAttribute('Name') === 'ExcelApi') excelApi = sets[i].getAttribute('MinVersion');
  }
  if (excelApi !== '1.1') {
    problems.push(
      '<Requirements> phải yêu cầu ExcelApi MinVersion="1.1" để Excel 2016/2019 mở được (nhận được ' +
        String(excelApi) +
        ').',
    );
  }
  if (text(child(app, 'Permissions')) !== 'ReadWriteDocument') {
    problems.push('<Permissions> phải là ReadWriteDocument.');
  }

  // Vietnamese names, also as vi-VN overrides.
  const names: Array<[string, XmlElement | null]> = [
    ['DisplayName', child(app, 'DisplayName')],
    ['Description', child(app, 'Description')],
  ];
  for (let i = 0; i < names.length; i++) {
    const el = names[i][1];
    const value = el ? el.getAttribute('DefaultValue') || '' : '';
    if (!hasVietnameseLetters(value)) problems.push('<' + names[i][0] + '> phải có DefaultValue tiếng Việt.');
    if (!el || !viOverride(el)) problems.push('<' + names[i][0] + '> thiếu <Override Locale="vi-VN"> có nội dung.');
  }

  // Addresses: https, all under the folder of the pane's page.
  const source = child(child(app, 'DefaultSettings'), 'SourceLocation');
  const sourceUrl = source ? source.getAttribute('DefaultValue') || '' : '';
  if (!/\/taskpane\.html$/.test(sourceUrl)) {
    problems.push('<DefaultSettings><SourceLocation> phải trỏ tới taskpane.html.');
  }
  const base = sourceUrl.slice(0, sourceUrl.lastIndexOf('/') + 1);
  const urls = addresses(app);
  for (let i = 0; i < urls.length; i++) {
    const u = urls[i];
    if (u.url.indexOf('https://') !== 0) {
      problems.push(u.where + ': địa chỉ phải dùng https: ' + u.url);
    } else if (!base || u.url.indexOf(base) !== 0) {
      problems.push(u.where + ': mọi địa chỉ phải nằm dưới ' + base + ' (nhận được ' + u.url + ').');
    }
  }
  if (urls.length === 0) problems.push('Manifest không có địa chỉ nào.');

  // Icons: the file exists under `root` and has the stated size.
  const iconUrl = child(app, 'IconUrl');
  const highRes = child(app, 'HighResolutionIconUrl');
  const check: Check = { base: base, root: options.root, problems: problems };
  checkIcon(iconUrl ? iconUrl.getAttribute('DefaultValue') : null, 32, '<IconUrl>', check);
  checkIcon(highRes ? highRes.getAttribute('DefaultValue') : null, 64, '<HighResolutionIconUrl>', check);

  checkVersionOverrides(app, sourceUrl, check);
  // An icon used by both the group and the button is reported once.
  return problems.filter(function (p, i) {
    return problems.indexOf(p) === i;
  });
}

function viOverride(el: XmlElement): boolean {
  const overrides = elementChildren(el, 'Override');
  for (let i = 0; i < overrides.length; i++) {
    if (
      (overrides[i].getAttribute('Locale') || '').toLowerCase() === 'vi-vn' &&
      (overrides[i].getAttribute('Value') || '').trim()
    ) {
      return true;
    }
  }
  return false;
}

function checkIcon(url: string | null, size: number, where: string, check: Check): void {
  const base = check.base;
  const problems = check.problems;
  if (!url) {
    problems.push('Thiếu ' + where + '.');
    return;
  }
  if (!base || url.indexOf(base) !== 0) return; // reported with the addresses
  const file = path.join(check.root, url.slice(base.length).split('/').join(path.sep));
  if (!fs.existsSync(file)) {
    problems.push(where + ': không có tệp ' + url.slice(base.length) + '.');
    return;
  }
  const name = url.slice(base.length);
  const png = readPngSize(fs.readFileSync(file));
  if (!png) {
    problems.push(where + ': ' + name + ' không phải tệp PNG.');
  } else if (png.width !== size || png.height !== size) {
    const stated = size + 'x' + size;
    problems.push(where + ': ' + name + ' có cỡ ' + png.width + 'x' + png.height + ', cần ' + stated + '.');
  }
}

interface Resources {
  images: { [id: string]: string };
  urls: { [id: string]: string };
  shortStrings: { [id: string]: string };
  longStrings: { [id: string]: string };
}

function readResources(overrides: XmlElement, problems: string[]): Resources {
  const res: Resources = { images: {}, urls: {}, shortStrings: {}, longStrings: {} };
  const resources = child(overrides, 'Resources');
  const groups: Array<[string, string, { [id: string]: string }, number]> = [
    ['Images', 'Image', res.images, 0],
    ['Urls', 'Url', res.urls, 0],
    ['ShortStrings', 'String', res.shortStrings, SHORT_MAX],
    ['LongStrings', 'String', res.longStrings, LONG_MAX],
  ];
  for (let g = 0; g < groups.length; g++) {
    const items = elementChildren(child(resources, groups[g][0]) || overrides, groups[g][1]);
    for (let i = 0; i < items.length; i++) {
      const id = items[i].getAttribute('id') || '';
      const value = items[i].getAttribute('DefaultValue') || '';
      if (id.length === 0 || id.length > RESID_MAX) {
        problems.push('Tài nguyên "' + id + '": id phải có 1–' + RESID_MAX + ' ký tự.');
      }
      groups[g][2][id] = value;
      const max = groups[g][3];
      if (max) {
        if (!hasVietnameseLetters(value)) problems.push('Chuỗi "' + id + '" phải có DefaultValue tiếng Việt.');
        if (!viOverride(items[i])) problems.push('Chuỗi "' + id + '" thiếu <bt:Override Locale="vi-VN">.');
        if (value.length > max) problems.push('Chuỗi "' + id + '" dài quá ' + max + ' ký tự.');
      }
    }
  }
  return res;
}

/** The add-in commands: a Home-tab button that opens the pane, the function file, resources that exist. */
function checkVersionOverrides(app: XmlElement, sourceUrl: string, check: Check): void {
  const problems = check.problems;
  const overrides = child(app, 'VersionOverrides');
  if (!overrides || xsiType(overrides) !== 'VersionOverridesV1_0') {
    problems.push('Thiếu <VersionOverrides xsi:type="VersionOverridesV1_0"> (nút trên thanh công cụ).');
    return;
  }
  const res = readResources(overrides, problems);

  // Every resid names a resource of the kind its element needs.
  const refs = overrides.getElementsByTagNameNS('*', '*');
  for (let i = 0; i < refs.length; i++) {
    const el = refs[i];
    const resid = el.getAttribute('resid');
    if (!resid) continue;
    const name = el.localName || '';
    const table =
      name === 'Image'
        ? res.images
        : name === 'Label' || name === 'Title'
          ? res.shortStrings
          : name === 'Description'
            ? res.longStrings
            : res.urls;
    if (!Object.prototype.hasOwnProperty.call(table, resid)) {
      problems.push('<' + name + ' resid="' + resid + '"> trỏ tới tài nguyên không có.');
    } else if (name === 'Image') {
      const size = Number(el.getAttribute('size'));
      checkIcon(res.images[resid], size, '<bt:Image size="' + size + '" resid="' + resid + '">', check);
    }
  }

  const host = descendants(overrides, 'Host').filter(function (h) {
    return xsiType(h) === 'Workbook';
  })[0];
  const desktop = host ? child(host, 'DesktopFormFactor') : null;
  if (!desktop) {
    problems.push('<VersionOverrides> thiếu <Host xsi:type="Workbook"><DesktopFormFactor>.');
    return;
  }
  const functionFile = child(desktop, 'FunctionFile');
  const functionUrl = functionFile ? res.urls[functionFile.getAttribute('resid') || ''] || '' : '';
  if (!/\/commands\.html$/.test(functionUrl)) problems.push('<FunctionFile> phải trỏ tới commands.html.');

  let opensPane = false;
  const points = elementChildren(desktop, 'ExtensionPoint');
  for (let p = 0; p < points.length; p++) {
    if (xsiType(points[p]) !== 'PrimaryCommandSurface') continue;
    const tabs = elementChildren(points[p], 'OfficeTab');
    for (let t = 0; t < tabs.length; t++) {
      if (tabs[t].getAttribute('id') !== 'TabHome') continue;
      const controls = descendants(tabs[t], 'Control');
      for (let c = 0; c < controls.length; c++) {
        const action = child(controls[c], 'Action');
        if (xsiType(controls[c]) !== 'Button' || !action || xsiType(action) !== 'ShowTaskpane') continue;
        const location = child(action, 'SourceLocation');
        const url = location ? res.urls[location.getAttribute('resid') || ''] : '';
        if (text(child(action, 'TaskpaneId')) && url === sourceUrl) opensPane = true;
      }
    }
  }
  if (!opensPane) {
    problems.push(
      'Thẻ Trang đầu (TabHome) phải có một nút ShowTaskpane có TaskpaneId mở ' + (sourceUrl || 'taskpane.html') + '.',
    );
  }
}
