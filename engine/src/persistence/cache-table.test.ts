import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempDatabase, type TempDatabase } from './test-support/temp-database';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(() => temp.dispose());

describe('CacheTable', () => {
  it('reads just the value and last use of an entry, and marks many entries used at once', () => {
    const { cache } = temp.db;
    cache.put('a', 't', '[1]', 10);
    cache.put('b', 't', '[2]', 10);
    expect(cache.getValue('a')).toEqual({ value: '[1]', lastUsedAt: 10 });
    expect(cache.getValue('missing')).toBeUndefined();
    expect(cache.touchMany(['a', 'missing', 'b'], 99)).toBe(2);
    expect(cache.get('b')).toMatchObject({ lastUsedAt: 99, createdAt: 10 });
  });

  it('stores a value and returns it with its UTF-8 size', () => {
    const { cache } = temp.db;
    expect(cache.put('k1', 'image.resize', '{"w":"é"}', 10)).toBe(10);
    expect(cache.get('k1')).toEqual({ key: 'k1', nodeType: 'image.resize', value: '{"w":"é"}', sizeBytes: 10, createdAt: 10, lastUsedAt: 10 });
    expect(cache.get('missing')).toBeUndefined();
  });

  it('replaces a value under the same key but keeps its creation time', () => {
    const { cache } = temp.db;
    cache.put('k', 't', '"a"', 1);
    cache.put('k', 't', '"bbbb"', 5);
    expect(cache.get('k')).toMatchObject({ value: '"bbbb"', sizeBytes: 6, createdAt: 1, lastUsedAt: 5 });
    expect(cache.count()).toBe(1);
  });

  it('sums sizes and evicts least recently used entries until under the cap', () => {
    const { cache } = temp.db;
    const value = 'x'.repeat(100);
    for (let i = 0; i < 10; i++) cache.put(`k${i}`, 't', value, 1000 + i);
    cache.touch('k0', 5000); // k0 is now the most recent
    expect(cache.totalSize()).toBe(1000);
    expect(cache.evictTo(450)).toEqual({ evicted: 6, freedBytes: 600 });
    expect(cache.totalSize()).toBe(400);
    const left = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'].filter((k) => cache.get(k));
    expect(left).toEqual(['k0', 'k7', 'k8', 'k9']);
  });

  it('evicts nothing when already under the cap, and everything for a cap of zero', () => {
    const { cache } = temp.db;
    cache.put('a', 't', '1234', 1);
    cache.put('b', 't', '5678', 2);
    expect(cache.evictTo(8)).toEqual({ evicted: 0, freedBytes: 0 });
    expect(cache.evictTo(0)).toEqual({ evicted: 2, freedBytes: 8 });
    expect(cache.count()).toBe(0);
  });

  it('reports whether touch and delete found the entry', () => {
    const { cache } = temp.db;
    cache.put('a', 't', '1', 1);
    expect(cache.touch('a', 2)).toBe(true);
    expect(cache.touch('zz', 2)).toBe(false);
    expect(cache.delete('a')).toBe(true);
    expect(cache.delete('a')).toBe(false);
  });

  it('survives closing and reopening the database', async () => {
    temp.db.cache.put('persist', 'generate.local', '{"ok":true}');
    const { openDatabase } = await import('./open-database');
    await temp.db.close();
    const again = await openDatabase({ dataDir: temp.dataDir });
    try {
      expect(again.cache.get('persist')?.value).toBe('{"ok":true}');
    } finally {
      await again.close();
    }
  });
});
