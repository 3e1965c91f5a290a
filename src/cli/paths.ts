/** Paths of the files the command line reads and writes. */
import * as fs from 'fs';
import * as path from 'path';

/** The same file, however it was named (relative, with "..", through a link). */
export function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch (ignored) {
    return false;
  }
}

/** "so.xlsx" -> "so-<suffix>.xlsx", in the same folder. */
export function besideWithSuffix(file: string, suffix: string): string {
  const ext = path.extname(file);
  const base = ext.toLowerCase() === '.xlsx' ? file.slice(0, file.length - ext.length) : file;
  return base + '-' + suffix + '.xlsx';
}
