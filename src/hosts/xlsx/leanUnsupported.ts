/**
 * Thrown by the lean .xlsx reader when a file holds something it does not read the way exceljs does
 * (an unusual zip, an XML construct, an odd cell). The caller then reads the file with exceljs, so a
 * user never gets a grid that differs from what exceljs would give; this never reaches a user.
 */
export class LeanUnsupported extends Error {
  constructor(reason: string) {
    super('lean reader: ' + reason);
    this.name = 'LeanUnsupported';
    // Keep `instanceof` working when compiled to ES5.
    Object.setPrototypeOf(this, LeanUnsupported.prototype);
  }
}
