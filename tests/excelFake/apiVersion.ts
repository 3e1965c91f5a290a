/** ExcelApi requirement-set versions ("1.1" … "1.20") and the check every fake member makes. */
import { FakeOfficeError } from './errors';

function parts(v: string): number[] {
  const p = v.split('.');
  return [+p[0] || 0, +(p[1] || 0) || 0];
}

/** "1.13" >= "1.9" */
export function versionAtLeast(have: string, need: string): boolean {
  const a = parts(have);
  const b = parts(need);
  return a[0] !== b[0] ? a[0] > b[0] : a[1] >= b[1];
}

/** Throws ApiNotFound, as Excel does, when `member` needs a newer ExcelApi than the fake host has. */
export function requireApi(have: string, need: string, member: string): void {
  if (!versionAtLeast(have, need)) {
    throw new FakeOfficeError(
      'ApiNotFound',
      'The API you are trying to use could not be found. It may be available in a newer version of Excel. (' + member + ' needs ExcelApi ' + need + ', the host has ' + have + ')',
      member,
    );
  }
}
