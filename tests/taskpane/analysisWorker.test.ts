/**
 * The pane's analysis in a Worker (src/taskpane/workerAnalysisRunner.ts), driven in-process through the
 * real Worker code (AnalysisService) and real message copies: the user sees exactly what the analysis on
 * the pane's own thread shows (sheets, findings, figures, the sheets written), after a check, a report, a
 * correction, a fix and its undo; "Hủy" ends the Worker and the next action starts a fresh one; without a
 * Worker that starts, the pane works on its own thread; an error inside the Worker reads as it would
 * have on the pane's thread.
 */
import { gridOf, Grid } from '../../src/core/grid';
import { sampleGrids } from '../../src/core/sample/sampleRegisters';
import { MEMBER_SHEET } from '../../src/core/sample/templateColumns';
import { gridHead, gridMessages, gridOfHead, PartsCollector, postInParts, WorkerReply } from '../../src/taskpane/analysisWire';
import { PaneController } from '../../src/taskpane/controller';
import { S } from '../../src/taskpane/strings';
import { WorkerAnalysisRunner, WorkerLike } from '../../src/taskpane/workerAnalysisRunner';
import { InProcessWorker, InProcessWorkerOptions } from './inProcessWorker';
import { MemoryHost } from './memoryHost';
import { todayFixed } from './paneFixtures';

const GENERIC = 'Có lỗi ngoài dự kiến nên việc này chưa làm xong. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ, đóng và mở lại Excel.';

interface Setup {
  host: MemoryHost;
  pane: PaneController;
  runner: WorkerAnalysisRunner | null;
  workers: InProcessWorker[];
}

function onThread(grids: Grid[]): Setup {
  const host = new MemoryHost(grids);
  return { host: host, pane: new PaneController(host, { today: todayFixed }), runner: null, workers: [] };
}

function inWorker(grids: Grid[], opts?: InProcessWorkerOptions, createWorker?: () => WorkerLike): Setup {
  const workers: InProcessWorker[] = [];
  const runner = new WorkerAnalysisRunner({
    createWorker:
      createWorker ||
      function () {
        const w = new InProcessWorker(Object.assign({ plainOnly: true }, opts || {}));
        workers.push(w);
        return w;
      },
    // Small slices, so that the sample's grids go in several messages.
    sliceCells: 300,
  });
  const host = new MemoryHost(grids);
  return { host: host, pane: new PaneController(host, { today: todayFixed, analysisRunner: runner }), runner: runner, workers: workers };
}

/** What the user sees and what was written. */
function seen(s: Setup): unknown {
  const st = s.pane.state;
  return {
    status: st.status,
    workbook: st.workbook,
    findings: st.findings,
    fixGroups: st.fixGroups,
    period: st.period,
    report: st.report,
    undo: st.undo,
    writes: s.host.writes.map((w) => w.model),
    cells: s.host.sheets.map((sh) => sh.grid.rows),
  };
}

async function both(grids: () => Grid[], act: (s: Setup) => Promise<void>, opts?: InProcessWorkerOptions): Promise<{ a: Setup; b: Setup }> {
  const a = onThread(grids());
  const b = inWorker(grids(), opts);
  await act(a);
  await act(b);
  return { a: a, b: b };
}

describe('the same results through the Worker as on the pane thread', () => {
  test('start, check and report (with the findings sheet): sheets, findings, figures and the written sheets', async () => {
    const { a, b } = await both(sampleGrids, async (s) => {
      await s.pane.start();
      expect(s.pane.state.findings!.total).toBeGreaterThan(0);
      await s.pane.check();
      s.pane.setWriteFindings(true);
      await s.pane.generateReport();
    });
    expect(a.host.writes.length).toBe(2);
    expect(seen(b)).toEqual(seen(a));
    // The Worker did the work: one Worker, the grids in several slices, each analysis and the report asked of it.
    expect(b.workers.length).toBe(1);
    const posted = b.workers[0].posted;
    expect(posted.filter((k) => k === 'grids').length).toBe(3);
    expect(posted.filter((k) => k === 'rows').length).toBeGreaterThan(3);
    expect(posted.filter((k) => k === 'analyze').length).toBe(3);
    expect(posted.filter((k) => k === 'report').length).toBe(1);
  });

  test('a correction of the detection is analysed on the grids the Worker holds (nothing sent again)', async () => {
    const { a, b } = await both(sampleGrids, async (s) => {
      await s.pane.start();
      await s.pane.setSheetKind(MEMBER_SHEET, 'ignore');
    });
    expect(seen(b)).toEqual(seen(a));
    expect(b.pane.state.workbook.sheets.filter((e) => e.sheet === MEMBER_SHEET)[0].kind).toBe('ignore');
    expect(b.workers[0].posted.filter((k) => k === 'grids').length).toBe(1);
    expect(b.workers[0].posted.filter((k) => k === 'analyze').length).toBe(2);
  });

  test('a fix and its undo: the Worker applies the written cells to its grids and checks again', async () => {
    const { a, b } = await both(sampleGrids, async (s) => {
      await s.pane.start();
      const before = s.pane.state.findings!.total;
      await s.pane.fixAllForms();
      expect(s.pane.state.findings!.total).toBeLessThan(before);
      await s.pane.undo();
      expect(s.pane.state.findings!.total).toBe(before);
      // One group of fixes, as offered (its findings crossed as places in the list of findings).
      const group = s.pane.state.fixGroups![0];
      expect(group.findings.length).toBeGreaterThan(0);
      await s.pane.fixGroup(group.key);
      expect(s.pane.state.findings!.total).toBe(before - group.findings.length);
    });
    expect(seen(b)).toEqual(seen(a));
    const posted = b.workers[0].posted;
    expect(posted.filter((k) => k === 'writes').length).toBe(3);
    expect(posted.filter((k) => k === 'grids').length).toBe(1);
  });
});

describe('"Hủy" and failures', () => {
  test('"Hủy" while the Worker analyses ends it; the next check starts a fresh one, sends the grids again, and gives the same result', async () => {
    const b = inWorker(sampleGrids(), { delayMs: 150 });
    await b.pane.start();
    const findings = b.pane.state.findings;
    const unsubscribe = b.pane.subscribe((st) => {
      if (st.busy && st.busy.step === S.progress.analyzing && !st.busy.cancelling) b.pane.cancel();
    });
    await b.pane.check();
    unsubscribe();
    expect(b.pane.state.status).toEqual({ kind: 'info', lines: ['Đã hủy.', 'Sổ không bị thay đổi.'] });
    expect(b.pane.state.findings).toBe(findings);
    expect(b.workers[0].terminated).toBe(true);
    await b.pane.check();
    expect(b.workers.length).toBe(2);
    expect(b.workers[1].posted[0]).toBe('grids');
    expect(b.pane.state.findings).toEqual(findings);
  });

  test.each([
    ['no Worker can be made', true],
    ['the Worker fails before it starts (its file missing)', false],
  ])('%s: the pane analyses on its own thread, with the same results, and does not try again', async (_name, throws) => {
    const a = onThread(sampleGrids());
    let made = 0;
    const b = inWorker(sampleGrids(), undefined, function () {
      made++;
      if (throws) throw new Error('SecurityError');
      return new InProcessWorker({ failAtStart: true });
    });
    for (const s of [a, b]) {
      await s.pane.start();
      await s.pane.generateReport();
      await s.pane.check();
    }
    expect(seen(b)).toEqual(seen(a));
    expect(b.runner!.usesWorker).toBe(false);
    expect(made).toBe(1);
  });

  /** A Worker that answers every analysis with this error. */
  function failingWorker(name: string, message: string): () => WorkerLike {
    return function () {
      const w: WorkerLike = {
        onmessage: null,
        onerror: null,
        postMessage: function (m: unknown) {
          const msg = m as { t: string; id?: number };
          if (msg.id === undefined) return;
          const reply: WorkerReply = { t: 'error', id: msg.id, name: name, message: message };
          setTimeout(() => w.onmessage && w.onmessage({ data: reply }), 0);
        },
        terminate: function () {},
      };
      setTimeout(() => w.onmessage && w.onmessage({ data: { t: 'ready' } }), 0);
      return w;
    };
  }

  test('a HostError inside the Worker reads as it does on the pane thread (its Vietnamese message); anything else as the general sentence', async () => {
    const own = 'Trang \u201CDanh sách\u201D, dòng 12, cột C: không đọc được.';
    const b = inWorker(sampleGrids(), undefined, failingWorker('HostError', own));
    await b.pane.check();
    expect(b.pane.state.status).toEqual({ kind: 'error', lines: [own] });
    const c = inWorker(sampleGrids(), undefined, failingWorker('TypeError', "Cannot read properties of undefined (reading 'y')"));
    await c.pane.check();
    expect(c.pane.state.status).toEqual({ kind: 'error', lines: [GENERIC] });
  });

  test('a Worker that stops while analysing (out of memory): the general sentence, and a fresh Worker next time', async () => {
    const workers: InProcessWorker[] = [];
    let crash = true;
    const b = inWorker(sampleGrids(), undefined, function () {
      const w = new InProcessWorker({ plainOnly: true, delayMs: crash ? 100 : 0 });
      workers.push(w);
      if (crash) {
        crash = false;
        setTimeout(() => w.onerror && w.onerror({ message: 'out of memory' }), 50);
      }
      return w;
    });
    await b.pane.check();
    expect(b.pane.state.status).toEqual({ kind: 'error', lines: [GENERIC] });
    expect(workers[0].terminated).toBe(true);
    await b.pane.check();
    expect(workers.length).toBe(2);
    expect(b.runner!.usesWorker).toBe(true);
    expect(b.pane.state.findings!.total).toBeGreaterThan(0);
  });
});

describe('the grids on the wire', () => {
  const grid = gridOf(
    'Sổ',
    [['STT', 'Họ và tên'], [1, 'An', true], [], [2, null, 45000.5]],
    {
      originRow: 3,
      originCol: 2,
      merges: [{ top: 3, left: 2, bottom: 3, right: 3 }],
      dateCells: new Set(['6:4']),
      hiddenRows: new Set([5]),
      autoFilter: { top: 3, left: 2, bottom: 6, right: 4 },
      fonts: new Map([['4:3', '.VnTime']]),
    },
  );

  test('a grid rebuilt from its messages equals it, date cells, hidden rows and fonts included', () => {
    const msgs = gridMessages([grid], 2);
    expect(msgs[0]).toEqual({ t: 'grids', heads: [gridHead(grid)] });
    const back = gridOfHead(gridHead(grid));
    for (const m of msgs.slice(1)) {
      if (m.t === 'rows') back.rows.push(...m.rows);
      if (m.t === 'dates') for (const k of m.keys) (back.dateCells as Set<string>).add(k);
    }
    expect(back).toEqual(grid);
    expect(back.dateCells!.has('6:4')).toBe(true);
    expect(back.fonts!.get('4:3')).toBe('.VnTime');
  });

  test('rows go in slices of at most the budget of cells (a longer row alone), none split', () => {
    const msgs = gridMessages([grid], 2);
    const slices = msgs.filter((m) => m.t === 'rows').map((m) => (m.t === 'rows' ? m.rows.map((r) => r.length) : []));
    expect(slices).toEqual([[2], [3], [0], [3]]);
  });

  test('an answer\'s long lists come in parts before it and are put back whole; the result itself is not changed', () => {
    const result = {
      summary: { name: 'A', cells: [1, 2, 3, 4, 5] },
      findings: null,
      other: [9],
    };
    const posted: WorkerReply[] = [];
    postInParts((r) => posted.push(r), 7, result, ['summary.cells', 'findings.cells'], (r) => ({ t: 'report', id: 7, result: r as never }), 2);
    expect(posted.map((r) => (r.t === 'part' ? r.items : r.t))).toEqual([[1, 2], [3, 4], [5], 'report']);
    expect(result.summary.cells).toEqual([1, 2, 3, 4, 5]);
    const last = posted[posted.length - 1] as { result: unknown };
    expect(last.result).toEqual({ summary: { name: 'A', cells: [] }, findings: null, other: [9] });
    const parts = new PartsCollector();
    for (const r of posted) if (r.t === 'part') parts.add(r.path, r.items);
    parts.complete(last.result);
    expect(last.result).toEqual(result);
  });
});
