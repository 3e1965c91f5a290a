/**
 * Debian's Chromium driven by playwright-core: never a browser download. The flags keep Chromium from
 * reaching out on its own (background networking, component updates, sync, QUIC) so that the only
 * traffic is the page's, and the page's is held to the local test server by the network guard.
 *
 * Screenshots must look the same on every machine: a fixed viewport, device scale factor 1, no
 * animations (reduced motion), the caret hidden at capture time, a fixed locale and time zone, and the
 * fonts installed by .ci/run (the pane's stack ends with Arial, which fontconfig maps to Liberation Sans).
 */
import * as fs from 'fs';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { NetworkGuard, guardNetwork } from './networkGuard';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--font-render-hinting=none',
  '--disable-lcd-text',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      'Chromium not found at ' + CHROMIUM_PATH + ': install the Debian package (apt-get install chromium) or set CHROMIUM_PATH. ' +
        'Never `playwright install`.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  /** The only origin the page may request (the static server's). */
  origin: string;
  width: number;
  height?: number;
  /** Turn CSP off for this context (only for audits that inject scripts; the journeys keep it on). */
  bypassCSP?: boolean;
  acceptDownloads?: boolean;
}

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  guard: NetworkGuard;
  /** Content-Security-Policy violations the page reported (directive and blocked address). */
  cspViolations: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Collects CSP violation events from the first moment of every document (an init script, which CSP does not block). */
const CSP_LISTENER = [
  'window.__cspViolations = [];',
  "document.addEventListener('securitypolicyviolation', function (e) {",
  "  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);",
  '});',
].join('\n');

export async function openGuardedPage(browser: Browser, opts: PageOptions): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height || 720 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: !!opts.bypassCSP,
    acceptDownloads: !!opts.acceptDownloads,
    serviceWorkers: 'block',
  });
  const guard = await guardNetwork(context, opts.origin);
  await context.addInitScript(CSP_LISTENER);
  const page = await context.newPage();
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', function (e) {
    pageErrors.push(String(e && e.stack ? e.stack : e));
  });
  page.on('console', function (m) {
    const t = m.text();
    if (/Content Security Policy/i.test(t)) cspViolations.push('console: ' + t);
    else if (m.type() === 'error') pageErrors.push('console: ' + t);
  });
  return {
    context: context,
    page: page,
    guard: guard,
    cspViolations: cspViolations,
    pageErrors: pageErrors,
    close: function (): Promise<void> {
      return context.close();
    },
  };
}

/** CSP violations the page's own listener saw (the console ones are in GuardedPage.cspViolations). */
export async function pageCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(function () {
    return ((window as unknown as { __cspViolations?: string[] }).__cspViolations || []).slice();
  });
}
