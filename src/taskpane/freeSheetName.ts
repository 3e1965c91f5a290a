/**
 * A sheet name that no sheet of the workbook has yet: the name itself, else "Name (2)", "Name (3)"…
 * Excel compares sheet names without regard to case and allows at most 31 characters, so the base is
 * shortened when the suffix would not fit.
 */
export const MAX_SHEET_NAME = 31;

function taken(name: string, names: string[]): boolean {
  const low = name.toLowerCase();
  for (let i = 0; i < names.length; i++) if (names[i].toLowerCase() === low) return true;
  return false;
}

export function freeSheetName(name: string, existing: string[]): string {
  if (!taken(name, existing)) return name;
  for (let n = 2; ; n++) {
    const suffix = ' (' + n + ')';
    const base = name.length + suffix.length > MAX_SHEET_NAME ? name.slice(0, MAX_SHEET_NAME - suffix.length).replace(/\s+$/, '') : name;
    const candidate = base + suffix;
    if (!taken(candidate, existing)) return candidate;
  }
}
