/**
 * What the e2e tests serve: the add-in as built for production in dist/ (rebuilt when it is missing or
 * its sources changed since the tests last built it), and the fake Office bundle (tests/e2e/fakeOffice/entry.ts, built
 * at test time with ts-loader and tsconfig.pane.json as webpack.config.js builds the pane) in
 * tests/e2e/.output/build/.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const FAKE_OFFICE_DIR = path.join(__dirname, '.output', 'build');
export const FAKE_OFFICE_JS = path.join(FAKE_OFFICE_DIR, 'fake-office.js');

/** Every file below `dir` (or `dir` itself), with its size and modification time. */
function listFiles(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) {
    out.push(path.relative(ROOT, dir) + ' ' + stat.size + ' ' + stat.mtimeMs);
    return;
  }
  const entries = fs.readdirSync(dir).sort();
  for (let i = 0; i < entries.length; i++) listFiles(path.join(dir, entries[i]), out);
}

/** What dist/ is built from, as one line per file (path, size, time): changes whenever a source does. */
function sourcesFingerprint(): string {
  const out: string[] = [];
  const inputs = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'tsconfig.pane.json', 'package-lock.json'];
  for (let i = 0; i < inputs.length; i++) listFiles(path.join(ROOT, inputs[i]), out);
  return crypto.createHash('sha256').update(out.join('\n')).digest('hex');
}

/** Written after the tests built dist/ themselves: the fingerprint of the sources of that build. */
const STAMP = path.join(__dirname, '.output', 'dist-sources.sha256');

/** Whether dist/ holds the build the tests made from today's sources. */
export function distIsFresh(): boolean {
  if (!fs.existsSync(path.join(DIST, 'taskpane.js')) || !fs.existsSync(path.join(DIST, 'taskpane.html'))) return false;
  return fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === sourcesFingerprint();
}

/**
 * dist/ as `npm run build` makes it, built here unless it is already the build of today's sources.
 * E2E_USE_DIST=1 takes dist/ as it is (.ci/run builds it just before).
 */
export function ensureDist(): void {
  if (process.env.E2E_USE_DIST === '1' && fs.existsSync(path.join(DIST, 'taskpane.html'))) return;
  if (distIsFresh()) return;
  process.stderr.write('e2e: building the add-in into dist/ (webpack --mode production)\n');
  const fingerprint = sourcesFingerprint();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, fingerprint);
}

export function buildFakeOffice(): Promise<void> {
  // Loaded lazily: webpack is only needed here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack');
  const config = {
    mode: 'development',
    devtool: false,
    target: ['web', 'es5'],
    entry: path.join(__dirname, 'fakeOffice', 'entry.ts'),
    output: { path: FAKE_OFFICE_DIR, filename: path.basename(FAKE_OFFICE_JS) },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: path.join(ROOT, 'tsconfig.pane.json'), transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
  };
  return new Promise(function (resolve, reject) {
    webpack(config, function (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}
