import type { RunEvent } from '@artfactory/nodes';
import { describe, expect, it, vi } from 'vitest';
import { RunEmitter } from './run-emitter';

const progress = (nodeId: string, done: number) => ({ type: 'node.progress' as const, nodeId, done, cached: 0, failed: 0, total: 10 });

describe('RunEmitter', () => {
  it('stamps events with the run id, a seq growing by one from 1, and a timestamp', () => {
    const emitter = new RunEmitter('r1', { now: () => 1234 });
    const seen: RunEvent[] = [];
    emitter.on((e) => seen.push(e));
    emitter.emit({ type: 'run.started', nodes: [] });
    emitter.emit({ type: 'node.started', nodeId: 'a', nodeType: 't' });
    expect(seen.map((e) => [e.runId, e.seq, e.ts, e.type])).toEqual([
      ['r1', 1, 1234, 'run.started'],
      ['r1', 2, 1234, 'node.started'],
    ]);
    expect(emitter.lastSeq).toBe(2);
  });

  it('replays what came after a sequence number, and stops delivering after unsubscribe', () => {
    const emitter = new RunEmitter('r');
    const listener = vi.fn();
    const off = emitter.on(listener);
    for (let i = 0; i < 5; i++) emitter.emit({ type: 'node.started', nodeId: `n${i}`, nodeType: 't' });
    off();
    emitter.emit({ type: 'run.started', nodes: [] });
    expect(listener).toHaveBeenCalledTimes(5);
    expect(emitter.since(3).map((e) => e.seq)).toEqual([4, 5, 6]);
    expect(emitter.since(0)).toHaveLength(6);
    expect(emitter.since(6)).toEqual([]);
  });

  it('keeps a bounded number of events for replay', () => {
    const emitter = new RunEmitter('r', { maxKept: 10 });
    for (let i = 0; i < 2000; i++) emitter.emit({ type: 'node.started', nodeId: 'n', nodeType: 't' });
    const kept = emitter.since(0);
    expect(kept.length).toBeLessThan(2000);
    expect(kept.at(-1)!.seq).toBe(2000);
    expect(emitter.since(1995).map((e) => e.seq)).toEqual([1996, 1997, 1998, 1999, 2000]);
  });

  it('coalesces a burst of progress into one event per node per interval, newest counts last', async () => {
    let now = 0;
    const emitter = new RunEmitter('r', { progressIntervalMs: 50, now: () => now });
    const seen: RunEvent[] = [];
    emitter.on((e) => seen.push(e));
    for (let done = 1; done <= 100; done++) emitter.emit(progress('a', done));
    emitter.emit(progress('b', 1));
    expect(seen.map((e) => [e.type === 'node.progress' && e.nodeId, e.type === 'node.progress' && e.done])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    now = 60;
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]).toMatchObject({ type: 'node.progress', nodeId: 'a', done: 100, seq: 3 });
  });

  it('always delivers the last progress of a node before its node.finished, and all before run.finished', () => {
    const emitter = new RunEmitter('r', { progressIntervalMs: 10_000 });
    const seen: RunEvent[] = [];
    emitter.on((e) => seen.push(e));
    emitter.emit(progress('a', 1));
    emitter.emit(progress('a', 2));
    emitter.emit(progress('b', 1));
    emitter.emit(progress('b', 5));
    emitter.emit({ type: 'node.finished', nodeId: 'a', done: 2, cached: 0, failed: 0, total: 2 });
    emitter.emit({ type: 'run.finished', status: 'succeeded', counts: { done: 2, cached: 0, failed: 0, total: 2, products: 0 }, durationMs: 1 });
    expect(seen.map((e) => `${e.type}${'done' in e ? `:${e.done}` : ''}`)).toEqual([
      'node.progress:1',
      'node.progress:1',
      'node.progress:2',
      'node.finished:2',
      'node.progress:5',
      'run.finished',
    ]);
    expect(seen.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads a node\'s counts only when a progress event goes out, and sends the newest ones at the interval end', async () => {
    let now = 0;
    const emitter = new RunEmitter('r', { progressIntervalMs: 50, now: () => now });
    const seen: RunEvent[] = [];
    emitter.on((e) => seen.push(e));
    let done = 0;
    let reads = 0;
    const read = () => {
      reads += 1;
      return { done, cached: 0, failed: 0, total: 100 };
    };
    for (done = 1; done <= 100; done++) emitter.progress('a', read);
    expect(reads).toBe(1);
    done = 100;
    now = 60;
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(reads).toBe(2);
    expect(seen.map((e) => e.type === 'node.progress' && e.done)).toEqual([1, 100]);
    emitter.progress('a', read);
    emitter.emit({ type: 'node.finished', nodeId: 'a', done: 100, cached: 0, failed: 0, total: 100 });
    expect(seen.map((e) => e.type)).toEqual(['node.progress', 'node.progress', 'node.progress', 'node.finished']);
  });
  it('replays item.done events equal, field for field and in field order, to those it delivered', () => {
    let now = 100;
    const emitter = new RunEmitter('r', { maxKept: 1500, now: () => now++ });
    const seen: RunEvent[] = [];
    emitter.on((e) => seen.push(e));
    for (let i = 0; i < 3000; i++) {
      if (i % 7 === 0) emitter.emit({ type: 'node.started', nodeId: `n${i}`, nodeType: 't' });
      else emitter.emit({ type: 'item.done', nodeId: 'op', itemKey: `${i}`, cached: i % 3 === 0, durationMs: i / 8 });
    }
    const kept = emitter.since(0);
    expect(kept.length).toBeGreaterThanOrEqual(1500);
    expect(kept.length).toBeLessThan(3000);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(seen.slice(seen.length - kept.length)));
    expect(JSON.stringify(emitter.since(2990))).toBe(JSON.stringify(seen.slice(2990)));
  });
});
