/// <reference types="office-js" />
/**
 * The task pane's entry: once Office.js is ready inside Excel, draw the pane over the Excel host. Opened
 * anywhere else (an ordinary browser, another Office application), say in Vietnamese where it belongs.
 */
import { createExcelHost } from '../hosts/excel/excelHost';
import { mountTaskpane, TASKPANE_ROOT_ID } from './app';
import { browserAnalysisRunner } from './workerAnalysisRunner';
import { S } from './strings';

function showOutsideExcel(root: HTMLElement): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  const p = document.createElement('p');
  p.className = 'loading';
  p.textContent = S.outsideExcel;
  root.appendChild(p);
}

function start(): void {
  const root = document.getElementById(TASKPANE_ROOT_ID);
  if (!root) return;
  if (typeof Office === 'undefined') {
    showOutsideExcel(root);
    return;
  }
  Office.onReady(function (info) {
    if (info.host === Office.HostType.Excel) mountTaskpane(root, createExcelHost(), { analysisRunner: browserAnalysisRunner() });
    else showOutsideExcel(root);
  });
}

start();
