import { describe, expect, it, vi } from 'vitest';
import { MemoryCacheStore } from '../test-support/memory-cache-store';
import { ExecutionCache } from './execution-cache';

describe('ExecutionCache', () => {
  it('hands every hit the same deep-frozen records, so no caller can change what later hits see', () => {
    const cache = new ExecutionCache(undefined);
    cache.put('k', 't', [{ text: 'a', image: { hash: 'h' } }]);
    const first = cache.get('k')!;
    expect(() => {
      (first[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (first[0] as { image: { hash: string } }).image.hash = 'changed';
    }).toThrow(TypeError);
    expect(cache.get('k')).toBe(first);
    expect(cache.get('k')).toEqual([{ text: 'a', image: { hash: 'h' } }]);
    expect(cache.get('missing')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ memoryHits: 3, misses: 1, writes: 1 });
  });

  it('parses an entry read from the store once, then serves it from memory frozen', () => {
    const store = new MemoryCacheStore();
    store.putMany({ keys: ['k'], nodeTypes: ['t'], values: ['[{"a":[1]}]'] });
    const cache = new ExecutionCache(store);
    const first = cache.get('k')!;
    expect(Object.isFrozen((first[0] as { a: number[] }).a)).toBe(true);
    expect(cache.get('k')).toBe(first);
    expect(store.gets).toBe(1);
  });

  it('marks hits as used in the store in batches, only when the last mark is stale', () => {
    let now = 1_000_000;
    const store = new MemoryCacheStore(() => now);
    const cache = new ExecutionCache(store, { touchAfterMs: 60_000, flushIntervalMs: 10_000, now: () => now });
    cache.put('a', 't', [1]);
    cache.put('b', 't', [2]);
    cache.flush();
    now += 1000;
    cache.get('a');
    cache.flush();
    expect(store.touches).toBe(0); // written a second ago: fresh enough
    now += 120_000;
    cache.get('a');
    cache.get('a');
    cache.get('b');
    expect(store.touches).toBe(0);
    cache.flush();
    expect(store.touches).toBe(2);
    expect(store.lastUsed.get('a')).toBe(now);
    const cold = new ExecutionCache(store, { touchAfterMs: 60_000, now: () => now });
    cold.get('b');
    cold.flush();
    expect(store.touches).toBe(2); // the store says it was used just now
  });

  it('buffers writes to the store and commits them in one batch on flush', () => {
    const store = new MemoryCacheStore();
    const cache = new ExecutionCache(store, { flushIntervalMs: 10_000 });
    for (let i = 0; i < 10; i++) cache.put(`k${i}`, 't', [i]);
    expect(store.entries.size).toBe(0);
    cache.flush();
    expect(store.batches).toBe(1);
    expect(store.entries.get('k3')).toEqual({ key: 'k3', nodeType: 't', value: '[3]' });
    cache.flush();
    expect(store.batches).toBe(1);
  });

  it('flushes a full batch at once and a partial one after the interval', async () => {
    const store = new MemoryCacheStore();
    const cache = new ExecutionCache(store, { maxBatch: 4, flushIntervalMs: 20 });
    for (let i = 0; i < 5; i++) cache.put(`k${i}`, 't', [i]);
    expect(store.entries.size).toBe(4);
    await vi.waitFor(() => expect(store.entries.size).toBe(5));
    expect(store.batches).toBe(2);
  });

  it('reads through to the store when memory misses, survives a restart', () => {
    const store = new MemoryCacheStore();
    const first = new ExecutionCache(store);
    first.put('k', 't', [{ a: 1 }]);
    first.flush();
    const second = new ExecutionCache(store);
    expect(second.get('k')).toEqual([{ a: 1 }]);
    expect(second.get('k')).toEqual([{ a: 1 }]);
    expect(store.gets).toBe(1);
    expect(second.stats()).toMatchObject({ storeHits: 1, memoryHits: 1 });
  });

  it('evicts the least recently used entries beyond its memory cap', () => {
    const store = new MemoryCacheStore();
    const value = 'x'.repeat(100);
    // Each entry is ~2 * 104 bytes of JSON text; the cap fits four.
    const cache = new ExecutionCache(store, { maxMemoryBytes: 4 * 2 * 106 });
    for (const key of ['a', 'b', 'c', 'd']) cache.put(key, 't', [value]);
    cache.get('a');
    cache.put('e', 't', [value]);
    cache.flush();
    store.gets = 0;
    cache.get('a');
    cache.get('e');
    expect(store.gets).toBe(0);
    cache.get('b');
    expect(store.gets).toBe(1);
    expect(cache.stats().memoryBytes).toBeLessThanOrEqual(4 * 2 * 106);
  });

  it('keeps at least the newest half of its entry cap in memory, and what was used lately', () => {
    const store = new MemoryCacheStore();
    const cache = new ExecutionCache(store, { maxMemoryEntries: 100, flushIntervalMs: 10_000 });
    for (let i = 0; i < 1000; i++) {
      cache.put(`k${i}`, 't', [i]);
      if (i % 10 === 0) cache.get('k0'); // kept by use
    }
    cache.flush();
    store.gets = 0;
    expect(cache.get('k0')).toEqual([0]);
    for (let i = 950; i < 1000; i++) expect(cache.get(`k${i}`)).toEqual([i]);
    expect(store.gets).toBe(0);
    expect(cache.get('k800')).toEqual([800]); // long gone from memory: read back from the store
    expect(store.gets).toBe(1);
    cache.clearMemory();
    for (let i = 0; i < 150; i++) cache.put(`n${i}`, 't', [i]);
    expect(cache.get('n149')).toEqual([149]);
    // Dropped from memory before its batch was committed: a miss, so the item would run again
    // (the cap is many batches deep, so only a writer far behind makes this happen).
    expect(cache.get('n10')).toBeUndefined();
    cache.flush();
    expect(cache.get('n10')).toEqual([10]);
  });

  it('keeps a single entry larger than a quarter of memory out of the memory tier', () => {
    const store = new MemoryCacheStore();
    const cache = new ExecutionCache(store, { maxMemoryBytes: 1000 });
    cache.put('big', 't', ['y'.repeat(400)]);
    expect(cache.stats().memoryBytes).toBe(0);
    expect(cache.get('big')).toEqual(['y'.repeat(400)]);
  });

  it('reports a failed timer flush instead of crashing, and throws from an explicit flush', async () => {
    const onError = vi.fn();
    const broken = { get: () => undefined, putMany: () => { throw new Error('disk full'); }, touchMany: () => {} };
    const cache = new ExecutionCache(broken, { flushIntervalMs: 5, onError });
    cache.put('k', 't', [1]);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce());
    expect(onError.mock.calls[0]![1]).toEqual([{ key: 'k', nodeType: 't', value: '[1]' }]);
    cache.put('j', 't', [2]);
    expect(() => cache.flush()).toThrow('disk full');
  });
});
