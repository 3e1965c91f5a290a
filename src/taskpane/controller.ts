/**
 * The task pane's state and actions, without any DOM: read the workbook through a WorkbookHost, run the
 * core flow (analyze -> findings, figures -> sheet models) and write what the user asked for. The views
 * draw `state` and call the actions; nothing here decides a check, a count or a layout (core does).
 *
 * Every action that reads or writes runs as one job: it reports a step label and a fraction, can be
 * cancelled ("Hủy"), and ends with a Vietnamese status. Reads stop as soon as the host sees the cancel;
 * a sheet being written is always written in full (the cancel takes effect before the next sheet), so
 * no sheet is left half refreshed, and the status says which sheets were written.
 */
import { AnalyzeOptions } from '../core/analyze';
import { formatDate, Period, SimpleDate, todayLocal } from '../core/dates';
import { countBySeverity, Finding } from '../core/findings';
import { Grid } from '../core/grid';
import { TableOverride } from '../core/registers';
import { applyWrites, cellAddress, CellWrite } from '../core/fixes/cellEdit';
import { cellSourceOf, withMergedRanges, withMergeMasters } from '../core/fixes/cellSource';
import { quoted } from '../core/fixes/fixLabel';
import { fixPlan, fixTargets, RefusedFix } from '../core/fixes/fixPlan';
import { fixRuleOf } from '../core/fixes/fixRules';
import { FixSelection, isEmptySelection } from '../core/fixes/fixSelection';
import { applyWritesToGrids } from '../core/fixes/gridWrites';
import { emptyUndoLog, lastBatch, recordBatch, undoBatch, UndoLog, undoTargets } from '../core/fixes/undoLog';
import { UNDO_LOG_SHEET_NAME, undoLogChunks, undoLogFromChunks } from '../core/fixes/undoLogFormat';
import { columnNumber } from '../core/grid';
import { FINDINGS_SHEET_NAME } from '../core/report/findingsSheet';
import { isCellUnit } from '../core/unitKind';
import { memberListMissing } from '../core/memberListMissing';
import { SheetModel } from '../core/report/sheetModel';
import { SUMMARY_SHEET_NAME } from '../core/report/summarySheet';
import { sampleSheetModels } from '../core/sample/sampleSheets';
import { Dropdown, templateWorkbook } from '../core/sample/templateSheets';
import { MEMBER_SHEET } from '../core/sample/templateColumns';
import { formatInteger } from '../core/text/numbers';
import { HostError, SheetInfo, WorkbookHost, WriteSheetResult } from '../hosts/workbookHost';
import { AnalysisRunner, InThreadAnalysisRunner } from './analysisRunner';
import { CancelSource } from './cancelSource';
import { findingAddress, FIRST_SHOWN, groupFindings, MORE_STEP, countsText } from './findingGroups';
import { freeSheetName } from './freeSheetName';
import { keyFigures } from './keyFigures';
import { failureText, stoppedStatus } from './outcomeMessage';
import { PaneAnalysis } from './paneAnalysis';
import { OverrideKind, overrideOf, parseHeaderRows, withColumn, withHeaderRows, withKind, withoutOverride } from './overrides';
import { choicesFromSaved, choicesToSaved, DEFAULT_CHOICES, PaneChoices } from './paneChoices';
import { PaneAction, PaneState, StatusView, UndoView } from './paneState';
import { parsePeriod } from './periodInput';
import { S } from './strings';
import { StepPlan, WorkProgress } from './workProgress';

export interface ControllerOptions {
  /** The calendar date (default: the local date). */
  today?: () => SimpleDate;
  /** Lets the pane draw between steps (default: a zero timeout). */
  yieldToUi?: () => Promise<void>;
  /** Where the analysis runs (default: on the pane's thread, between yields). */
  analysisRunner?: AnalysisRunner;
}

export type PaneListener = (state: PaneState) => void;

/** One running action. */
interface Job {
  source: CancelSource;
  progress: WorkProgress;
  /** Sheets written in full so far. */
  written: string[];
  /** Sheets still to write. */
  pending: string[];
}

const READ_PLAN: StepPlan[] = [
  { key: 'list', weight: 1 },
  { key: 'read', weight: 6 },
  { key: 'analyze', weight: 2 },
];

function zeroTimeout(): Promise<void> {
  return new Promise<void>(function (resolve) {
    setTimeout(resolve, 0);
  });
}

function hasMemberList(a: PaneAnalysis): boolean {
  for (let i = 0; i < a.tables.length; i++) if (a.tables[i].kind === 'members') return true;
  return false;
}

function isOutputSheet(name: string): boolean {
  const low = name.toLowerCase();
  return low === SUMMARY_SHEET_NAME.toLowerCase() || low === FINDINGS_SHEET_NAME.toLowerCase() || low === UNDO_LOG_SHEET_NAME.toLowerCase();
}

/** Refusals listed in the status after a fix; the rest are counted. */
const REFUSALS_SHOWN = 10;

/** The accessible name of a finding's "Sửa" button: “Sửa ô C12: “Thạc sỹ” → “Thạc sĩ”” (corrections say they are a guess). */
export function fixButtonLabel(f: Finding): string {
  const rule = fixRuleOf(f.code);
  const asDate = !!rule && rule.value === 'date' && typeof f.value === 'number';
  const address = f.column && f.row ? cellAddress(f.row, columnNumber(f.column)) : '';
  return S.fix.oneLabel(address, quoted(f.value, asDate), quoted(f.suggestion || ''), !!rule && rule.kind === 'correction');
}

function refusalLines(refused: RefusedFix[]): string[] {
  if (!refused.length) return [];
  const lines = [S.fix.refusedHeading(formatInteger(refused.length))];
  for (let i = 0; i < refused.length && i < REFUSALS_SHOWN; i++) lines.push(refused[i].message);
  if (refused.length > REFUSALS_SHOWN) lines.push(S.fix.refusedMore(formatInteger(refused.length - REFUSALS_SHOWN)));
  return lines;
}

function renamed(model: SheetModel, name: string): SheetModel {
  return name === model.name ? model : { ...model, name: name };
}

export class PaneController {
  private readonly s: PaneState;
  private readonly listeners: PaneListener[] = [];
  private readonly today: () => SimpleDate;
  private readonly yieldToUi: () => Promise<void>;
  private choices: PaneChoices = { overrides: [], percentDecimals: DEFAULT_CHOICES.percentDecimals, writeFindings: DEFAULT_CHOICES.writeFindings };
  private grids: Grid[] = [];
  private date1904 = false;
  private analysis: PaneAnalysis | null = null;
  private readonly runner: AnalysisRunner;
  private limits: { [key: string]: number } = {};
  private source: CancelSource | null = null;
  private running: Promise<void> | null = null;
  /** The sheet being written, if any: a cancel waits for it. */
  private writing: string | null = null;

  constructor(
    private readonly host: WorkbookHost,
    opts?: ControllerOptions,
  ) {
    this.today = (opts && opts.today) || todayLocal;
    this.yieldToUi = (opts && opts.yieldToUi) || zeroTimeout;
    this.runner = (opts && opts.analysisRunner) || new InThreadAnalysisRunner(this.yieldToUi);
    this.s = {
      busy: null,
      status: null,
      workbook: { read: false, sheets: [], hidden: [] },
      findings: null,
      period: { from: '', to: '', edited: false },
      percentDecimals: this.choices.percentDecimals,
      writeFindings: this.choices.writeFindings,
      report: null,
      fixGroups: null,
      undo: null,
    };
    if (this.canFix()) this.s.undo = { label: null, batches: 0, refused: null, damaged: null };
  }

  get state(): PaneState {
    return this.s;
  }

  /**
   * The workbook is a file read in the browser (the standalone page): the report is downloaded as a new
   * workbook, nothing is written into the file, there are no fixes and no cell to go to.
   */
  get downloadsReport(): boolean {
    return !!this.host.saveReport;
  }

  /** The user's corrections in force (as saved in the workbook). */
  get overrides(): TableOverride[] {
    return this.choices.overrides;
  }

  subscribe(listener: PaneListener): () => void {
    const list = this.listeners;
    list.push(listener);
    return function (): void {
      const i = list.indexOf(listener);
      if (i >= 0) list.splice(i, 1);
    };
  }

  /** Resolves when no action is running. */
  idle(): Promise<void> {
    return this.running || Promise.resolve();
  }

  // ---- actions -------------------------------------------------------------------------------

  /** At start: the choices saved in the workbook, then the first reading. */
  start(): Promise<void> {
    const self = this;
    return this.run('detect', [{ key: 'choices', weight: 1 }].concat(READ_PLAN), false, async function (job) {
      job.progress.begin('choices', S.progress.listing);
      try {
        self.setChoices(choicesFromSaved(await self.host.loadChoices()));
      } catch (e) {
        // No saved choices can be read: work with the defaults.
      }
      const status = await self.detectWork(job);
      await self.refreshUndo();
      return status;
    });
  }

  /** "Đọc lại sổ". */
  detect(): Promise<void> {
    const self = this;
    return this.run('detect', READ_PLAN, false, function (job) {
      return self.detectWork(job);
    });
  }

  /** "Kiểm tra dữ liệu": read again, check, list the findings. */
  check(): Promise<void> {
    const period = this.typedPeriod();
    if (!period.ok) return this.refuse(period.message);
    const self = this;
    return this.run('check', READ_PLAN, false, async function (job) {
      const a = await self.readAndAnalyze(job, period.period);
      if (!a.findings.length) return { kind: 'success', lines: [S.check.none] };
      const counts = countBySeverity(a.findings);
      return { kind: counts.error ? 'warning' : 'info', lines: [S.check.done(countsText(counts))] };
    });
  }

  setSheetKind(sheet: string, kind: OverrideKind): Promise<void> {
    return this.correct(withKind(this.choices.overrides, sheet, kind));
  }

  setFieldColumn(sheet: string, field: string, letter: string): Promise<void> {
    const kind = this.tableKind(sheet);
    if (!kind) return Promise.resolve();
    return this.correct(withColumn(this.choices.overrides, sheet, kind, field, letter));
  }

  /** `text`: "5", "5-6"…; a bad value gives a Vietnamese message and changes nothing. */
  setHeaderRows(sheet: string, text: string): Promise<void> {
    const kind = this.tableKind(sheet);
    if (!kind) return Promise.resolve();
    const rows = parseHeaderRows(text);
    if (!rows) return this.refuse(S.sheets.headerRowsError);
    return this.correct(withHeaderRows(this.choices.overrides, sheet, kind, rows));
  }

  /** Back to the automatic detection for this sheet. */
  resetSheet(sheet: string): Promise<void> {
    if (!overrideOf(this.choices.overrides, sheet)) return Promise.resolve();
    return this.correct(withoutOverride(this.choices.overrides, sheet));
  }

  /** "Xem thêm" of one rule group. */
  showMore(ruleKey: string): void {
    if (!this.analysis) return;
    this.limits[ruleKey] = (this.limits[ruleKey] || FIRST_SHOWN) + MORE_STEP;
    this.s.findings = groupFindings(this.analysis.findings, this.limits);
    this.emit();
  }

  /** Go to the cell a finding is about. */
  async selectFinding(f: Finding): Promise<void> {
    const at = findingAddress(f);
    if (!at || this.running) return;
    try {
      await this.host.selectCell(at.sheet, at.address);
    } catch (e) {
      this.s.status = { kind: 'error', lines: [e instanceof HostError ? failureText(e) : S.outcome.selectFailed] };
      this.emit();
    }
  }

  setPeriodText(which: 'from' | 'to', text: string): void {
    const p = this.s.period;
    p[which] = text;
    p.edited = !(p.from.replace(/\s+/g, '') === '' && p.to.replace(/\s+/g, '') === '');
    if (!p.edited) this.fillPeriod();
    this.emit();
  }

  setPercentDecimals(n: number): void {
    if (n !== 0 && n !== 1 && n !== 2) return;
    this.choices.percentDecimals = n;
    this.s.percentDecimals = n;
    this.emit();
  }

  setWriteFindings(on: boolean): void {
    this.choices.writeFindings = on;
    this.s.writeFindings = on;
    this.emit();
  }

  /** "Tạo báo cáo": read again, compute, write the findings sheet (optional) and the summary, last. */
  generateReport(): Promise<void> {
    const period = this.typedPeriod();
    if (!period.ok) return this.refuse(period.message);
    const withFindings = this.choices.writeFindings;
    const plan = READ_PLAN.concat(withFindings ? [{ key: 'findings', weight: 2 }] : [], [{ key: 'summary', weight: 3 }]);
    const self = this;
    if (this.host.saveReport) return this.downloadReport(period.period, withFindings);
    return this.run('report', plan, true, async function (job) {
      const a = await self.readAndAnalyze(job, period.period);
      if (!a.members) return { kind: 'error', lines: [S.report.noMembers] };
      const decimals = self.choices.percentDecimals;
      const models = await self.runner.report({ percentDecimals: decimals, withFindings: withFindings }, job.source);
      const summary = models.summary;
      job.pending = models.findings ? [models.findings.name, summary.name] : [summary.name];
      if (models.findings) await self.writeOne(job, 'findings', models.findings, false);
      const result = await self.writeOne(job, 'summary', summary, true);
      await self.saveQuietly();
      self.s.report = { figures: keyFigures(a.figures, a.ctx.period, decimals, isCellUnit(a.unit)) };
      const lines: string[] = [];
      if (!result.refreshed) lines.push(S.report.created);
      else if (result.keptUserText > 0) lines.push(S.report.updatedKept(formatInteger(result.keptUserText)));
      else lines.push(S.report.updated);
      lines.push(S.report.where(summary.name, withFindings ? FINDINGS_SHEET_NAME : null));
      const errors = self.s.findings ? self.s.findings.counts.error : 0;
      if (errors) lines.push(S.report.stillErrors(formatInteger(errors)));
      return { kind: errors ? 'warning' : 'success', lines: lines };
    });
  }

  /**
   * "Tải về báo cáo" (standalone page): compute as "Tạo báo cáo" does, then the summary and the findings
   * sheet (without links: the registers are another file), in the order `so-ket bao-cao` writes them, become
   * a new workbook the browser downloads. The user's file is not written.
   */
  private downloadReport(period: Period | undefined, withFindings: boolean): Promise<void> {
    const self = this;
    const plan = READ_PLAN.concat([{ key: 'download', weight: 4 }]);
    return this.run('report', plan, false, async function (job) {
      const a = await self.readAndAnalyze(job, period);
      if (!a.members) return { kind: 'error', lines: [S.report.noMembers] };
      const decimals = self.choices.percentDecimals;
      const models = await self.runner.report({ percentDecimals: decimals, withFindings: withFindings, linkToCells: false }, job.source);
      const summary = models.summary;
      const sheets = models.findings ? [summary, models.findings] : [summary];
      job.source.throwIfCancelled();
      job.progress.begin('download', S.file.building);
      const saved = await self.host.saveReport!(sheets, job.progress.sink(), job.source);
      await self.saveQuietly();
      self.s.report = { figures: keyFigures(a.figures, a.ctx.period, decimals, isCellUnit(a.unit)) };
      const lines = [S.file.downloaded(saved.fileName, summary.name, withFindings ? FINDINGS_SHEET_NAME : null), S.file.untouched];
      const errors = self.s.findings ? self.s.findings.counts.error : 0;
      if (errors) lines.push(S.report.stillErrors(formatInteger(errors)));
      return { kind: errors ? 'warning' : 'success', lines: lines };
    });
  }

  /** "Tạo mẫu": the empty standard sheets with their dropdown lists, under names no sheet has yet. */
  writeTemplate(): Promise<void> {
    const t = templateWorkbook(this.today().y - 1);
    return this.writeNewSheets('template', t.sheets, t.dropdowns, function (names, dropdowns) {
      const lines = [S.template.templateDone(names)];
      if (dropdowns === null) lines.push(S.template.dropdownsUnsupported);
      else if (dropdowns > 0) lines.push(S.template.dropdownsAdded(formatInteger(dropdowns)));
      return lines;
    });
  }

  /** "Dữ liệu mẫu": the sample registers, under names no sheet has yet. */
  writeSample(): Promise<void> {
    return this.writeNewSheets('sample', sampleSheetModels(), [], function (names, _dropdowns, hadData) {
      const lines = [S.template.sampleDone(names)];
      if (hadData) lines.push(S.template.sampleMixed);
      return lines;
    });
  }

  /** "Sửa" of one finding. */
  fixFinding(f: Finding): Promise<void> {
    return this.applyFixes({ findings: [f] });
  }

  /** "Sửa cả nhóm". */
  /** Every form fix of the last check in one batch (one "Hoàn tác" undoes it), as `so-ket sua --tat-ca`. */
  fixAllForms(): Promise<void> {
    return this.applyFixes({ allForm: true });
  }

  fixGroup(key: string): Promise<void> {
    return this.applyFixes({ groupKeys: [key] });
  }

  /**
   * Apply the chosen fixes of the last check: read the target cells as they are now, plan against them
   * (core refuses formulas and cells changed since), then write the values and the undo log together,
   * and check again on the grids with the writes applied. "Hủy" stops it before anything is written.
   */
  applyFixes(selection: FixSelection): Promise<void> {
    if (!this.canFix() || isEmptySelection(selection)) return Promise.resolve();
    const analysis = this.analysis;
    if (!analysis) return this.refuse(S.fix.checkFirst);
    const self = this;
    const plan: StepPlan[] = [
      { key: 'cells', weight: 2 },
      { key: 'log', weight: 1 },
      { key: 'write', weight: 3 },
      { key: 'analyze', weight: 2 },
    ];
    return this.run('fix', plan, false, async function (job) {
      const host = self.host;
      const findings = analysis.findings;
      job.progress.begin('cells', S.fix.reading);
      const read = await host.readCells!(withMergeMasters(fixTargets(findings, selection), self.grids), job.source);
      job.source.throwIfCancelled();
      job.progress.begin('log', S.fix.readingLog);
      const log = undoLogFromChunks(await host.readUndoLog!());
      job.source.throwIfCancelled();
      const date1904 = self.date1904;
      const p = fixPlan(findings, selection, withMergedRanges(cellSourceOf(read.cells, read.sheets), self.grids), { date1904: date1904 });
      if (!p.edits.length) return { kind: p.refused.length ? 'warning' : 'info', lines: [S.fix.nothingDone].concat(refusalLines(p.refused)) };
      // From here on nothing is cancelled: the edits and their undo record are written together.
      const next = recordBatch(log, p.edits, p.label, new Date()).log;
      const writes = applyWrites(p.edits);
      job.progress.begin('write', S.fix.writing);
      const result = await host.writeCells!(writes, undoLogChunks(next));
      self.setUndo(next);
      job.progress.begin('analyze', S.progress.analyzing);
      await self.recheck(writes);
      const lines = [S.fix.done(formatInteger(p.cells))].concat(refusalLines(p.refused));
      const converted = p.edits.filter(function (e) {
        return e.findingCode === 'legacy-encoded-text';
      }).length;
      if (converted) lines.push(S.fix.legacyFontReminder(formatInteger(converted)));
      if (!result.undoLogSaved) lines.push(S.fix.logNotSaved);
      return { kind: p.refused.length || !result.undoLogSaved ? 'warning' : 'success', lines: lines };
    });
  }

  /**
   * "Hoàn tác" the last batch of fixes: the cells it changed get their previous values back exactly.
   * Refused when the user changed one of them since, unless `force` ("Vẫn hoàn tác").
   */
  undo(force?: boolean): Promise<void> {
    if (!this.canFix()) return Promise.resolve();
    const self = this;
    const plan: StepPlan[] = [
      { key: 'log', weight: 1 },
      { key: 'cells', weight: 2 },
      { key: 'write', weight: 3 },
      { key: 'analyze', weight: 2 },
    ];
    return this.run('undo', plan, false, async function (job) {
      const host = self.host;
      job.progress.begin('log', S.fix.readingLog);
      const log = undoLogFromChunks(await host.readUndoLog!());
      self.setUndo(log);
      job.source.throwIfCancelled();
      if (!lastBatch(log)) return { kind: 'info', lines: [S.fix.undoNone] };
      job.progress.begin('cells', S.fix.reading);
      const read = await host.readCells!(undoTargets(log), job.source);
      job.source.throwIfCancelled();
      const r = undoBatch(log, cellSourceOf(read.cells, read.sheets), { force: !!force });
      if (!r.ok) {
        self.s.undo!.refused = r.message;
        return { kind: 'warning', lines: [r.message] };
      }
      job.progress.begin('write', S.fix.undoing);
      const result = await host.writeCells!(r.writes, r.log.batches.length ? undoLogChunks(r.log) : []);
      self.setUndo(r.log);
      job.progress.begin('analyze', S.progress.analyzing);
      await self.recheck(r.writes);
      const lines = [S.fix.undone(r.batch.label, formatInteger(r.writes.length))];
      let gone = 0;
      for (let i = 0; i < r.changed.length; i++) if (r.changed[i].sheetMissing) gone++;
      if (gone) lines.push(S.fix.skippedGone(formatInteger(gone)));
      if (!result.undoLogSaved) lines.push(S.fix.logNotSaved);
      return { kind: gone || !result.undoLogSaved ? 'warning' : 'success', lines: lines };
    });
  }

  /**
   * A stored undo log that cannot be read blocks every fix (a fix is never written without its undo
   * record). On the user's explicit choice, start a new, empty log: the fixes recorded in the damaged
   * one can no longer be undone from the pane, and the user is told so.
   */
  resetUndoLog(): Promise<void> {
    if (!this.canFix() || !this.s.undo || !this.s.undo.damaged) return Promise.resolve();
    const self = this;
    return this.run('undo', [{ key: 'write', weight: 1 }], false, async function (job) {
      job.progress.begin('write', S.fix.writing);
      const result = await self.host.writeCells!([], []);
      self.setUndo(emptyUndoLog());
      const lines = [S.fix.logReset];
      if (!result.undoLogSaved) lines.push(S.fix.logNotSaved);
      return { kind: 'warning', lines: lines };
    });
  }

  /** "Hủy". */
  cancel(): void {
    if (!this.source || !this.s.busy) return;
    this.source.cancel();
    this.s.busy.cancelling = true;
    this.s.busy.step = this.writing ? S.progress.cancellingWrite(this.writing) : S.progress.cancelling;
    this.emit();
  }

  // ---- work ----------------------------------------------------------------------------------

  private async detectWork(job: Job): Promise<StatusView | null> {
    const p = this.typedPeriod();
    await this.readAndAnalyze(job, p.ok ? p.period : undefined);
    const n = this.grids.length;
    if (this.host.saveReport && this.analysis && !hasMemberList(this.analysis)) {
      return { kind: 'warning', lines: [memberListMissing(this.host.fileName || '')] };
    }
    return n ? { kind: 'info', lines: [S.sheets.read(formatInteger(n))] } : { kind: 'info', lines: [S.sheets.noSheets] };
  }

  /** List the sheets, read the visible non-empty ones (not the add-in's own), analyze. State changes only when all went well. */
  private async readAndAnalyze(job: Job, period: Period | undefined): Promise<PaneAnalysis> {
    job.progress.begin('list', S.progress.listing);
    const infos = await this.host.listSheets();
    job.source.throwIfCancelled();
    const names: string[] = [];
    const hidden: string[] = [];
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i];
      if (isOutputSheet(info.name) || info.rowCount === 0 || info.columnCount === 0) continue;
      if (info.visible) names.push(info.name);
      else hidden.push(info.name);
    }
    job.progress.begin('read', S.progress.reading);
    const read = names.length ? await this.host.readGrids(names, job.progress.sink(), job.source) : { grids: [], date1904: false };
    job.source.throwIfCancelled();
    job.progress.begin('analyze', S.progress.analyzing);
    const a = await this.runner.analyze(read.grids, this.analyzeOptions(read.date1904, this.choices.overrides, period), job.source);
    this.grids = read.grids;
    this.date1904 = read.date1904;
    this.s.workbook.hidden = hidden;
    this.applyAnalysis(a);
    return a;
  }

  private analyzeOptions(date1904: boolean, overrides: TableOverride[], period: Period | undefined): AnalyzeOptions {
    const o: AnalyzeOptions = { date1904: date1904, overrides: overrides, today: this.today() };
    if (period) {
      o.from = period.from;
      o.to = period.to;
    }
    return o;
  }

  private applyAnalysis(a: PaneAnalysis): void {
    this.analysis = a;
    this.s.workbook.read = true;
    this.s.workbook.sheets = a.sheets;
    this.s.findings = groupFindings(a.findings, this.limits);
    this.s.fixGroups = this.canFix() ? a.fixGroups : null;
    if (!this.s.period.edited) this.fillPeriod();
  }

  private canFix(): boolean {
    return !!(this.host.readCells && this.host.readUndoLog && this.host.writeCells);
  }

  /** The pane's "Hoàn tác" from the log as stored. */
  private setUndo(log: UndoLog): void {
    const b = lastBatch(log);
    const view: UndoView = { label: b ? b.label : null, batches: log.batches.length, refused: null, damaged: null };
    this.s.undo = view;
  }

  /** Read the stored log once (at start); a damaged log is shown, not thrown. */
  private async refreshUndo(): Promise<void> {
    if (!this.canFix()) return;
    try {
      this.setUndo(undoLogFromChunks(await this.host.readUndoLog!()));
    } catch (e) {
      this.s.undo = { label: null, batches: 0, refused: null, damaged: failureText(e) };
    }
  }

  /** Check again after writes, on the grids read last with the writes applied (not cancellable: the writes are done). */
  private async recheck(writes: CellWrite[]): Promise<void> {
    const grids = applyWritesToGrids(this.grids, writes);
    const p = this.typedPeriod();
    const options = this.analyzeOptions(this.date1904, this.choices.overrides, p.ok ? p.period : undefined);
    const a = await this.runner.analyze(grids, options, undefined, { from: this.grids, writes: writes });
    this.grids = grids;
    this.applyAnalysis(a);
  }

  private fillPeriod(): void {
    if (!this.analysis) return;
    const p = this.analysis.ctx.period;
    this.s.period = { from: formatDate(p.from), to: formatDate(p.to), edited: false };
  }

  /** The period the user typed (undefined when they did not), or the message naming the bad field. */
  private typedPeriod(): { ok: true; period: Period | undefined } | { ok: false; message: string } {
    const p = this.s.period;
    if (!p.edited) return { ok: true, period: undefined };
    const parsed = parsePeriod(p.from, p.to);
    return parsed.ok ? { ok: true, period: parsed.period } : parsed;
  }

  /** A correction of the detection: analyze the grids already read again, then save the choice. */
  private correct(next: TableOverride[]): Promise<void> {
    const self = this;
    return this.run('correct', [{ key: 'analyze', weight: 3 }, { key: 'save', weight: 1 }], false, async function (job) {
      job.progress.begin('analyze', S.progress.reanalyzing);
      const p = self.typedPeriod();
      const a = await self.runner.analyze(self.grids, self.analyzeOptions(self.date1904, next, p.ok ? p.period : undefined), job.source);
      self.choices.overrides = next;
      self.applyAnalysis(a);
      job.progress.begin('save', S.progress.saving);
      try {
        await self.host.saveChoices(choicesToSaved(self.choices));
      } catch (e) {
        return { kind: 'warning', lines: [S.outcome.saveFailed] };
      }
      return { kind: 'success', lines: [S.sheets.saved] };
    });
  }

  private async writeOne(job: Job, step: string, model: SheetModel, activate: boolean): Promise<WriteSheetResult> {
    job.source.throwIfCancelled();
    job.progress.begin(step, S.progress.writing(model.name));
    // No cancel token: a sheet is written whole or not at all from the user's point of view.
    this.writing = model.name;
    let result: WriteSheetResult;
    try {
      result = await this.host.writeSheet(model, { activate: activate }, job.progress.sink());
    } finally {
      this.writing = null;
    }
    job.written.push(model.name);
    const i = job.pending.indexOf(model.name);
    if (i >= 0) job.pending.splice(i, 1);
    return result;
  }

  /**
   * Template and sample: add sheets under free names (never refreshing a sheet of the user), then the
   * dropdowns, then read the workbook again so the new sheets are listed.
   */
  private writeNewSheets(
    action: PaneAction,
    models: SheetModel[],
    dropdowns: Dropdown[],
    done: (names: string[], dropdowns: number | null, hadData: boolean) => string[],
  ): Promise<void> {
    const self = this;
    const plan: StepPlan[] = [{ key: 'list', weight: 1 }];
    for (let i = 0; i < models.length; i++) plan.push({ key: 'write' + i, weight: 3 });
    if (dropdowns.length) plan.push({ key: 'dropdowns', weight: 1 });
    plan.push({ key: 'reread', weight: 0 });
    return this.run(action, plan, true, async function (job) {
      job.progress.begin('list', S.progress.listing);
      const infos: SheetInfo[] = await self.host.listSheets();
      job.source.throwIfCancelled();
      const taken: string[] = [];
      let hadData = false;
      for (let i = 0; i < infos.length; i++) {
        taken.push(infos[i].name);
        if (infos[i].rowCount > 0 && infos[i].columnCount > 0 && !isOutputSheet(infos[i].name)) hadData = true;
      }
      const named: SheetModel[] = [];
      const nameOf: { [original: string]: string } = {};
      for (let i = 0; i < models.length; i++) {
        const name = freeSheetName(models[i].name, taken);
        taken.push(name);
        nameOf[models[i].name] = name;
        named.push(renamed(models[i], name));
      }
      job.pending = named.map(function (m) {
        return m.name;
      });
      for (let i = 0; i < named.length; i++) await self.writeOne(job, 'write' + i, named[i], models[i].name === MEMBER_SHEET);
      let added: number | null = 0;
      if (dropdowns.length) {
        if (!self.host.capabilities.dataValidation) added = null;
        else {
          job.source.throwIfCancelled();
          job.progress.begin('dropdowns', S.progress.dropdowns);
          const moved: Dropdown[] = dropdowns.map(function (d) {
            return { sheet: nameOf[d.sheet] || d.sheet, range: d.range, values: d.values.slice(), strict: d.strict };
          });
          added = await self.host.addDropdowns(moved);
        }
      }
      const names = job.written.slice();
      try {
        const p = self.typedPeriod();
        await self.readAndAnalyze(job, p.ok ? p.period : undefined);
      } catch (e) {
        // The sheets are written; the list is refreshed by the next "Đọc lại sổ".
      }
      return { kind: 'success', lines: done(names, added, hadData) };
    });
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private setChoices(c: PaneChoices): void {
    this.choices = c;
    this.s.percentDecimals = c.percentDecimals;
    this.s.writeFindings = c.writeFindings;
  }

  private async saveQuietly(): Promise<void> {
    try {
      await this.host.saveChoices(choicesToSaved(this.choices));
    } catch (e) {
      // The report is written; the options are simply not remembered.
    }
  }

  private tableKind(sheet: string): 'members' | 'meetings' | null {
    const list = this.s.workbook.sheets;
    for (let i = 0; i < list.length; i++) {
      if (list[i].sheet !== sheet) continue;
      const k = list[i].kind;
      if (k === 'members' || k === 'meetings') return k;
      const o = overrideOf(this.choices.overrides, sheet);
      return o && (o.kind === 'members' || o.kind === 'meetings') ? o.kind : null;
    }
    return null;
  }

  /** A message instead of an action (bad input); nothing runs. */
  private refuse(message: string): Promise<void> {
    if (this.running) return this.running;
    this.s.status = { kind: 'error', lines: [message] };
    this.emit();
    return Promise.resolve();
  }

  private run(action: PaneAction, plan: StepPlan[], writes: boolean, work: (job: Job) => Promise<StatusView | null>): Promise<void> {
    if (this.running) return this.running;
    const self = this;
    const source = new CancelSource();
    const job: Job = {
      source: source,
      progress: new WorkProgress(plan, function (label, fraction) {
        const busy = self.s.busy;
        if (!busy) return;
        if (!busy.cancelling) busy.step = label;
        busy.fraction = fraction;
        self.emit();
      }),
      written: [],
      pending: [],
    };
    this.source = source;
    this.s.busy = { action: action, step: '', fraction: 0, cancelling: false };
    // "Vẫn hoàn tác" is offered only right after the refusal.
    if (this.s.undo) this.s.undo.refused = null;
    this.s.status = null;
    this.emit();
    const finish = function (status: StatusView | null): void {
      self.running = null;
      self.source = null;
      self.s.busy = null;
      self.s.status = status;
      self.emit();
    };
    let p: Promise<void>;
    try {
      p = work(job).then(finish, function (e) {
        finish(stoppedStatus(e, job.written, job.pending, writes));
      });
    } catch (e) {
      finish(stoppedStatus(e, job.written, job.pending, writes));
      p = Promise.resolve();
    }
    // A finished job clears `running` in `finish`; only a job still going is remembered.
    if (this.s.busy) this.running = p;
    return p;
  }

  private emit(): void {
    const list = this.listeners.slice();
    for (let i = 0; i < list.length; i++) list[i](this.s);
  }
}
