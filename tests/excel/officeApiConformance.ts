/// <reference types="office-js" />
/**
 * Compile-time check, run by `tsc --noEmit` in npm test: real Office.js and the test fake both fit the
 * slice of the API the gateway is written against. Nothing here runs.
 */
import { ExcelLike, OfficeLike } from '../../src/hosts/excel/officeApi';
import { createFakeExcel } from '../excelFake';

export function officeJsFitsTheGateway(): [ExcelLike, OfficeLike] {
  return [Excel, Office];
}

export function fakeFitsTheGateway(): [ExcelLike, OfficeLike] {
  const fake = createFakeExcel();
  return [fake.Excel, fake.Office];
}
