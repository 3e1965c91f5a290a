/**
 * The pane's page and style sheet as shipped: what html-webpack-plugin and the IE11 engine of Excel
 * 2016/2019 need, nothing fetched from the network, and no runtime API that IE11 lacks in the pane's code.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TASKPANE_ROOT_ID } from '../../src/taskpane/app';

const DIR = path.resolve(__dirname, '../../src/taskpane');

function read(name: string): string {
  return fs.readFileSync(path.join(DIR, name), 'utf8');
}

describe('taskpane.html', () => {
  const html = read('taskpane.html');
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));

  test('links the style sheet and the local office.js in the head, and has the root element', () => {
    expect(head).toContain('<link rel="stylesheet" href="taskpane.css">');
    expect(head).toContain('<script src="office-js/office.js"></script>');
    expect(html).toContain('id="' + TASKPANE_ROOT_ID + '"');
    expect(html).toMatch(/<html lang="vi">/);
    expect(html).toMatch(/<meta charset="utf-8">/);
  });

  test('no inline script, no inline style, nothing from the network', () => {
    const scripts = html.match(/<script\b[^>]*>/g) || [];
    for (const s of scripts) expect(s).toMatch(/\ssrc="/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
    expect(html).not.toMatch(/(https?:)?\/\/[a-z]/i);
  });
});

describe('taskpane.css', () => {
  const css = read('taskpane.css');

  test('plain CSS the IE11 engine reads: no custom properties, no grid, no imports or remote fonts', () => {
    expect(css).not.toMatch(/var\(/);
    expect(css).not.toMatch(/(^|[\s;{])--[a-z]/);
    expect(css).not.toMatch(/display:\s*grid/);
    expect(css).not.toMatch(/@import|url\(/);
    expect(css).toMatch(/font-family:\s*"Segoe UI"/);
  });

  test('a visible focus outline on every control', () => {
    expect(css).toMatch(/button:focus,\s*input:focus,\s*select:focus\s*\{\s*outline: 2px solid #201f1e;/);
    expect(css).toMatch(/button:focus-visible,\s*input:focus-visible,\s*select:focus-visible\s*\{\s*outline: 2px solid #201f1e;/);
  });

  test(':focus-visible only in rules of its own (IE11 drops a whole rule with a selector it does not know)', () => {
    const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/[^{}]+(?=\{)/g) || [];
    for (const sel of selectors) {
      if (sel.indexOf(':focus-visible') < 0) continue;
      const parts = sel.split(',');
      expect({ sel: sel.trim(), allFocusVisible: parts.every((p) => p.indexOf(':focus-visible') >= 0) }).toEqual({ sel: sel.trim(), allFocusVisible: true });
    }
  });
});

describe('the pane code', () => {
  // ES2015+ library calls that IE11 lacks and the bundle does not polyfill (Promise, Map, Set and
  // String.prototype.normalize are polyfilled), and DOM methods IE11 lacks.
  const FORBIDDEN: [RegExp, string][] = [
    [/\.find\(/, 'Array.prototype.find'],
    [/\.findIndex\(/, 'Array.prototype.findIndex'],
    [/\.includes\(/, 'includes'],
    [/Object\.(values|entries|assign)\(/, 'Object.values/entries/assign'],
    [/\.(startsWith|endsWith|padStart|padEnd|repeat)\(/, 'String ES2015+ methods'],
    [/Array\.from\(|Array\.of\(|\.fill\(/, 'Array ES2015+ methods'],
    [/Number\.(isFinite|isNaN|isInteger)\(/, 'Number ES2015+ methods'],
    [/\.closest\(|\.remove\(\)|\.append\(|\.prepend\(|\.replaceWith\(/, 'DOM methods IE11 lacks'],
    [/classList\.toggle\([^,)]+,/, 'classList.toggle with force'],
    [/new (Event|KeyboardEvent|CustomEvent)\(/, 'event constructors'],
    [/\bfetch\(|XMLHttpRequest|navigator\.sendBeacon|WebSocket/, 'network calls'],
    [/console\./, 'console logging'],
  ];

  const files = fs.readdirSync(DIR).filter((f) => /\.ts$/.test(f));

  test.each(files)('%s uses nothing IE11 lacks and calls no network', (file) => {
    const code = read(file)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
    const hits = FORBIDDEN.filter((f) => f[0].test(code)).map((f) => f[1]);
    expect(hits).toEqual([]);
  });
});
