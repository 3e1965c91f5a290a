/** Reading the fake Excel's state from the Node side of a test (window.__excelFake, see fakeOffice/entry.ts). */
import { Page } from 'playwright-core';
import type { ExcelFakeProbe } from './fakeOffice/entry';

type ProbeWindow = { __excelFake: ExcelFakeProbe };

export function fakeSelection(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(function () {
    return (window as unknown as ProbeWindow).__excelFake.selection();
  });
}

export function fakeActiveSheet(page: Page): Promise<string | null> {
  return page.evaluate(function () {
    return (window as unknown as ProbeWindow).__excelFake.activeSheet();
  });
}

export function fakeSheetNames(page: Page): Promise<string[]> {
  return page.evaluate(function () {
    return (window as unknown as ProbeWindow).__excelFake.sheetNames();
  });
}

export async function fakeValue(page: Page, sheet: string, address: string): Promise<string | number | boolean | null> {
  const c = await page.evaluate(
    function (a) {
      return (window as unknown as ProbeWindow).__excelFake.cell(a.sheet, a.address);
    },
    { sheet: sheet, address: address },
  );
  return c ? c.value : null;
}

export function fakeSheetText(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate(function (s) {
    return (window as unknown as ProbeWindow).__excelFake.sheetText(s);
  }, sheet);
}
