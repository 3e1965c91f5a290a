/** Which members above ExcelApi 1.1 the host has, asked once with isSetSupported. Below each version the feature degrades silently. */
import { OfficeLike } from './officeApi';

export interface ExcelFeatures {
  /** 1.2: getUsedRange(valuesOnly), merge/unmerge, column widths and row heights, worksheet functions (DATE for the 1904 probe). */
  v1_2: boolean;
  /** 1.4: adding and deleting workbook names. */
  names: boolean;
  /** 1.7: useStandardHeight. */
  standardHeight: boolean;
  /** 1.8: data validation (dropdown lists). */
  dataValidation: boolean;
  /** 1.9: page layout, headers, indent. */
  pageLayout: boolean;
  /** 1.9: the worksheet's AutoFilter (whether a filter is on, and over which range). */
  autoFilter: boolean;
  /** 1.13: the merged areas of a range. */
  mergedAreas: boolean;
}

export function excelFeatures(office: OfficeLike | null): ExcelFeatures {
  function has(v: string): boolean {
    try {
      return !!office && !!office.context && !!office.context.requirements && office.context.requirements.isSetSupported('ExcelApi', v);
    } catch (e) {
      return false;
    }
  }
  return {
    v1_2: has('1.2'),
    names: has('1.4'),
    standardHeight: has('1.7'),
    dataValidation: has('1.8'),
    pageLayout: has('1.9'),
    autoFilter: has('1.9'),
    mergedAreas: has('1.13'),
  };
}
