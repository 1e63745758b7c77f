// Engine core bench: per-item scheduler overhead, worker throughput, cached re-runs.
// Run with `pnpm bench engine` (bench/run.ts imports this file) or `tsx bench/engine.ts`.
import { cacheKey, valueHash } from '../nodes/src/index';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExecutionCache } from '../engine/src/cache/execution-cache';
import { sqliteCacheStore } from '../engine/src/cache/sqlite-cache-store';
import { RunEmitter } from '../engine/src/events/run-emitter';
import { WorkerPool } from '../engine/src/executor/worker-pool';
import type { WorkerTask } from '../engine/src/executor/worker-task';
import { openDatabase } from '../engine/src/persistence/open-database';
import { runGraph } from '../engine/src/scheduler/run-graph';
import type { RunGraphOptions, RunSummary } from '../engine/src/scheduler/run-types';
import { load, workflow } from '../engine/src/test-support/harness';
import { MemoryMedia } from '../engine/src/test-support/memory-media';
import { rawPiscina } from '../engine/src/test-support/raw-piscina';
import { testRuns } from '../engine/src/test-support/test-runs';

const ITEMS = 10_000;
const TEST_RUNS = fileURLToPath(new URL('../engine/src/test-support/test-runs.ts', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'artfactory-bench-'));
const db = await openDatabase({ dataDir });
const pool = new WorkerPool({ dataDir, modules: [TEST_RUNS] });
let runs = 0;

function fanOut(node: string): Record<string, unknown> {
  return workflow([['many', 'test.emit-many', { count: ITEMS }], ['op', node], ['out', 'test.sink']], ['many.text>op.text', 'op.text>out.text']);
}

async function timed(file: Record<string, unknown>, cache: ExecutionCache, extra: Partial<RunGraphOptions> = {}): Promise<{ ms: number; summary: RunSummary; events: number }> {
  runs += 1;
  const runId = `bench-${runs}`;
  const emitter = new RunEmitter(runId);
  let events = 0;
  emitter.on(() => (events += 1));
  const graph = load(file);
  const began = performance.now();
  const summary = await runGraph(graph, { runId, projectId: 'bench', cache, services: { media: new MemoryMedia() }, emitter, runs: testRuns, pool, ...extra });
  return { ms: performance.now() - began, summary, events };
}

function freshCache(): ExecutionCache {
  return new ExecutionCache(sqliteCacheStore(db.sqlite));
}

const row = (name: string, value: string, baseline: string, target: string) => console.log(`${name.padEnd(44)} ${value.padStart(16)}   ${baseline.padEnd(34)} ${target}`);

console.log(`engine bench: ${ITEMS} items, ${pool.threads} worker threads, SQLite cache in ${dataDir}`);
row('measure', 'value', 'baseline (same run)', 'target');

// 1. Per-item overhead through a main-thread no-op, against a plain loop doing the same calls.
const noop = testRuns.get('test.noop')!.execute as (i: unknown, p: unknown, c: unknown) => unknown;
let loopMs = Infinity;
for (let attempt = 0; attempt < 3; attempt++) {
  const began = performance.now();
  const sink: unknown[] = [];
  for (let i = 0; i < ITEMS; i++) sink.push(noop({ text: `item-${i}` }, {}, {}), noop({ text: `item-${i}` }, {}, {}));
  loopMs = Math.min(loopMs, performance.now() - began);
}
await timed(fanOut('test.noop'), new ExecutionCache(undefined)); // warm-up: JIT, module loading
const main = await timed(fanOut('test.noop'), freshCache());
if (main.summary.status !== 'succeeded') throw new Error(`main fan-out ended ${main.summary.status}`);
const perItemUs = ((main.ms - loopMs) * 1000) / ITEMS;
row('main no-op fan-out: overhead per item', `${perItemUs.toFixed(1)} µs`, `plain loop ${((loopMs * 1000) / ITEMS).toFixed(2)} µs/item`, '≤ 15 µs');
row('  (run time; events emitted)', `${main.ms.toFixed(0)} ms`, `${main.events} events`, '');

// Where the time goes: the kit's sha256 hashing, per item (one value hash + one cache key per execution, two executions).
{
  const began = performance.now();
  for (let i = 0; i < ITEMS; i++) {
    for (let n = 0; n < 2; n++) cacheKey({ type: 'test.noop', version: 1, params: {}, inputs: { text: valueHash(`item-${i}`) } });
  }
  row('  of which kit hashing (valueHash+cacheKey)', `${(((performance.now() - began) * 1000) / ITEMS).toFixed(1)} µs`, 'per item, 2 executions', '');
}

// 2. Worker no-op throughput against raw Piscina running the same task on the same worker module.
const rawPool = rawPiscina({ dataDir, modules: [TEST_RUNS] }, pool.threads);
const info = { runId: 'raw', nodeId: 'op', projectId: 'bench', workflowHash: 'h' };
const rawTask = (i: number): WorkerTask => ({ nodeType: 'test.noop-worker', inputs: { text: `item-${i}` }, params: {}, seed: 0, cacheKey: 'k', run: info });
await Promise.all(Array.from({ length: 200 }, (_, i) => rawPool.run(rawTask(i))));
let rawMs: number;
{
  const began = performance.now();
  await Promise.all(Array.from({ length: ITEMS }, (_, i) => rawPool.run(rawTask(i))));
  rawMs = performance.now() - began;
}
await rawPool.close();
await timed(workflow([['many', 'test.emit-many', { count: 500 }], ['op', 'test.noop-worker'], ['out', 'test.sink']], ['many.text>op.text', 'op.text>out.text']), new ExecutionCache(undefined));
const workerCache = freshCache();
const worker = await timed(fanOut('test.noop-worker'), workerCache);
if (worker.summary.status !== 'succeeded') throw new Error(`worker fan-out ended ${worker.summary.status}`);
row('worker no-op fan-out: throughput', `${Math.round((ITEMS * 1000) / worker.ms)} items/s`, `raw Piscina ${Math.round((ITEMS * 1000) / rawMs)} items/s`, '≥ 25,000 items/s');

// 3. Fully cached re-runs of the worker graph: warm memory tier, then cold (fresh process: SQLite only).
const warm = await timed(fanOut('test.noop-worker'), workerCache);
const cold = await timed(fanOut('test.noop-worker'), freshCache());
for (const r of [warm, cold]) if (r.summary.counts.cached !== r.summary.counts.done) throw new Error('re-run was not fully cached');
row('fully cached re-run (memory tier warm)', `${(warm.ms / 1000).toFixed(3)} s`, `first run ${(worker.ms / 1000).toFixed(3)} s`, '< 0.3 s');
row('fully cached re-run (cold: SQLite reads)', `${(cold.ms / 1000).toFixed(3)} s`, '', '< 0.3 s');

await pool.close();
await db.close();
rmSync(dataDir, { recursive: true, force: true });
