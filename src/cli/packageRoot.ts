/** The folder of the package (where package.json is), found from this file, not from the current folder. */
import * as fs from 'fs';
import * as path from 'path';

export function packageRoot(start?: string): string {
  let dir = start || __dirname;
  for (let i = 0; i < 8; i++) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'so-ket-chi-bo') return dir;
      } catch (ignored) {
        // Not our package.json: keep climbing.
      }
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return path.resolve(__dirname, '..', '..');
}

/** The bundled sample registers: assets/samples/so-dang-vien-mau.xlsx. */
export function sampleWorkbookPath(): string {
  return path.join(packageRoot(), 'assets', 'samples', 'so-dang-vien-mau.xlsx');
}
