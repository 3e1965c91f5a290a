/**
 * `npm run validate [-- dist/manifest.xml]`: the offline manifest check. Icons are looked up beside the manifest
 * (assets/ at the project root for manifest.xml, dist/assets/ for a built one). Exit 0 when fit, 1 with the
 * problems listed, 2 when the file cannot be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkManifest } from './manifestCheck';
import { packageRoot } from '../src/cli/packageRoot';

function main(argv: string[]): number {
  const file = path.resolve(argv[0] || path.join(packageRoot(), 'manifest.xml'));
  let xml: string;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write('Không đọc được ' + file + ': ' + (err instanceof Error ? err.message : String(err)) + '\n');
    return 2;
  }
  const problems = checkManifest(xml, { root: path.dirname(file) });
  if (problems.length === 0) {
    process.stdout.write('Manifest hợp lệ: ' + file + '\n');
    return 0;
  }
  process.stderr.write('Manifest ' + file + ' có ' + problems.length + ' vấn đề:\n');
  for (let i = 0; i < problems.length; i++) process.stderr.write('  - ' + problems[i] + '\n');
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
