import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTempDatabase, type TempDatabase } from '../persistence/test-support/temp-database';
import { ExecutionCache } from './execution-cache';
import { sqliteCacheStore } from './sqlite-cache-store';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('sqliteCacheStore with ExecutionCache', () => {
  let temp: TempDatabase;
  beforeEach(async () => {
    temp = await openTempDatabase();
  });
  afterEach(async () => {
    await temp.dispose();
  });

  it('writes a batch on its writer thread and reads it back after a restart of the cache', async () => {
    const cache = new ExecutionCache(sqliteCacheStore(temp.db.sqlite), { flushIntervalMs: 10_000 });
    for (let i = 0; i < 1000; i++) cache.put(`key-${i}`, 'test.noop', [{ text: `v${i}` }]);
    await cache.drain();
    expect(temp.db.cache.count()).toBe(1000);
    expect(temp.db.cache.get('key-7')).toMatchObject({ nodeType: 'test.noop', value: '[{"text":"v7"}]' });
    const cold = new ExecutionCache(sqliteCacheStore(temp.db.sqlite));
    expect(cold.get('key-999')).toEqual([{ text: 'v999' }]);
    expect(cold.get('key-1000')).toBeUndefined();
    await cold.close();
    await cache.close();
  });

  it('serves an entry handed to the writer but not yet committed from memory-side buffers', async () => {
    const cache = new ExecutionCache(sqliteCacheStore(temp.db.sqlite), { maxMemoryBytes: 0 });
    cache.put('k', 't', [{ a: 1 }]);
    cache.flush();
    expect(cache.get('k')).toEqual([{ a: 1 }]); // memory tier holds nothing, the commit is on another thread
    await cache.close();
    expect(temp.db.cache.getValue('k')?.value).toBe('[{"a":1}]');
  });

  it('asks the key filter before the memory tier, and still hits a key written but not yet flushed', async () => {
    const store = sqliteCacheStore(temp.db.sqlite);
    await store.filterReady();
    const cache = new ExecutionCache(store, { flushIntervalMs: 10_000 });
    for (let i = 0; i < 100; i++) expect(cache.get(`absent-${i}`)).toBeUndefined();
    expect(store.skippedReads).toBeGreaterThan(95);
    cache.put('fresh', 't', [{ a: 1 }]);
    expect(cache.get('fresh')).toEqual([{ a: 1 }]); // announced to the filter at once, not at the flush
    expect(cache.stats()).toMatchObject({ memoryHits: 1 });
    await cache.close();
  });

  it('writes on the shared connection at once when the writer thread is turned off', async () => {
    const cache = new ExecutionCache(sqliteCacheStore(temp.db.sqlite, undefined, { writeInThread: false }));
    cache.put('k', 't', [1]);
    cache.flush();
    expect(temp.db.cache.count()).toBe(1);
    await cache.close();
  });

  it('reads in one read transaction per event-loop turn on its own connection, and sees later writes in later turns', async () => {
    const store = sqliteCacheStore(temp.db.sqlite, undefined, { keyFilter: false });
    expect(store.get('a')).toBeUndefined();
    // The shared connection stays free: another writer commits while the store's read transaction is open.
    expect(temp.db.sqlite.inTransaction).toBe(false);
    temp.db.cache.put('a', 't', '[1]', 5);
    expect(store.get('a')).toBeUndefined(); // same turn, same snapshot
    await nextTurn();
    expect(store.get('a')).toEqual({ value: '[1]', lastUsedAt: 5 });
    await store.close?.();
  });

  it('reads through the shared connection when batched reads are turned off', async () => {
    const store = sqliteCacheStore(temp.db.sqlite, undefined, { batchReads: false });
    temp.db.cache.put('a', 't', '[1]', 5);
    expect(store.get('a')).toEqual({ value: '[1]', lastUsedAt: 5 });
    await store.close?.();
  });

  it('marks hits used through the writer thread', async () => {
    temp.db.cache.put('old', 't', '[1]', 1);
    const cache = new ExecutionCache(sqliteCacheStore(temp.db.sqlite), { touchAfterMs: 1000 });
    expect(cache.get('old')).toEqual([1]);
    await cache.close();
    expect(temp.db.cache.getValue('old')!.lastUsedAt).toBeGreaterThan(1);
  });

  it('skips SQLite for keys that cannot be stored, and still finds every stored key', async () => {
    for (let i = 0; i < 500; i++) temp.db.cache.put(`old-${i}`, 't', `[${i}]`, 1);
    const store = sqliteCacheStore(temp.db.sqlite);
    await store.filterReady();
    for (let i = 0; i < 500; i++) expect(store.get(`old-${i}`)?.value).toBe(`[${i}]`);
    for (let i = 0; i < 500; i++) expect(store.get(`absent-${i}`)).toBeUndefined();
    expect(store.skippedReads).toBeGreaterThan(480); // about 1% false positives may still read
    store.announce?.('new');
    await store.putMany({ keys: ['new'], nodeTypes: ['t'], values: ['[1]'] });
    await nextTurn();
    expect(store.get('new')?.value).toBe('[1]');
    await store.close?.();
  });

  it('learns within its refresh interval the keys another process wrote', async () => {
    const store = sqliteCacheStore(temp.db.sqlite, undefined, { filterRefreshMs: 20 });
    await store.filterReady();
    expect(store.get('theirs')).toBeUndefined();
    temp.db.cache.put('theirs', 't', '[7]'); // the shared connection stands for another process
    await vi.waitFor(() => expect(store.get('theirs')?.value).toBe('[7]'), { timeout: 2000, interval: 10 });
    await store.close?.();
  });
});
