/**
 * (c) the CLI end to end and (e) its peak memory: `so-ket bao-cao` spawned on the built CLI, timed by
 * GNU time (wall seconds and maximum resident set size); (f) pandas.read_excel with openpyxl, Debian's
 * python3-pandas for /usr/bin/python3, reading the same file and counting the same categories.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { packageRoot } from '../../src/cli/packageRoot';

const GNU_TIME = '/usr/bin/time';
const PYTHON = '/usr/bin/python3';

export interface ProcessResult {
  ms: number;
  peakRssMB: number;
  exitCode: number;
  stderr: string;
  stdout: string;
}

/** Run a command under GNU time: its wall time and peak RSS as the kernel counted them. */
export function timedProcess(cmd: string, args: string[], cwd: string): ProcessResult {
  const out = path.join(cwd, '.bench', 'time-' + process.pid + '.txt');
  const useTime = fs.existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-o', out, '-f', '%e %M', cmd].concat(args), { cwd: cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { cwd: cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  let peak = NaN;
  if (useTime && fs.existsSync(out)) {
    const parts = fs.readFileSync(out, 'utf8').trim().split(/\s+/);
    peak = Number(parts[parts.length - 1]) / 1024;
    fs.unlinkSync(out);
  }
  return { ms: ms, peakRssMB: peak, exitCode: r.status === null ? -1 : r.status, stderr: r.stderr || '', stdout: r.stdout || '' };
}

/** `so-ket bao-cao <file> -o <report>`, on a fresh report file each time. */
export function measureCli(file: string): ProcessResult {
  const root = packageRoot(__dirname);
  const report = path.join(root, '.bench', path.basename(file, '.xlsx') + '-bao-cao.xlsx');
  if (fs.existsSync(report)) fs.unlinkSync(report);
  return timedProcess(process.execPath, [path.join(root, 'build', 'src', 'cli', 'main.js'), 'bao-cao', file, '-o', report], root);
}

/** Whether Debian's pandas and openpyxl can be imported by /usr/bin/python3. */
export function pandasAvailable(): boolean {
  if (!fs.existsSync(PYTHON)) return false;
  const r = spawnSync(PYTHON, ['-c', 'import pandas, openpyxl'], { encoding: 'utf8' });
  return r.status === 0;
}

export interface PandasResult extends ProcessResult {
  /** Seconds in read_excel and in counting, as the script measured them (without importing pandas). */
  readMs: number;
  countMs: number;
  members: number;
  meetings: number;
}

export function measurePandas(file: string): PandasResult | null {
  const root = packageRoot(__dirname);
  const r = timedProcess(PYTHON, [path.join(root, 'scripts', 'bench', 'pandasCount.py'), file], root);
  if (r.exitCode !== 0) return null;
  const lines = r.stdout.trim().split('\n');
  const j = JSON.parse(lines[lines.length - 1]);
  return Object.assign(r, { readMs: j.readSeconds * 1000, countMs: j.countSeconds * 1000, members: j.members, meetings: j.meetings });
}
