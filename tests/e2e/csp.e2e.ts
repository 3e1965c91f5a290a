/**
 * The pane's pages allow only their own files (Content-Security-Policy in a <meta>, since the office's
 * own server may send no headers): the policy is in the built taskpane.html and commands.html, Chromium
 * enforces it (an injected inline script does not run, a request to another address is refused and
 * reported), and Microsoft's office.js, loaded from dist/office-js/ in a plain page, needs nothing the
 * policy refuses and asks for nothing outside the local server.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DIST } from './buildAssets';
import { openGuardedPage, pageCspViolations } from './browser';
import { expectNoForeignRequests } from './networkGuard';
import { openPane, Session, startSession } from './paneSession';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  if (session) await session.close();
});

/** The policy of a built page, directive -> sources. */
function policyOf(file: string): { [directive: string]: string[] } {
  const html = fs.readFileSync(path.join(DIST, file), 'utf8');
  // html-webpack-plugin minifies: attribute quotes may be gone.
  const metas = html.match(/<meta http-equiv="?Content-Security-Policy"? content="[^"]*"/gi) || [];
  expect(metas.length).toBe(1);
  const m = /content="([^"]*)"/.exec(metas[0] || '');
  const content = (m && m[1]) || '';
  const out: { [directive: string]: string[] } = {};
  for (const part of content.split(';')) {
    const words = part.trim().split(/\s+/);
    const directive = words.shift();
    if (directive) out[directive] = words;
  }
  // The policy comes before any script or style sheet, so it covers them.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link/));
  return out;
}

const POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

test('taskpane.html and commands.html as built carry the policy: only the add-in\'s own files, no inline code', () => {
  expect(policyOf('taskpane.html')).toEqual(POLICY);
  expect(policyOf('commands.html')).toEqual(POLICY);
});

test('Chromium enforces it in the pane: an inline script does not run, a request elsewhere is refused and reported', async () => {
  const g = await openPane(session, { width: 320 });
  try {
    const ran = await g.page.evaluate(function () {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(s);
      const style = document.createElement('style');
      style.textContent = 'body { background: red; }';
      document.head.appendChild(style);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect(g.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.not.toBe('rgb(255, 0, 0)');
    const fetched = await g.page.evaluate(function () {
      return fetch('http://192.0.2.1/collect').then(
        function () {
          return 'sent';
        },
        function () {
          return 'refused';
        },
      );
    });
    expect(fetched).toBe('refused');
    const violations = await pageCspViolations(g.page);
    expect(violations.some((v) => /^script-src-elem /.test(v))).toBe(true);
    expect(violations.some((v) => /^style-src-elem /.test(v))).toBe(true);
    expect(violations.some((v) => /^connect-src http:\/\/192\.0\.2\.1\/collect/.test(v))).toBe(true);
    // CSP stopped the fetch before it reached the network, so the guard saw nothing.
    expectNoForeignRequests(g.guard);
  } finally {
    await g.close();
  }
});

test('the real office.js from dist/office-js/ loads under the policy without a violation or a request elsewhere', async () => {
  const g = await openGuardedPage(session.browser, { origin: session.server.origin, width: 350 });
  try {
    await g.page.goto(session.server.origin + '/taskpane.html');
    const host = await g.page.evaluate(function () {
      const O = (window as unknown as { Office?: { onReady(): Promise<{ host: string | null }> } }).Office;
      if (!O) return 'no Office';
      return Promise.race([
        O.onReady().then(function (info) {
          return String(info.host);
        }),
        new Promise<string>(function (resolve) {
          setTimeout(function () {
            resolve('timeout');
          }, 5000);
        }),
      ]);
    });
    // Outside Office, onReady says there is no host.
    expect(host).toBe('null');
    // What office.js fetched: its own files only.
    const paths = g.guard.local.map((u) => u.slice(session.server.origin.length));
    expect(paths.filter((p) => !/^\/([a-z0-9._-]+\.(html|css|js)|office-js\/[a-z0-9./_-]+\.js)$/i.test(p))).toEqual([]);
    await g.page.waitForTimeout(500);
    expect(g.cspViolations.concat(await pageCspViolations(g.page))).toEqual([]);
    expectNoForeignRequests(g.guard);
    expect(g.pageErrors).toEqual([]);
  } finally {
    await g.close();
  }
});
