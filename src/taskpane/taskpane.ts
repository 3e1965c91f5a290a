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
import { S } from './strings';

function showOutsideExcel(root: HTMLElement): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  const p = document.createElement('p');
  p.className = 'loading';
  p.textContent = S.outsideExcel;
  root.appendChild(p);
}

function showStandalone(root: HTMLElement): void {
  if (canReadFiles(window as unknown as Parameters<typeof canReadFiles>[0])) mountFilePage(root);
  else showNoFileSupport(root);
}

function start(): void {
  const root = document.getElementById(TASKPANE_ROOT_ID);
  if (!root) return;
  if (typeof Office === 'undefined') {
    showStandalone(root);
    return;
  }
  Office.onReady(function (info) {
    if (info.host === Office.HostType.Excel) mountTaskpane(root, createExcelHost());
    // No host at all: an ordinary browser.
    else if (!info.host) showStandalone(root);
    else showOutsideExcel(root);
  });
}

start();
