/**
 * One browser and one local server for a test file, and the pane opened in a guarded page: dist/ served
 * from 127.0.0.1, office-js/office.js answered with the fake Office bundle, the clock fixed at
 * 01/03/2021 10:00 (Hà Nội) so that "today" is the one the sample's findings were written for.
 */
import * as fs from 'fs';
import { Browser } from 'playwright-core';
import { FAKE_OFFICE_JS, DIST } from './buildAssets';
import { GuardedPage, launchChromium, openGuardedPage } from './browser';
import { startStaticServer, StaticServer } from './staticServer';
import { WorkbookName } from './fakeOffice/journeyWorkbook';

export const FIXED_NOW = new Date('2021-03-01T10:00:00+07:00');

export interface Session {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server = await startStaticServer(DIST);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    browser: browser,
    server: server,
    close: async function (): Promise<void> {
      await browser.close();
      await server.close();
    },
  };
}

export interface PaneOptions {
  width: number;
  height?: number;
  workbook?: WorkbookName;
  bypassCSP?: boolean;
  /** Each Excel.run of the fake waits this long first (to see the pane at work). */
  slowMs?: number;
  /** Run before the page's own scripts (e.g. to watch its Workers). */
  initScript?: string;
}

/** The pane's taskpane.html with the fake Excel, once the first reading of the workbook is over. */
export async function openPane(session: Session, opts: PaneOptions): Promise<GuardedPage> {
  const g = await openGuardedPage(session.browser, { origin: session.server.origin, width: opts.width, height: opts.height, bypassCSP: opts.bypassCSP });
  const fakeOffice = fs.readFileSync(FAKE_OFFICE_JS);
  await g.page.clock.setFixedTime(FIXED_NOW);
  await g.page.addInitScript('window.__excelFakeOptions = ' + JSON.stringify({ workbook: opts.workbook || 'journey', slowMs: opts.slowMs || 0 }) + ';');
  if (opts.initScript) await g.page.addInitScript(opts.initScript);
  await g.page.route(session.server.origin + '/office-js/office.js', function (route) {
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeOffice });
  });
  await g.page.goto(session.server.origin + '/taskpane.html');
  await waitIdle(g);
  await g.page.locator('.sheet-list .card').first().waitFor();
  return g;
}

/** Wait until no work runs in the pane (the panels are not aria-busy). */
export async function waitIdle(g: GuardedPage): Promise<void> {
  await g.page.locator('.panels[aria-busy="false"]').waitFor({ state: 'attached' });
}
