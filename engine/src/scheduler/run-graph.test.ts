import { beforeEach, describe, expect, it } from 'vitest';
import { probe, resetProbes } from '../test-support/probe';
import { runWorkflow, workflow } from '../test-support/harness';

beforeEach(() => resetProbes());

describe('runGraph: streaming', () => {
  it('runs a chain once per expanded item and names items by index path', async () => {
    const { summary, done } = await runWorkflow(
      workflow([['src', 'test.source', { text: 'a' }], ['many', 'test.emit-many', { count: 4 }], ['out', 'test.sink']], ['src.text>many.text', 'many.text>out.text']),
    );
    expect(summary.status).toBe('succeeded');
    expect(done('out').sort()).toEqual(['0.0', '0.1', '0.2', '0.3']);
    expect(summary.nodes.out).toMatchObject({ done: 4, failed: 0, total: 4 });
    expect(summary.counts).toMatchObject({ done: 6, cached: 0, failed: 0 });
  });

  it('delivers the first item to the output before the expansion has produced the last', async () => {
    await runWorkflow(
      workflow(
        [['many', 'test.emit-many', { count: 20, delayMs: 5, probe: 'log' }], ['slow', 'test.slow', { delayMs: 1 }], ['out', 'test.sink', { probe: 'log' }]],
        ['many.text>slow.text', 'slow.text>out.text'],
      ),
    );
    const log = probe('log');
    const firstReceived = log.findIndex((line) => line.startsWith('received:'));
    const lastProduced = log.lastIndexOf('produced:item-19');
    expect(firstReceived).toBeGreaterThanOrEqual(0);
    expect(firstReceived).toBeLessThan(lastProduced);
    expect(log.filter((line) => line.startsWith('received:'))).toHaveLength(20);
  });

  it('pulls an expansion of 100,000 items lazily, a bounded number ahead of its consumer', async () => {
    const controller = new AbortController();
    const run = runWorkflow(
      workflow(
        [['many', 'test.emit-many', { count: 100_000, probe: 'big' }], ['slow', 'test.slow', { delayMs: 5, probe: 'slow' }], ['out', 'test.sink']],
        ['many.text>slow.text', 'slow.text>out.text'],
      ),
      { signal: controller.signal, highWater: 64 },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    const { summary } = await run;
    expect(summary.status).toBe('cancelled');
    expect(probe('slow').length).toBeGreaterThan(0);
    expect(probe('big').length).toBeLessThanOrEqual(64 + 2 + probe('slow').length);
  });
});

describe('runGraph: zip and broadcast', () => {
  it('zips two lists by index and stops at the shorter', async () => {
    const { summary, events } = await runWorkflow(
      workflow(
        [['x', 'test.emit-many', { count: 3 }], ['y', 'test.emit-many', { count: 5 }], ['cat', 'test.concat'], ['out', 'test.sink', { probe: 'zip' }]],
        ['x.text>cat.a', 'y.text>cat.b', 'cat.text>out.text'],
      ),
    );
    expect(summary.status).toBe('succeeded');
    expect(probe('zip').sort()).toEqual(['received:item-0+item-0', 'received:item-1+item-1', 'received:item-2+item-2']);
    expect(events.find((e) => e.type === 'node.finished' && e.nodeId === 'cat')).toMatchObject({ done: 3, total: 3 });
  });

  it('broadcasts an input that finished with exactly one item to every item of the other', async () => {
    await runWorkflow(
      workflow(
        [['one', 'test.source', { text: 'style' }], ['many', 'test.emit-many', { count: 3, delayMs: 2 }], ['cat', 'test.concat'], ['out', 'test.sink', { probe: 'b' }]],
        ['many.text>cat.a', 'one.text>cat.b', 'cat.text>out.text'],
      ),
    );
    expect(probe('b').sort()).toEqual(['received:item-0+style', 'received:item-1+style', 'received:item-2+style']);
  });

  it('runs a node whose inputs are all single items exactly once', async () => {
    const { done } = await runWorkflow(
      workflow([['a', 'test.source', { text: 'a' }], ['b', 'test.source', { text: 'b' }], ['cat', 'test.concat'], ['out', 'test.sink', { probe: 'one' }]], ['a.text>cat.a', 'b.text>cat.b', 'cat.text>out.text']),
    );
    expect(probe('one')).toEqual(['received:a+b']);
    expect(done('cat')).toEqual(['0']);
  });

  it('converts items crossing a widening wire', async () => {
    await runWorkflow(workflow([['n', 'test.integer', { value: 42 }], ['out', 'test.sink', { probe: 'w' }]], ['n.value>out.text']));
    expect(probe('w')).toEqual(['received:42']);
  });

  it('gives a list-consuming node every item at once, after its upstream finished', async () => {
    await runWorkflow(
      workflow(
        [['many', 'test.emit-many', { count: 4 }], ['all', 'test.collect'], ['out', 'test.sink', { probe: 'list' }]],
        ['many.text>all.text', 'all.text>out.text'],
      ),
    );
    expect(probe('list')).toEqual(['received:item-0,item-1,item-2,item-3']);
  });

  it('finishes with nothing to do when an expansion yields no items', async () => {
    const { summary, events } = await runWorkflow(
      workflow([['many', 'test.emit-many', { count: 0 }], ['out', 'test.sink']], ['many.text>out.text']),
    );
    expect(summary.status).toBe('succeeded');
    expect(summary.nodes.out).toMatchObject({ done: 0, total: 0 });
    expect(events.filter((e) => e.type === 'node.finished').map((e) => 'nodeId' in e && e.nodeId)).toEqual(['many', 'out']);
  });
});

describe('runGraph: backpressure', () => {
  it('lifts backpressure instead of hanging when a consumer also waits for the whole list', async () => {
    const { summary } = await runWorkflow(
      workflow(
        [['many', 'test.emit-many', { count: 300 }], ['all', 'test.collect'], ['cat', 'test.concat'], ['out', 'test.sink']],
        ['many.text>all.text', 'many.text>cat.a', 'all.text>cat.b', 'cat.text>out.text'],
      ),
      { highWater: 16 },
    );
    expect(summary.status).toBe('succeeded');
    expect(summary.nodes.out).toMatchObject({ done: 300 });
  });
});
