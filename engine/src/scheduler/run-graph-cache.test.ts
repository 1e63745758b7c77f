import { beforeEach, describe, expect, it } from 'vitest';
import { ExecutionCache } from '../cache/execution-cache';
import { MemoryCacheStore } from '../test-support/memory-cache-store';
import { probe, resetProbes } from '../test-support/probe';
import { runWorkflow, workflow, type NodeTuple } from '../test-support/harness';

beforeEach(() => resetProbes());

const fanOut = (prefix: string, count = 5): [NodeTuple[], string[]] => [
  [['src', 'test.source', { text: prefix }], ['many', 'test.emit-many', { count }], ['mid', 'test.noop'], ['out', 'test.sink']],
  ['src.text>many.text', 'many.text>mid.text', 'mid.text>out.text'],
];

const uncached = (events: Awaited<ReturnType<typeof runWorkflow>>['events'], nodeId: string) =>
  events.flatMap((e) => (e.type === 'item.done' && e.nodeId === nodeId && !e.cached ? [e.itemKey] : [])).sort();

describe('runGraph: caching', () => {
  it('answers every execution of a re-run from the cache', async () => {
    const cache = new ExecutionCache(new MemoryCacheStore());
    const first = await runWorkflow(workflow(...fanOut('a')), { cache });
    expect(first.summary.counts).toMatchObject({ done: 12, cached: 0 });
    const second = await runWorkflow(workflow(...fanOut('a')), { cache });
    expect(second.summary.status).toBe('succeeded');
    expect(second.summary.counts).toMatchObject({ done: 12, cached: 12 });
    expect(second.events.filter((e) => e.type === 'item.done').every((e) => e.type === 'item.done' && e.cached)).toBe(true);
  });

  it('answers a re-run from the persistent store after a restart (fresh memory tier)', async () => {
    const store = new MemoryCacheStore();
    await runWorkflow(workflow(...fanOut('a')), { cache: new ExecutionCache(store) });
    expect(store.entries.size).toBe(12);
    const again = await runWorkflow(workflow(...fanOut('a')), { cache: new ExecutionCache(store) });
    expect(again.summary.counts.cached).toBe(12);
  });

  it('re-runs only the items whose inputs changed', async () => {
    const cache = new ExecutionCache(undefined);
    const build = (texts: string[]) =>
      workflow(
        [['a', 'test.emit-many', { count: 3 }], ['b', 'test.source', { text: texts[0] }], ['cat', 'test.concat'], ['mid', 'test.noop'], ['out', 'test.sink']],
        ['a.text>cat.a', 'b.text>cat.b', 'cat.text>mid.text', 'mid.text>out.text'],
      );
    await runWorkflow(build(['x']), { cache });
    const same = await runWorkflow(build(['x']), { cache });
    expect(same.summary.counts.cached).toBe(same.summary.counts.done);
    // emit-many with more items: the first three are unchanged, only new ones run downstream.
    const more = workflow(
      [['a', 'test.emit-many', { count: 5 }], ['b', 'test.source', { text: 'x' }], ['cat', 'test.concat'], ['mid', 'test.noop'], ['out', 'test.sink']],
      ['a.text>cat.a', 'b.text>cat.b', 'cat.text>mid.text', 'mid.text>out.text'],
    );
    const grown = await runWorkflow(more, { cache });
    expect(uncached(grown.events, 'cat')).toEqual(['0.3', '0.4']);
    expect(uncached(grown.events, 'out')).toEqual(['0.3', '0.4']);
  });

  it('does not change keys when only positions or labels change', async () => {
    const cache = new ExecutionCache(undefined);
    await runWorkflow(workflow(...fanOut('a')), { cache });
    const moved = workflow(...fanOut('a'));
    for (const node of moved.nodes as Array<Record<string, unknown>>) {
      node.position = { x: 500, y: 500 };
      node.label = 'renamed';
    }
    const again = await runWorkflow(moved, { cache });
    expect(again.summary.counts.cached).toBe(again.summary.counts.done);
  });

  it('changing one param re-runs that node and what depends on it, nothing upstream', async () => {
    const cache = new ExecutionCache(undefined);
    await runWorkflow(workflow(...fanOut('a')), { cache });
    const changed = await runWorkflow(workflow(...fanOut('b')), { cache });
    expect(changed.summary.counts.cached).toBe(0);
    const sameSourceMoreItems = await runWorkflow(workflow(...fanOut('b', 6)), { cache });
    expect(sameSourceMoreItems.summary.nodes.src!.cached).toBe(1);
    expect(sameSourceMoreItems.summary.nodes.out).toMatchObject({ done: 6, cached: 5 });
  });

  it('never caches a node marked not cacheable', async () => {
    const cache = new ExecutionCache(undefined);
    const file = workflow([['src', 'test.source'], ['u', 'test.uncached', { probe: 'p' }], ['out', 'test.sink']], ['src.text>u.text', 'u.text>out.text']);
    await runWorkflow(file, { cache });
    const again = await runWorkflow(file, { cache });
    expect(probe('p')).toEqual(['ran:x', 'ran:x']);
    expect(again.summary.nodes.u).toMatchObject({ done: 1, cached: 0 });
    expect(again.summary.nodes.out).toMatchObject({ done: 1, cached: 1 });
  });
});

describe('runGraph: seeds', () => {
  it('resolves a -1 seed once per run, before hashing, and records it', async () => {
    const cache = new ExecutionCache(undefined);
    const file = workflow([['many', 'test.emit-many', { count: 3 }], ['s', 'test.seeded', { seed: -1 }], ['out', 'test.sink', { probe: 'seed' }]], ['many.text>s.text', 's.text>out.text']);
    const first = await runWorkflow(file, { cache, random: () => 0.5 });
    expect(first.summary.seeds).toEqual({ s: { seed: 2147483648 } });
    expect(probe('seed').sort()).toEqual(['received:item-0:2147483648', 'received:item-1:2147483648', 'received:item-2:2147483648']);
    const other = await runWorkflow(file, { cache, random: () => 0.25 });
    expect(other.summary.nodes.s!.cached).toBe(0);
    const replay = await runWorkflow(file, { cache, seeds: first.summary.seeds });
    expect(replay.summary.nodes.s!.cached).toBe(3);
  });

  it('gives a fixed seed param to the execution as it is', async () => {
    const file = workflow([['src', 'test.source'], ['s', 'test.seeded', { seed: 77 }], ['out', 'test.sink', { probe: 'fixed' }]], ['src.text>s.text', 's.text>out.text']);
    const { summary } = await runWorkflow(file);
    expect(probe('fixed')).toEqual(['received:x:77']);
    expect(summary.seeds).toEqual({});
  });
});
