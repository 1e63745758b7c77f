import type { ArtError, RunEvent } from '@artfactory/nodes';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExecutionCache } from '../cache/execution-cache';
import { RunEmitter } from '../events/run-emitter';
import { MemoryCacheStore } from '../test-support/memory-cache-store';
import { probe, resetProbes } from '../test-support/probe';
import { load, runWorkflow, workflow } from '../test-support/harness';
import { testRuns } from '../test-support/test-runs';
import { MapMedia } from '@artfactory/nodes/testing';
import { runGraph } from './run-graph';
import type { RunRecorder } from './run-types';

beforeEach(() => resetProbes());

const failing = (match: string, plain = false) =>
  workflow(
    [['many', 'test.emit-many', { count: 4 }], ['f', 'test.fail-when', { match, plain }], ['mid', 'test.noop'], ['out', 'test.sink', { probe: 'out' }]],
    ['many.text>f.text', 'f.text>mid.text', 'mid.text>out.text'],
  );

describe('runGraph: failing per item', () => {
  it('records a failed item with its error, skips it downstream and goes on: partial', async () => {
    const { summary, events } = await runWorkflow(failing('item-2'));
    expect(summary.status).toBe('partial');
    const failed = events.filter((e) => e.type === 'item.failed');
    expect(failed).toEqual([
      expect.objectContaining({ nodeId: 'f', itemKey: '0.2', error: { code: 'node-failed', message: 'refused "item-2"', nodeId: 'f', details: { match: 'item-2' } } }),
    ]);
    expect(probe('out').sort()).toEqual(['received:item-0', 'received:item-1', 'received:item-3']);
    expect(summary.nodes.f).toMatchObject({ done: 3, failed: 1, skipped: 0 });
    expect(summary.nodes.mid).toMatchObject({ done: 3, failed: 0, skipped: 1, total: 3 });
    expect(summary.counts.failed).toBe(1);
  });

  it('turns a plain thrown Error into a serialisable node-failed error', async () => {
    const { events } = await runWorkflow(failing('item-0', true));
    const failed = events.find((e): e is Extract<RunEvent, { type: 'item.failed' }> => e.type === 'item.failed')!;
    expect(failed.error).toEqual({ code: 'node-failed', message: 'plain failure on item-0', nodeId: 'f' });
    expect(JSON.parse(JSON.stringify(failed.error))).toEqual(failed.error);
  });

  it('ends failed when nothing reached an output', async () => {
    const { summary, events } = await runWorkflow(failing('item'));
    expect(summary.status).toBe('failed');
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', status: 'failed', counts: { failed: 4 } });
  });

  it('keeps the records an expansion yielded before it failed, and does not cache the failed execution', async () => {
    const cache = new ExecutionCache(new MemoryCacheStore());
    const file = workflow([['many', 'test.emit-many', { count: 5, failAt: 3 }], ['out', 'test.sink', { probe: 'o' }]], ['many.text>out.text']);
    const { summary, events } = await runWorkflow(file, { cache });
    expect(summary.status).toBe('partial');
    expect(probe('o').sort()).toEqual(['received:item-0', 'received:item-1', 'received:item-2']);
    expect(events.find((e) => e.type === 'item.failed')).toMatchObject({ nodeId: 'many', itemKey: '0', error: { code: 'expansion-failed' } });
    const again = await runWorkflow(file, { cache });
    expect(again.summary.nodes.many).toMatchObject({ failed: 1, cached: 0 });
  });

  it('fails the run as a whole when a main-thread node has no run function or a worker node no pool', async () => {
    const noRuns = await runWorkflow(workflow([['src', 'test.source'], ['out', 'test.sink']], ['src.text>out.text']), { runs: new Map() });
    expect(noRuns.summary.status).toBe('failed');
    expect(noRuns.summary.error).toMatchObject({ code: 'unknown-node-type', nodeId: 'src' });
    const noPool = await runWorkflow(workflow([['src', 'test.source'], ['w', 'test.noop-worker'], ['out', 'test.sink']], ['src.text>w.text', 'w.text>out.text']));
    expect(noPool.summary.error).toMatchObject({ code: 'worker-failed', nodeId: 'w' });
    expect(noPool.events.map((e) => e.type)).toEqual(['run.started', 'run.finished']);
  });

  it('tells the recorder about every item done or failed', async () => {
    const calls: string[] = [];
    const recorder: RunRecorder = {
      itemDone: (nodeId, itemKey, key, cached) => calls.push(`done ${nodeId} ${itemKey} ${cached} ${key.length}`),
      itemFailed: (nodeId, itemKey, key, error: ArtError) => calls.push(`failed ${nodeId} ${itemKey} ${error.code} ${key?.length}`),
    };
    await runWorkflow(failing('item-1'), { recorder });
    expect(calls.filter((c) => c.startsWith('failed'))).toEqual(['failed f 0.1 node-failed 64']);
    expect(calls.filter((c) => c.startsWith('done out')).sort()).toEqual(['done out 0.0 false 64', 'done out 0.2 false 64', 'done out 0.3 false 64']);
  });
});

describe('runGraph: cancelling', () => {
  it('stops scheduling at once, aborts in-flight work and ends cancelled', async () => {
    const controller = new AbortController();
    const emitter = new RunEmitter('cancel-run', { progressIntervalMs: 0 });
    const events: RunEvent[] = [];
    emitter.on((e) => {
      events.push(e);
      if (e.type === 'item.done' && e.nodeId === 'slow') controller.abort();
    });
    const cache = new ExecutionCache(new MemoryCacheStore());
    const began = Date.now();
    const summary = await runGraph(
      load(
        workflow(
          [['many', 'test.emit-many', { count: 50 }], ['slow', 'test.slow', { delayMs: 30, probe: 'slow' }], ['out', 'test.sink']],
          ['many.text>slow.text', 'slow.text>out.text'],
        ),
      ),
      { runId: 'cancel-run', projectId: 'p', cache, services: { media: new MapMedia() }, emitter, signal: controller.signal, runs: testRuns },
    );
    expect(summary.status).toBe('cancelled');
    expect(Date.now() - began).toBeLessThan(300);
    // test.slow runs two at a time: the one in flight when the first finished was aborted, nothing else started.
    expect(probe('slow').length).toBeLessThanOrEqual(3);
    expect(summary.nodes.slow!.failed).toBe(0);
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', status: 'cancelled' });
    const finishedNodes = events.filter((e) => e.type === 'node.finished').map((e) => 'nodeId' in e && e.nodeId);
    expect(finishedNodes).toContain('slow');
  });

  it('ends cancelled without running anything when the signal is already aborted', async () => {
    const { summary, events } = await runWorkflow(workflow([['src', 'test.source'], ['out', 'test.sink']], ['src.text>out.text']), { signal: AbortSignal.abort() });
    expect(summary.status).toBe('cancelled');
    expect(summary.counts.done).toBe(0);
    expect(events.map((e) => e.type)).toEqual(['run.started', 'run.finished']);
  });
});

describe('runGraph: events', () => {
  it('emits run, node and item events in order with seq growing by one', async () => {
    const { events } = await runWorkflow(workflow([['src', 'test.source'], ['many', 'test.emit-many', { count: 2 }], ['out', 'test.sink']], ['src.text>many.text', 'many.text>out.text']));
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]).toMatchObject({ type: 'run.started', nodes: [{ nodeId: 'src', nodeType: 'test.source' }, { nodeId: 'many', nodeType: 'test.emit-many' }, { nodeId: 'out', nodeType: 'test.sink' }] });
    expect(events.at(-1)).toMatchObject({ type: 'run.finished', status: 'succeeded', counts: { done: 4, cached: 0, failed: 0, total: 4, products: 0 } });
    for (const nodeId of ['src', 'many', 'out']) {
      const mine = events.filter((e) => 'nodeId' in e && e.nodeId === nodeId).map((e) => e.type);
      expect(mine[0]).toBe('node.started');
      expect(mine.at(-1)).toBe('node.finished');
      expect(mine.at(-2)).toBe('node.progress');
    }
    expect(events.find((e) => e.type === 'node.finished' && e.nodeId === 'out')).toMatchObject({ done: 2, cached: 0, failed: 0, total: 2 });
  });

  it('announces each product a non-cached execution makes, and counts it', async () => {
    const cache = new ExecutionCache(undefined);
    const file = workflow([['many', 'test.emit-many', { count: 3 }], ['save', 'test.product']], ['many.text>save.text']);
    const { summary, events } = await runWorkflow(file, { cache });
    const products = events.filter((e) => e.type === 'product.created');
    expect(products).toHaveLength(3);
    expect(products[0]).toMatchObject({ nodeId: 'save', prompt: expect.stringMatching(/^item-/), thumbnails: { small: expect.any(String) } });
    expect(summary.counts.products).toBe(3);
    const again = await runWorkflow(file, { cache });
    expect(again.events.filter((e) => e.type === 'product.created')).toHaveLength(0);
    expect(again.summary.counts.products).toBe(0);
  });
});
