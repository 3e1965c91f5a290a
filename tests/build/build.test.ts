/**
 * The production build, as an office would deploy it: `webpack --mode production --env urlProd=…` into a fresh
 * temporary folder (built here, never taken from an existing dist/, so a failed build fails every test below).
 *
 * What a user would notice if it broke: a blank task pane in Excel 2016/2019 (the Internet Explorer 11 engine
 * stops at the first ES2015 token), a pane that needs the internet or phones home (member records are
 * confidential), a manifest that still points at localhost, or a missing office.js file.
 *
 * About addresses: our own files (bundles, pages, css, manifest) may name no network address except the office's
 * production prefix in the manifest and the XML namespace URIs listed below, which are names, never fetched.
 * office-js/ is Microsoft's office.js copied byte for byte; it contains Microsoft URLs (documentation links, its
 * sign-in and CDN fallbacks) that we neither write nor can change, so it is exempt from the address scan, but it
 * is checked to be complete, unmodified and ES5 like the rest.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as acorn from 'acorn';
import { checkManifest } from '../../scripts/manifestCheck';

const ROOT = path.resolve(__dirname, '..', '..');
const PROD = 'https://so-ket.example.vn/addin/';
const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** URIs that identify XML vocabularies: written in manifest.xml, never requested. */
const XML_NAMESPACES = [
  'http://schemas.microsoft.com/office/appforoffice/1.1',
  'http://www.w3.org/2001/XMLSchema-instance',
  'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  // Namespaces the pane's script may pass to createElementNS.
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
];

/**
 * core-js keeps its licence and source addresses as data in its shared store (`__core-js_shared__.versions`);
 * they are strings, never requested.
 */
const CORE_JS_METADATA = /^https:\/\/github\.com\/zloirock\/core-js(\/blob\/v[\d.]+\/LICENSE)?$/;

/**
 * The standalone page's worker (fileWorker.js) is exceljs's browser build: it writes the OOXML namespace and
 * relationship URIs into the files it makes (names, never fetched), and keeps documentation and licence links
 * of exceljs, JSZip, core-js, crypto-browserify, elliptic and uuid in its error messages. Those only; the e2e
 * test of the standalone page checks that the page requests nothing from any other address.
 */
const WORKER_STRINGS = [
  /^http:\/\/schemas\.openxmlformats\.org\/[\w/.-]+$/,
  /^http:\/\/schemas\.microsoft\.com\/office\/[\w/.-]+$/,
  /^http:\/\/purl\.org\/dc\/[\w/.-]+$/,
  /^http:\/\/www\.w3\.org\/(XML\/1998\/namespace|2000\/xmlns\/|2001\/XMLSchema-instance)$/,
  /^https:\/\/github\.com\/(exceljs\/exceljs|zloirock\/core-js|crypto-browserify\/crypto-browserify|indutny\/elliptic|uuidjs\/uuid)\b[\w/.#-]*$/,
  /^https:\/\/stuk\.github\.io\/jszip\/documentation\/[\w/.-]+$/,
];

/** The worker is loaded only by the standalone page, in an ordinary browser (see the ES5 test). */
const WORKER = 'fileWorker.js';

let out = '';
let build: { status: number | null; stdout: string; stderr: string; ms: number };

function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      const full = path.join(d, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else found.push(path.relative(out, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** Our files: everything emitted except Microsoft's office-js/ folder. */
function ownFiles(): string[] {
  return listFiles(out).filter((f) => f.indexOf('office-js/') !== 0);
}

function read(file: string): string {
  return fs.readFileSync(path.join(out, file), 'utf8');
}

/** Network addresses in a text: scheme://host… and protocol-relative //host.tld… in quotes or attributes. */
function addresses(textContent: string): string[] {
  const found: string[] = [];
  const re = /(?:\b[a-z][a-z0-9+.-]*:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d+)?[^\s"'<>)\\]*/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(textContent))) {
    const url = m[0];
    // A bare "//word" without a dot, port or scheme is a comment or a path, not an address.
    if (url.indexOf('//') === 0 && !/^\/\/[^/]+\.[a-z]{2,}/i.test(url)) continue;
    found.push(url);
  }
  return found;
}

function es5Error(code: string): string | null {
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'so-ket-dist-'));
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      require.resolve('webpack-cli/bin/cli.js'),
      '--mode',
      'production',
      '--env',
      'urlProd=' + PROD,
      '--output-path',
      out,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  build = { status: run.status, stdout: run.stdout || '', stderr: run.stderr || '', ms: Date.now() - started };
  if (run.status !== 0) {
    throw new Error('webpack failed (exit ' + run.status + '):\n' + build.stderr + '\n' + build.stdout.slice(-4000));
  }
}, 300000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('npm run build (production, urlProd given)', () => {
  test('emits the pages, bundles, stylesheet, icons, manifest and office.js, and no source maps', () => {
    const files = listFiles(out);
    for (const f of [
      'taskpane.html',
      'taskpane.js',
      'analysisWorker.js',
      'taskpane.css',
      'commands.html',
      'commands.js',
      'manifest.xml',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'office-js/office.js',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /\.map$/.test(f))).toEqual([]);
    expect(build.stderr).not.toMatch(/ERROR/);
  });

  test('every emitted JavaScript file, ours and office.js, parses as ES5 (the Internet Explorer 11 engine)', () => {
    // Except the standalone page's worker (exceljs's browser build is ES2018): it never runs inside Excel, and in
    // a browser too old for it the page says to use a recent one (WORKER_FAILED_MESSAGE, tests/file/).
    const scripts = listFiles(out).filter((f) => /\.js$/.test(f) && f !== WORKER);
    expect(scripts.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const f of scripts) {
      const error = es5Error(read(f));
      if (error) failures.push(f + ': ' + error);
    }
    expect(failures).toEqual([]);
  });

  test('the standalone page worker parses as ES2018, holds exceljs, and exceljs stays out of the pane and its page', () => {
    const worker = read(WORKER);
    expect(() => acorn.parse(worker, { ecmaVersion: 2018, sourceType: 'script' })).not.toThrow();
    expect(worker).toContain('sharedStrings');
    expect(read('taskpane.js')).not.toContain('sharedStrings');
    expect(read('taskpane.js')).toContain(WORKER);
    expect(read('taskpane.html')).not.toContain(WORKER);
  });

  test('the ES5 check itself refuses ES2015 syntax', () => {
    expect(es5Error('var f = function (a) { return a; };')).toBeNull();
    expect(es5Error('var f = (a) => a;')).not.toBeNull();
    expect(es5Error('let x = 1;')).not.toBeNull();
    expect(es5Error('var s = `x`;')).not.toBeNull();
    expect(es5Error('class A {}')).not.toBeNull();
  });

  test('the pages load office.js from our own files before our bundle, and the pane its stylesheet', () => {
    const pane = read('taskpane.html');
    expect(pane).toMatch(/<link[^>]+href="?taskpane\.css"?/);
    const officeAt = pane.search(/<script[^>]+src="?office-js\/office\.js"?/);
    const bundleAt = pane.search(/<script[^>]+src="?taskpane\.js"?/);
    expect(officeAt).toBeGreaterThanOrEqual(0);
    expect(bundleAt).toBeGreaterThan(officeAt);
    const commands = read('commands.html');
    expect(commands.search(/src="?commands\.js"?/)).toBeGreaterThan(commands.search(/src="?office-js\/office\.js"?/));
    expect(commands.search(/src="?office-js\/office\.js"?/)).toBeGreaterThanOrEqual(0);
    expect(commands).not.toMatch(/taskpane\.js/);
  });

  test('office.js and the files it loads for Excel are copied unchanged; telemetry scripts are left out', () => {
    const files = listFiles(out);
    for (const f of [
      'office.js',
      'excel-win32-16.01.js',
      'excel-web-16.00.js',
      'excel-mac-16.00.js',
      'excel-15.js',
      'o15apptofilemappingtable.js',
      'vi-vn/office_strings.js',
      'en-us/office_strings.js',
    ]) {
      expect(files).toContain('office-js/' + f);
      expect(fs.readFileSync(path.join(out, 'office-js', f)).equals(fs.readFileSync(path.join(OFFICE_JS, f)))).toBe(
        true,
      );
    }
    const officeFiles = files.filter((f) => f.indexOf('office-js/') === 0);
    expect(officeFiles.filter((f) => /telemetry|\.debug\.js$|webauth|word-|outlook|powerpoint/.test(f))).toEqual([]);
  });

  test('our files name no network address but the production prefix and XML namespaces', () => {
    const own = ownFiles().filter((f) => /\.(js|html|css|xml)$/.test(f));
    expect(own).toEqual(
      expect.arrayContaining([
        'taskpane.js',
        'commands.js',
        'taskpane.html',
        'commands.html',
        'taskpane.css',
        'manifest.xml',
      ]),
    );
    const unexpected: string[] = [];
    let prodSeen = 0;
    for (const f of own) {
      for (const url of addresses(read(f))) {
        if (f === 'manifest.xml' && url.indexOf(PROD) === 0) prodSeen++;
        else if (f === 'manifest.xml' && XML_NAMESPACES.indexOf(url) >= 0) continue;
        else if (/\.js$/.test(f) && (CORE_JS_METADATA.test(url) || XML_NAMESPACES.indexOf(url) >= 0)) continue;
        else if (f === WORKER && WORKER_STRINGS.some((re) => re.test(url))) continue;
        else unexpected.push(f + ': ' + url);
      }
    }
    expect(unexpected).toEqual([]);
    expect(prodSeen).toBeGreaterThanOrEqual(9);
  });

  test('the address scan finds what it must (so that an empty result above means something)', () => {
    expect(addresses('x="https://cdn.example.com/a.js" y=\'//fonts.example.net/f.css\' // a comment')).toEqual([
      'https://cdn.example.com/a.js',
      '//fonts.example.net/f.css',
    ]);
  });

  test("no emitted file of ours holds this machine's paths", () => {
    const home = os.homedir();
    for (const f of ownFiles().filter((x) => /\.(js|html|css|xml)$/.test(x))) {
      const body = read(f);
      expect([f, body.indexOf(ROOT)]).toEqual([f, -1]);
      if (home.length > 1) expect([f, body.indexOf(home + path.sep)]).toEqual([f, -1]);
    }
  });

  test('dist/manifest.xml points at the production server only and passes the offline check', () => {
    const xml = read('manifest.xml');
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain('<SourceLocation DefaultValue="' + PROD + 'taskpane.html"/>');
    expect(checkManifest(xml, { root: out })).toEqual([]);
    // Every page and icon it names is in the build.
    const named = (xml.match(/https:\/\/so-ket\.example\.vn\/addin\/[^"\s<]+/g) || []).map((u) => u.slice(PROD.length));
    expect(named.length).toBeGreaterThanOrEqual(9);
    for (const f of named) expect(fs.existsSync(path.join(out, f))).toBe(true);
  });
});
