/// <reference types="office-js" />
/**
 * The task pane's entry: once Office.js is ready inside Excel, draw the pane over the Excel host. Opened in an
 * ordinary browser (no Office host), the standalone page: choose an .xlsx file, read and checked in the
 * browser, report downloaded. Opened in another Office application, say in Vietnamese where it belongs.
 */
import { createExcelHost } from '../hosts/excel/excelHost';
import { mountTaskpane, TASKPANE_ROOT_ID } from './app';
import { mountFilePage, showNoFileSupport } from './filePage';
import { canReadFiles } from './fileSupport';
import { browserAnalysisRunner } from './workerAnalysisRunner';
import { S } from './strings';

function showOutsideExcel(root: HTMLElement): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  const p = document.createElement('p');
  p.className = 'loading';
  p.textContent = S.outsideExcel;
  root.appendChild(p);
}

interface OfficeJsGlobals {
  OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void; writeLog?: (log: string) => void } | null } };
  OSFAppTelemetry?: { enableTelemetry?: boolean };
}

/**
 * Outside Office, office.js falls back to its Office 2013 host table (o15apptofilemappingtable.js), whose logger
 * opens a hidden frame on Microsoft's telemetry server three seconds after loading. Nothing may leave the
 * machine: on the standalone page that logger is switched off before it starts (the page's CSP blocks it too).
 */
function silenceOfficeJsLogger(): void {
  const g = window as unknown as OfficeJsGlobals;
  const endpoint = g.OSF && g.OSF.Logger && g.OSF.Logger.ulsEndpoint;
  if (endpoint) {
    endpoint.loadProxyFrame = function (): void {};
    endpoint.writeLog = function (): void {};
  }
  if (g.OSFAppTelemetry) g.OSFAppTelemetry.enableTelemetry = false;
}

function showStandalone(root: HTMLElement): void {
  silenceOfficeJsLogger();
  if (canReadFiles(window as unknown as Parameters<typeof canReadFiles>[0])) mountFilePage(root, { controller: { analysisRunner: browserAnalysisRunner() } });
  else showNoFileSupport(root);
}

function start(): void {
  const root = document.getElementById(TASKPANE_ROOT_ID);
  if (!root) return;
  // Office never opens a pane from the disk, and office.js opened from there never becomes ready (the browser
  // refuses its host table from a file: address): a page opened from a file is the standalone page.
  if (typeof Office === 'undefined' || window.location.protocol === 'file:') {
    showStandalone(root);
    return;
  }
  Office.onReady(function (info) {
    if (info.host === Office.HostType.Excel) mountTaskpane(root, createExcelHost(), { analysisRunner: browserAnalysisRunner() });
    // No host at all: an ordinary browser.
    else if (!info.host) showStandalone(root);
    else showOutsideExcel(root);
  });
}

start();
