/**
 * A model's print setup on the sheet's page layout (ExcelApi 1.9): A4, orientation, margins in points,
 * one page wide, and page numbers in the header from page 2 (a first-page header left empty).
 */
import { pageNumberCode } from '../../core/report/pageNumberCode';
import { FontStyle, PrintSetup } from '../../core/report/sheetModel';
import { PageLayoutLike } from './officeApi';

function points(mm: number): number {
  return Math.round(((mm * 72) / 25.4) * 100) / 100;
}

/** Statements queued by applyPrintSetup, for the write budget. */
export const PRINT_SETUP_STATEMENTS = 13;

export function applyPrintSetup(layout: PageLayoutLike, print: PrintSetup, font: FontStyle): void {
  layout.paperSize = 'A4';
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.topMargin = points(print.margins.top);
  layout.bottomMargin = points(print.margins.bottom);
  layout.leftMargin = points(print.margins.left);
  layout.rightMargin = points(print.margins.right);
  layout.headerMargin = points(print.margins.header);
  layout.footerMargin = points(print.margins.footer);
  // One page wide, as many pages tall as needed.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.pageNumbersFromPage2) {
    const hf = layout.headersFooters;
    hf.state = 'FirstAndDefault';
    hf.firstPage.centerHeader = '';
    hf.defaultForAllPages.centerHeader = pageNumberCode(font);
  }
}
