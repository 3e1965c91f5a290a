/**
 * `npm run bench`: generates (or takes from the .bench/ cache) registers of 1,000, 10,000 and 100,000
 * members with five years of meetings and measures, in one run, for each size:
 *   (a) exceljs loading the file, bare (and, apart, our conversion of it to grids);
 *   (b) our engine on those grids: detection, records, rules, figures, sorting, summary and findings sheet models;
 *   (c) the CLI end to end (`so-ket bao-cao`, a spawned process on the built CLI);
 *   (d) the Office.js gateway against the strict fake: syncs, bytes, cells, the longest stretch between
 *       yields; and the pane's "Kiểm tra" and "Tạo báo cáo" flows on it, with the analysis on the pane's
 *       thread and in a Worker (in-process: the Worker's side clocked apart; the messages counted);
 *   (e) the CLI's peak resident memory;
 *   (f) pandas.read_excel (Debian python3-pandas, openpyxl) reading the same file and counting the same
 *       categories; skipped, saying so, where /usr/bin/python3 has no pandas;
 *   (g) the floor: unzipping the file and tokenising its XML.
 * Prints a table, then, last, one line of JSON with every figure.
 *
 * Options: --sizes 1000,10000 · --skip cli,pandas,gateway,pane,paneWorker · --dir <folder for the registers>
 */
import * as os from 'os';
import { SimpleDate, todayLocal } from '../../src/core/dates';
import { ensureRegisters, parseSizes } from './generateRegisters';
import { loadWithExceljs, runEngine } from './measureEngine';
import { GatewayResult, MessageFigures, measureGateway, measurePane, PaneResult, StepFigures } from './measureGateway';
import { measureCli, measurePandas, pandasAvailable, PandasResult, ProcessResult } from './measureProcesses';
import { xlsxFloor } from './xlsxFloor';

export type Part = 'cli' | 'pandas' | 'gateway' | 'pane' | 'paneWorker';

export interface BenchOptions {
  sizes: number[];
  skip: Part[];
  dir?: string;
  today?: SimpleDate;
  log?: (line: string) => void;
}

export interface SizeFigures {
  members: number;
  cells: number;
  meetingRows: number;
  fileMB: number;
  generated: boolean;
  /** (a) */
  exceljsLoadMs: number;
  toGridsMs: number;
  /** (b), and its steps. */
  engineMs: number;
  /** (b) in CPU time. */
  engineCpuMs: number;
  engine: { readMs: number; rulesMs: number; figuresMs: number; sortMs: number; summaryMs: number; findingsSheetMs: number };
  /** analyze() alone (what the pane runs on the UI thread after reading). */
  analyzeMs: number;
  findings: number;
  /** (c) and (e) */
  cli: { ms: number; peakRssMB: number; exitCode: number } | null;
  /** (d) */
  gateway: GatewayResult | null;
  pane: PaneResult | null;
  /** The same flows with the analysis in a Worker. */
  paneWorker: PaneResult | null;
  /** (f) */
  pandas: { ms: number; readMs: number; countMs: number; peakRssMB: number; members: number; meetings: number } | null;
  /** (g) */
  floor: { ms: number; xmlMB: number; tags: number };
  /** Parts that failed (the bench goes on and says so). */
  failures: string[];
  ratios: { engineOverExceljs: number; cliOverPandas: number | null; cliOverFloor: number | null };
}

export interface BenchResult {
  node: string;
  cpus: number;
  cpuModel: string;
  pandas: boolean;
  sizes: SizeFigures[];
  /** log(b(100k) / b(10k)) / log(10): 1 is linear, n log n over that step is about 1.1. */
  engineGrowthExponent: number | null;
  /** The same in CPU time. */
  engineCpuGrowthExponent: number | null;
  engineGrowthFrom: number | null;
  engineGrowthTo: number | null;
}

function best<T extends { ms: number }>(runs: number, f: () => T): T {
  let out = f();
  for (let i = 1; i < runs; i++) {
    const r = f();
    if (r.ms < out.ms) out = r;
  }
  return out;
}

function gc(): void {
  const g = (global as unknown as { gc?: () => void }).gc;
  if (g) g();
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log || function () {};
  const today = opts.today || todayLocal();
  const withPandas = opts.skip.indexOf('pandas') < 0 && pandasAvailable();
  if (opts.skip.indexOf('pandas') < 0 && !withPandas) log('(f) bỏ qua: /usr/bin/python3 không có pandas và openpyxl (apt-get install python3-pandas python3-openpyxl)');
  const out: SizeFigures[] = [];
  for (let s = 0; s < opts.sizes.length; s++) {
    const size = opts.sizes[s];
    const reg = await ensureRegisters(size, opts.dir);
    log(size + ': ' + reg.file + (reg.generated ? ' (generated in ' + (reg.ms / 1000).toFixed(1) + ' s)' : ' (cached)'));
    const floor = xlsxFloor(reg.file);
    log('  (g) floor ' + floor.ms.toFixed(0) + ' ms');
    gc();
    const load = await loadWithExceljs(reg.file);
    log('  (a) exceljs ' + load.exceljsMs.toFixed(0) + ' ms, to grids ' + load.toGridsMs.toFixed(0) + ' ms');
    gc();
    const engine = best(size <= 10000 ? 3 : 1, () => runEngine(load.grids, load.date1904, today));
    log('  (b) engine ' + engine.ms.toFixed(0) + ' ms');
    const failures: string[] = [];
    let gateway: GatewayResult | null = null;
    if (opts.skip.indexOf('gateway') < 0) {
      gc();
      try {
        gateway = await measureGateway(load.grids, engine.analysis);
        log('  (d) gateway read ' + gateway.read.ms.toFixed(0) + ' ms in ' + gateway.read.syncs + ' syncs');
      } catch (e) {
        failures.push('gateway: ' + String(e));
        log('  (d) gateway FAILED: ' + String(e));
      }
    }
    let pane: PaneResult | null = null;
    if (opts.skip.indexOf('pane') < 0) {
      gc();
      try {
        pane = await measurePane(load.grids, today);
        log('  (d) pane check ' + pane.check.ms.toFixed(0) + ' ms, report ' + pane.report.ms.toFixed(0) + ' ms');
      } catch (e) {
        failures.push('pane: ' + String(e));
        log('  (d) pane FAILED: ' + String(e));
      }
    }
    let paneWorker: PaneResult | null = null;
    if (opts.skip.indexOf('paneWorker') < 0) {
      gc();
      try {
        paneWorker = await measurePane(load.grids, today, 'worker');
        log('  (d) pane with a Worker: check ' + paneWorker.check.ms.toFixed(0) + ' ms, report ' + paneWorker.report.ms.toFixed(0) + ' ms');
      } catch (e) {
        failures.push('paneWorker: ' + String(e));
        log('  (d) pane with a Worker FAILED: ' + String(e));
      }
    }
    load.grids = [];
    gc();
    let cli: ProcessResult | null = null;
    if (opts.skip.indexOf('cli') < 0) {
      cli = measureCli(reg.file);
      log('  (c) cli ' + cli.ms.toFixed(0) + ' ms, exit ' + cli.exitCode + ', peak ' + cli.peakRssMB.toFixed(0) + ' MB');
      if (cli.exitCode > 1) {
        log('      ' + cli.stderr.trim().split('\n').slice(-3).join('\n      '));
        failures.push('cli: exit ' + cli.exitCode + ': ' + cli.stderr.trim().split('\n').slice(-1)[0]);
      }
    }
    let pandas: PandasResult | null = null;
    if (withPandas) {
      pandas = measurePandas(reg.file);
      log('  (f) pandas ' + (pandas ? pandas.ms.toFixed(0) + ' ms' : 'failed'));
      if (!pandas) failures.push('pandas: the script failed');
    }
    const analyzeMs = engine.readMs + engine.rulesMs + engine.figuresMs + engine.sortMs;
    out.push({
      members: reg.members,
      cells: reg.cells,
      meetingRows: reg.meetings,
      fileMB: reg.bytes / 1e6,
      generated: reg.generated,
      exceljsLoadMs: load.exceljsMs,
      toGridsMs: load.toGridsMs,
      engineMs: engine.ms,
      engineCpuMs: engine.cpuMs,
      engine: {
        readMs: engine.readMs,
        rulesMs: engine.rulesMs,
        figuresMs: engine.figuresMs,
        sortMs: engine.sortMs,
        summaryMs: engine.summaryMs,
        findingsSheetMs: engine.findingsSheetMs,
      },
      analyzeMs: analyzeMs,
      findings: engine.findings,
      cli: cli ? { ms: cli.ms, peakRssMB: cli.peakRssMB, exitCode: cli.exitCode } : null,
      gateway: gateway,
      pane: pane,
      paneWorker: paneWorker,
      pandas: pandas
        ? { ms: pandas.ms, readMs: pandas.readMs, countMs: pandas.countMs, peakRssMB: pandas.peakRssMB, members: pandas.members, meetings: pandas.meetings }
        : null,
      floor: { ms: floor.ms, xmlMB: floor.xmlBytes / 1e6, tags: floor.tags },
      failures: failures,
      ratios: {
        engineOverExceljs: engine.ms / load.exceljsMs,
        cliOverPandas: cli && pandas ? cli.ms / pandas.ms : null,
        cliOverFloor: cli ? cli.ms / floor.ms : null,
      },
    });
  }
  const a = out.filter((f) => f.members === 10000)[0];
  const b = out.filter((f) => f.members === 100000)[0];
  const from = a || out[out.length - 2];
  const to = b || out[out.length - 1];
  const growth = from && to && to.members > from.members ? Math.log(to.engineMs / from.engineMs) / Math.log(to.members / from.members) : null;
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0] ? os.cpus()[0].model : '',
    pandas: withPandas,
    sizes: out,
    engineGrowthExponent: growth,
    engineCpuGrowthExponent: growth === null ? null : Math.log(to.engineCpuMs / from.engineCpuMs) / Math.log(to.members / from.members),
    engineGrowthFrom: growth === null ? null : from.members,
    engineGrowthTo: growth === null ? null : to.members,
  };
}

function sec(ms: number | null | undefined): string {
  return ms === null || ms === undefined || isNaN(ms) ? '—' : (ms / 1000).toFixed(2) + ' s';
}

/** Longest stretches between yields: our own code, with the fake's work, and the event loop's lag. */
function stretches(s: StepFigures): string {
  return [s.longestOwnStretchMs, s.longestStretchMs, s.maxLoopDelayMs].map((x) => x.toFixed(0)).join('/') + ' ms';
}

/** Messages: how many, their size, the pane's side of the copies (total/longest), the Worker's time. */
function messages(m: MessageFigures | null): string {
  if (!m) return '—';
  return m.messages + ', ' + mb(m.bytes) + ', ' + m.paneCopyMs.toFixed(0) + '/' + m.paneCopyMaxMs.toFixed(0) + ' ms; ' + sec(m.workerMs);
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(2) + ' MB';
}

/** The figures as a plain-text table, one column per size. */
export function table(r: BenchResult): string {
  const cols = r.sizes;
  const rows: [string, (f: SizeFigures) => string][] = [
    ['members / chi bộ / meeting rows', (f) => f.members + ' / ' + f.cells + ' / ' + f.meetingRows],
    ['file (xlsx) / XML unzipped', (f) => f.fileMB.toFixed(1) + ' / ' + f.floor.xmlMB.toFixed(0) + ' MB'],
    ['(a) exceljs load', (f) => sec(f.exceljsLoadMs)],
    ['    + our grids from it', (f) => sec(f.toGridsMs)],
    ['(b) engine + sheet models', (f) => sec(f.engineMs)],
    ['    in CPU time', (f) => sec(f.engineCpuMs)],
    ['    read/rules/figures/sort', (f) => [f.engine.readMs, f.engine.rulesMs, f.engine.figuresMs, f.engine.sortMs].map((x) => (x / 1000).toFixed(2)).join('/')],
    ['    summary/findings sheet', (f) => [f.engine.summaryMs, f.engine.findingsSheetMs].map((x) => (x / 1000).toFixed(2)).join('/')],
    ['    findings', (f) => String(f.findings)],
    ['(b)/(a)', (f) => (100 * f.ratios.engineOverExceljs).toFixed(1) + '%'],
    ['(c) CLI bao-cao, end to end', (f) => (f.cli ? sec(f.cli.ms) + (f.cli.exitCode > 1 ? ' (exit ' + f.cli.exitCode + ')' : '') : '—')],
    ['(e) CLI peak RSS', (f) => (f.cli ? f.cli.peakRssMB.toFixed(0) + ' MB' : '—')],
    ['(f) pandas read_excel + counts', (f) => (f.pandas ? sec(f.pandas.ms) + ' (read ' + sec(f.pandas.readMs) + ')' : 'skipped')],
    ['(c)/(f)', (f) => (f.ratios.cliOverPandas === null ? '—' : (100 * f.ratios.cliOverPandas).toFixed(0) + '%')],
    ['(g) floor: unzip + tokenise', (f) => sec(f.floor.ms)],
    ['(c)/(g)', (f) => (f.ratios.cliOverFloor === null ? '—' : f.ratios.cliOverFloor.toFixed(1) + '×')],
    ['(d) read: syncs (blocks)', (f) => (f.gateway ? f.gateway.read.syncs + ' (' + f.gateway.readBlocks + ')' : '—')],
    ['    largest request/response', (f) => (f.gateway ? mb(f.gateway.read.maxRequestBytes) + ' / ' + mb(f.gateway.read.maxResponseBytes) : '—')],
    ['    total bytes', (f) => (f.gateway ? mb(f.gateway.read.totalBytes) : '—')],
    ['    cells per sync max/mean', (f) => (f.gateway ? f.gateway.read.maxCellsPerSync + ' / ' + f.gateway.read.meanCellsPerSync : '—')],
    ['    time; longest stretch: own/+fake/lag', (f) => (f.gateway ? sec(f.gateway.read.ms) + '; ' + stretches(f.gateway.read) : '—')],
    ['(d) summary: syncs; own/+fake/lag', (f) => (f.gateway ? f.gateway.summary.syncs + '; ' + stretches(f.gateway.summary) : '—')],
    ['(d) findings sheet: syncs, max req', (f) => (f.gateway ? f.gateway.findingsSheet.syncs + ', ' + mb(f.gateway.findingsSheet.maxRequestBytes) : '—')],
    ['    longest stretch own/+fake/lag', (f) => (f.gateway ? stretches(f.gateway.findingsSheet) : '—')],
    ['pane Kiểm tra: time, syncs', (f) => (f.pane ? sec(f.pane.check.ms) + ', ' + f.pane.check.syncs : '—')],
    ['    longest stretch own/+fake/lag', (f) => (f.pane ? stretches(f.pane.check) : '—')],
    ['pane Tạo báo cáo: time, syncs', (f) => (f.pane ? sec(f.pane.report.ms) + ', ' + f.pane.report.syncs : '—')],
    ['    longest stretch own/+fake/lag', (f) => (f.pane ? stretches(f.pane.report) : '—')],
    ['pane with a Worker: Kiểm tra time', (f) => (f.paneWorker ? sec(f.paneWorker.check.ms) : '—')],
    ['    longest stretch own/+fake/lag', (f) => (f.paneWorker ? stretches(f.paneWorker.check) : '—')],
    ['    msgs, bytes, copy tot/max; worker', (f) => (f.paneWorker ? messages(f.paneWorker.checkMessages) : '—')],
    ['pane with a Worker: Tạo báo cáo time', (f) => (f.paneWorker ? sec(f.paneWorker.report.ms) : '—')],
    ['    longest stretch own/+fake/lag', (f) => (f.paneWorker ? stretches(f.paneWorker.report) : '—')],
    ['    msgs, bytes, copy tot/max; worker', (f) => (f.paneWorker ? messages(f.paneWorker.reportMessages) : '—')],
    ['analyze() alone (pane, UI thread)', (f) => sec(f.analyzeMs)],
  ];
  const widths = [38].concat(cols.map(() => 30));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
  const lines = [line(['']).trimEnd() + cols.map((f) => String(f.members).padStart(31)).join('')];
  for (const [label, fn] of rows) lines.push(line([label].concat(cols.map(fn))));
  if (r.engineGrowthExponent !== null) {
    lines.push(
      '(b) grows as n^' + r.engineGrowthExponent.toFixed(2) + ' (CPU time: n^' + r.engineCpuGrowthExponent!.toFixed(2) + ') from ' + r.engineGrowthFrom + ' to ' + r.engineGrowthTo + ' members (n log n over that step: n^' +
        (1 + Math.log(Math.log(r.engineGrowthTo!) / Math.log(r.engineGrowthFrom!)) / Math.log(r.engineGrowthTo! / r.engineGrowthFrom!)).toFixed(2) + ')',
    );
  }
  for (const f of r.sizes) for (const fail of f.failures) lines.push('FAILED at ' + f.members + ': ' + fail);
  lines.push('node ' + r.node + ', ' + r.cpus + ' CPU (' + r.cpuModel + '); timings are wall clock, one run (best of 3 for (b) up to 10,000 members)');
  return lines.join('\n');
}

/** The JSON line: every figure, without the heavy objects. */
export function jsonLine(r: BenchResult): string {
  return JSON.stringify(r, (key, value) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value));
}

export function parseSkip(argv: string[]): Part[] {
  const i = argv.indexOf('--skip');
  if (i < 0 || i + 1 >= argv.length) return [];
  return argv[i + 1].split(',') as Part[];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const d = argv.indexOf('--dir');
  const result = await runBench({
    sizes: parseSizes(argv),
    skip: parseSkip(argv),
    dir: d >= 0 ? argv[d + 1] : undefined,
    log: (line) => process.stderr.write(line + '\n'),
  });
  process.stdout.write(table(result) + '\n');
  process.stdout.write(jsonLine(result) + '\n');
}

if (require.main === module) {
  main().catch(function (err) {
    process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
    process.exit(1);
  });
}
