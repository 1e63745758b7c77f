// Engine core bench: per-item scheduler overhead, worker throughput, cached re-runs,
// each measured beside its baseline in the same process and reported as the median of
// several repetitions. Run with `pnpm bench engine` or `tsx bench/engine.ts`;
// BENCH_REPS=n changes the repetitions (default 7).
import { nodeCacheKeyer, valueHash } from '@artfactory/nodes';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExecutionCache } from '../src/cache/execution-cache';
import { sha256Hex } from '../src/cache/sha256-hex';
import { sqliteCacheStore } from '../src/cache/sqlite-cache-store';
import { RunEmitter } from '../src/events/run-emitter';
import { WorkerPool } from '../src/executor/worker-pool';
import type { WorkerTask } from '../src/executor/worker-task';
import { openDatabase } from '../src/persistence/open-database';
import { runGraph } from '../src/scheduler/run-graph';
import type { RunSummary } from '../src/scheduler/run-types';
import { load, workflow } from '../src/test-support/harness';
import { MapMedia } from '@artfactory/nodes/testing';
import { rawPiscina } from '../src/test-support/raw-piscina';
import { testRuns } from '../src/test-support/test-runs';

const ITEMS = 10_000;
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 7));
const TEST_RUNS = fileURLToPath(new URL('../src/test-support/test-runs.ts', import.meta.url));

/** Runs the bench and prints each figure beside its baseline and target. */
export async function run(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'artfactory-bench-'));
  const db = await openDatabase({ dataDir });
  const pool = new WorkerPool({ dataDir, modules: [TEST_RUNS] });
  const load0 = loadavg();
  let runs = 0;

  // source (a fresh text per call, so every execution below it is a cache miss) → 10,000 items → op → output.
  const fanOut = (node: string, seed: string, count = ITEMS) =>
    workflow(
      [['src', 'test.source', { text: seed }], ['many', 'test.emit-many', { count }], ['op', node], ['out', 'test.sink']],
      ['src.text>many.text', 'many.text>op.text', 'op.text>out.text'],
    );
  const opened: ExecutionCache[] = [];
  const sqliteCache = () => {
    const cache = new ExecutionCache(sqliteCacheStore(db.sqlite, db.cache));
    opened.push(cache);
    return cache;
  };
  const closeCaches = () => Promise.all(opened.splice(0).map((cache) => cache.close()));
  // One long-lived cache for first runs and warm re-runs, as an Engine keeps one per data folder.
  const engineStore = sqliteCacheStore(db.sqlite, db.cache);
  const engineCache = new ExecutionCache(engineStore);
  await engineStore.filterReady();
  const timed = async (file: Record<string, unknown>, cache: ExecutionCache): Promise<{ ms: number; summary: RunSummary; events: number }> => {
    runs += 1;
    const runId = `bench-${runs}`;
    const emitter = new RunEmitter(runId);
    let events = 0;
    emitter.on(() => (events += 1));
    const graph = load(file);
    const began = performance.now();
    const summary = await runGraph(graph, { runId, projectId: 'bench', cache, services: { media: new MapMedia() }, emitter, runs: testRuns, pool });
    const ms = performance.now() - began;
    if (summary.status !== 'succeeded') throw new Error(`bench run ${runId} ended ${summary.status}`);
    return { ms, summary, events };
  };

  console.log(`engine bench: ${ITEMS} items, ${pool.threads} worker threads, median of ${REPS}, SQLite cache in ${dataDir}`);
  console.log(`load average at start: ${load0.map((l) => l.toFixed(2)).join(' ')}`);
  row('measure', 'value', 'baseline (same run)', 'target', '');

  // Warm-up: JIT, module loading in both thread kinds, SQLite pages.
  await timed(fanOut('test.noop', 'warm'), engineCache);
  await timed(fanOut('test.noop-worker', 'warm', 2000), engineCache);

  // 1. Per-item overhead of a main-thread no-op fan-out over a plain loop making the same run calls (op and output).
  const noop = testRuns.get('test.noop')!.execute as (i: unknown, p: unknown, c: unknown) => unknown;
  const loopMs: number[] = [];
  const mainMs: number[] = [];
  const memoryOnlyMs: number[] = [];
  let mainEvents = 0;
  for (let rep = 0; rep < REPS; rep++) {
    const began = performance.now();
    const sink: unknown[] = [];
    for (let i = 0; i < ITEMS; i++) sink.push(noop({ text: `item-${i}` }, {}, {}), noop({ text: `item-${i}` }, {}, {}));
    loopMs.push(performance.now() - began);
    const main = await timed(fanOut('test.noop', `main-${rep}`), engineCache);
    mainMs.push(main.ms);
    mainEvents = main.events;
    // The same without the persistent tier: how much of the overhead is SQLite.
    memoryOnlyMs.push((await timed(fanOut('test.noop', `memory-${rep}`), new ExecutionCache(undefined))).ms);
  }
  const perItemUs = ((median(mainMs) - median(loopMs)) * 1000) / ITEMS;
  row('main no-op fan-out: overhead per item', `${perItemUs.toFixed(1)} µs`, `plain loop ${((median(loopMs) * 1000) / ITEMS).toFixed(2)} µs/item`, '≤ 15 µs', verdict(perItemUs <= 15));
  row('  run time (misses + SQLite writes); events', `${median(mainMs).toFixed(0)} ms`, `${mainEvents} events`, '', '');
  const memoryOnlyUs = ((median(memoryOnlyMs) - median(loopMs)) * 1000) / ITEMS;
  row('  same, memory-only cache (no SQLite)', `${memoryOnlyUs.toFixed(1)} µs`, 'per item over the plain loop', '(for reference)', '');
  {
    // The engine's hashing per item: one value hash and one cache key for each of the two executions.
    const keyOf = nodeCacheKeyer('test.noop', 1, {}, sha256Hex);
    const began = performance.now();
    for (let i = 0; i < ITEMS; i++) for (let n = 0; n < 2; n++) keyOf({ text: valueHash(`item-${i}`, sha256Hex) });
    row('  of which hashing (valueHash + cache key)', `${(((performance.now() - began) * 1000) / ITEMS).toFixed(1)} µs`, 'per item, 2 executions', '', '');
  }

  // 2. Worker no-op throughput against raw Piscina running the same task as many times on as many threads.
  const rawPool = rawPiscina({ dataDir, modules: [TEST_RUNS] }, pool.threads);
  const info = { runId: 'raw', nodeId: 'op', projectId: 'bench', workflowHash: 'h' };
  const rawTask = (i: number): WorkerTask => ({ nodeType: 'test.noop-worker', inputs: { text: `item-${i}` }, params: {}, seed: 0, cacheKey: 'k', run: info });
  await Promise.all(Array.from({ length: 500 }, (_, i) => rawPool.run(rawTask(i))));
  const rawMs: number[] = [];
  const workerMs: number[] = [];
  const warmMs: number[] = [];
  const coldMs: number[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    const began = performance.now();
    await Promise.all(Array.from({ length: ITEMS }, (_, i) => rawPool.run(rawTask(i))));
    rawMs.push(performance.now() - began);
    const file = fanOut('test.noop-worker', `worker-${rep}`);
    const cache = engineCache;
    workerMs.push((await timed(file, cache)).ms);
    // 3. Fully cached re-runs: memory tier warm (same cache), then cold (a new process would have only SQLite).
    const warm = await timed(file, cache);
    await cache.drain(); // a new process would find every write committed: the writer thread holds the old one open until then
    const cold = await timed(file, sqliteCache());
    for (const r of [warm, cold]) if (r.summary.counts.cached !== r.summary.counts.done) throw new Error(`re-run was not fully cached: ${JSON.stringify(r.summary.counts)} ${r === warm ? 'warm' : 'cold'}`);
    warmMs.push(warm.ms);
    coldMs.push(cold.ms);
    await closeCaches();
  }
  await rawPool.close();
  const throughput = (ITEMS * 1000) / median(workerMs);
  row('worker no-op fan-out: throughput', `${Math.round(throughput)} items/s`, `raw Piscina ${Math.round((ITEMS * 1000) / median(rawMs))} items/s`, '≥ 25,000 items/s', verdict(throughput >= 25_000));
  row('  batches sent to workers', `${pool.sent.batches}`, `for ${pool.sent.tasks} tasks`, '', '');
  row('  SQLite lookups skipped by the key filter', `${engineStore.skippedReads}`, `of ${engineCache.stats().misses} misses`, '', '');
  row('fully cached re-run (memory tier warm)', `${(median(warmMs) / 1000).toFixed(3)} s`, `first run ${(median(workerMs) / 1000).toFixed(3)} s`, '< 0.3 s', verdict(median(warmMs) < 300));
  row('fully cached re-run (cold: SQLite reads)', `${(median(coldMs) / 1000).toFixed(3)} s`, `first run ${(median(workerMs) / 1000).toFixed(3)} s`, '< 0.3 s', verdict(median(coldMs) < 300));
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores; figures above ~2 are contended)`);

  await closeCaches();
  await engineCache.close();
  await pool.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'MISS';
}

function row(name: string, value: string, baseline: string, target: string, result: string): void {
  console.log(`${name.padEnd(44)} ${value.padStart(16)}   ${baseline.padEnd(30)} ${target.padEnd(18)} ${result}`);
}

// Run directly (`tsx bench/engine.ts`); bench/run.ts imports the module and calls `run` itself.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await run();
