/**
 * What the e2e tests serve: the add-in as built for production in dist/ (rebuilt when it is missing or
 * older than a file it is built from), and the fake Office bundle (tests/e2e/fakeOffice/entry.ts, built
 * at test time with ts-loader and tsconfig.pane.json as webpack.config.js builds the pane) in
 * tests/e2e/.output/build/.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const FAKE_OFFICE_DIR = path.join(__dirname, '.output', 'build');
export const FAKE_OFFICE_JS = path.join(FAKE_OFFICE_DIR, 'fake-office.js');

/** The newest modification time of the files below `dir` (0 when there are none). */
function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  const stat = fs.statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = fs.readdirSync(dir);
  for (let i = 0; i < entries.length; i++) newest = Math.max(newest, newestMtime(path.join(dir, entries[i])));
  return newest;
}

/** Whether dist/ holds a build at least as new as its sources. */
export function distIsFresh(): boolean {
  const built = path.join(DIST, 'taskpane.js');
  if (!fs.existsSync(built) || !fs.existsSync(path.join(DIST, 'taskpane.html'))) return false;
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'src')),
    newestMtime(path.join(ROOT, 'webpack.config.js')),
    newestMtime(path.join(ROOT, 'tsconfig.pane.json')),
  );
  return fs.statSync(built).mtimeMs >= sources;
}

export function ensureDist(): void {
  if (process.env.E2E_USE_DIST === '1' && fs.existsSync(path.join(DIST, 'taskpane.html'))) return;
  if (distIsFresh()) return;
  process.stderr.write('e2e: building the add-in into dist/ (npm run build)\n');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
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
