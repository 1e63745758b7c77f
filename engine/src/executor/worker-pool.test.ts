import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecutionCache } from '../cache/execution-cache';
import { runWorkflow, workflow } from '../test-support/harness';
import { WorkerPool } from './worker-pool';
import type { WorkerTask } from './worker-task';

const TEST_RUNS = fileURLToPath(new URL('../test-support/test-runs.ts', import.meta.url));
const run = { runId: 'r', nodeId: 'n', projectId: 'p', workflowHash: 'h' };
const task = (nodeType: string, inputs: Record<string, unknown>, params: Record<string, unknown> = {}): WorkerTask => ({
  nodeType, inputs, params, seed: 0, cacheKey: 'k', run,
});

describe('WorkerPool (real Piscina threads)', () => {
  let dataDir: string;
  let pool: WorkerPool;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'artfactory-pool-'));
    pool = new WorkerPool({ dataDir, modules: [TEST_RUNS], threads: 2 });
  });
  afterAll(async () => {
    await pool.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs a TypeScript worker node in a thread and returns its records', async () => {
    expect(await pool.run(task('test.noop-worker', { text: 'hi' }))).toEqual({ ok: true, records: [{ text: 'hi' }] });
  });

  it('sends many cheap tasks to real threads in batches, each task answered on its own, failures included', async () => {
    await pool.run(task('test.fail-when-worker', { text: 'warm' }, { match: 'bad', plain: false }));
    const before = pool.sent;
    const replies = await Promise.all(
      Array.from({ length: 300 }, (_, i) => pool.run(task('test.fail-when-worker', { text: i % 100 === 5 ? `bad-${i}` : `ok-${i}` }, { match: 'bad', plain: false }))),
    );
    expect(replies[0]).toEqual({ ok: true, records: [{ text: 'ok-0' }] });
    expect(replies[105]).toMatchObject({ ok: false, error: { code: 'node-failed', message: 'refused "bad-105"' } });
    expect(replies.filter((r) => !r.ok)).toHaveLength(3);
    const sent = { batches: pool.sent.batches - before.batches, tasks: pool.sent.tasks - before.tasks };
    expect(sent.tasks).toBe(300);
    expect(sent.batches).toBeLessThan(100);
  });

  it('brings a thrown ArtFailure back as a plain serialisable error', async () => {
    const reply = await pool.run(task('test.fail-when-worker', { text: 'bad' }, { match: 'bad', plain: false }));
    expect(reply).toEqual({ ok: false, error: { code: 'node-failed', message: 'refused "bad"', details: { match: 'bad' } } });
  });

  it('says so when no module provides the node type', async () => {
    const reply = await pool.run(task('test.unknown-thing', {}));
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('worker-failed');
  });

  it('aborts a running task through the signal, as a cancelled error', async () => {
    const controller = new AbortController();
    const pending = pool.run(task('test.slow-worker', { text: 'x' }, { delayMs: 5000 }), controller.signal);
    setTimeout(() => controller.abort(), 50);
    const began = Date.now();
    const reply = await pending;
    expect(Date.now() - began).toBeLessThan(2000);
    expect(reply).toEqual({ ok: false, error: { code: 'cancelled', message: 'the run was cancelled' } });
    // The pool replaces the terminated worker and keeps working.
    expect(await pool.run(task('test.noop-worker', { text: 'after' }))).toEqual({ ok: true, records: [{ text: 'after' }] });
  });

  it('runs worker nodes of a graph, streams them to the output and caches them', async () => {
    const cache = new ExecutionCache(undefined);
    const file = workflow(
      [['many', 'test.emit-many', { count: 20 }], ['w', 'test.noop-worker'], ['f', 'test.fail-when-worker', { match: 'item-7' }], ['out', 'test.sink']],
      ['many.text>w.text', 'w.text>f.text', 'f.text>out.text'],
    );
    const first = await runWorkflow(file, { pool, cache });
    expect(first.summary.status).toBe('partial');
    expect(first.summary.nodes.w).toMatchObject({ done: 20, failed: 0 });
    expect(first.summary.nodes.out).toMatchObject({ done: 19, skipped: 1 });
    expect(first.events.find((e) => e.type === 'item.failed')).toMatchObject({ nodeId: 'f', itemKey: '0.7', error: { code: 'node-failed', nodeId: 'f' } });
    const second = await runWorkflow(file, { pool, cache });
    expect(second.summary.nodes.w).toMatchObject({ done: 20, cached: 20 });
  });

  it('cancels worker tasks in flight when the run is cancelled', async () => {
    const controller = new AbortController();
    const file = workflow([['many', 'test.emit-many', { count: 10 }], ['w', 'test.slow-worker', { delayMs: 3000 }], ['out', 'test.sink']], ['many.text>w.text', 'w.text>out.text']);
    setTimeout(() => controller.abort(), 100);
    const began = Date.now();
    const { summary } = await runWorkflow(file, { pool, signal: controller.signal });
    expect(summary.status).toBe('cancelled');
    expect(Date.now() - began).toBeLessThan(2000);
    expect(summary.nodes.w).toMatchObject({ done: 0, failed: 0 });
  });
});
