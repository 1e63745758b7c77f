import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDatabase, type TempDatabase } from '../persistence/test-support/temp-database';
import { ExecutionCache } from './execution-cache';
import { sqliteCacheStore } from './sqlite-cache-store';

describe('sqliteCacheStore with ExecutionCache', () => {
  let temp: TempDatabase;
  beforeEach(async () => {
    temp = await openTempDatabase();
  });
  afterEach(async () => {
    await temp.dispose();
  });

  it('writes a batch in one transaction and reads it back after a restart of the cache', () => {
    const cache = new ExecutionCache(sqliteCacheStore(temp.db.sqlite), { flushIntervalMs: 10_000 });
    for (let i = 0; i < 1000; i++) cache.put(`key-${i}`, 'test.noop', [{ text: `v${i}` }]);
    cache.flush();
    expect(temp.db.cache.count()).toBe(1000);
    expect(temp.db.cache.get('key-7')).toMatchObject({ nodeType: 'test.noop', value: '[{"text":"v7"}]' });
    const cold = new ExecutionCache(sqliteCacheStore(temp.db.sqlite));
    expect(cold.get('key-999')).toEqual([{ text: 'v999' }]);
    expect(cold.get('key-1000')).toBeUndefined();
  });
});
