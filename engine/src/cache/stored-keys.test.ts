import { describe, expect, it } from 'vitest';
import type { CacheWriter } from './cache-writer';
import { KeyFilter } from './key-filter';
import { storedKeys, type StoredKeys } from './stored-keys';

// A writer whose table holds no keys; it builds the smallest filter for the first load and the size asked for later.
function fakeWriter(asked: number[]): CacheWriter {
  const writer = {
    broken: false,
    loadFilter: (minKeys = 0) => {
      asked.push(minKeys);
      return Promise.resolve(KeyFilter.forKeys(Math.max(1000, minKeys === 500_000 ? 1000 : minKeys)));
    },
    keysSince: () => Promise.resolve([]),
  };
  return writer as unknown as CacheWriter;
}

const keyRange = (from: number, count: number) => Array.from({ length: count }, (_, i) => `key-${from + i}`);

// As the SQLite store does: each key announced as it is written, then the batch sent.
function send(keys: StoredKeys, batch: string[]): void {
  for (const key of batch) keys.add(key);
  keys.sent(batch);
}

describe('storedKeys', () => {
  it('asks for a first filter with room for a long fan-out', async () => {
    const asked: number[] = [];
    const keys = storedKeys(fakeWriter(asked), 60_000);
    await keys.ready;
    keys.stop();
    expect(asked).toEqual([500_000]);
  });

  it('rebuilds a filter its own writes have filled at once, larger, and keeps every written key', async () => {
    const asked: number[] = [];
    const keys = storedKeys(fakeWriter(asked), 60_000);
    await keys.ready;
    const first = KeyFilter.forKeys(1000).capacity;
    send(keys, keyRange(0, Math.floor(first * 0.5)));
    expect(asked).toHaveLength(1);
    send(keys, keyRange(100_000, Math.ceil(first * 0.3)));
    expect(asked).toHaveLength(2);
    expect(asked[1]).toBeGreaterThan(3 * first);
    send(keys, keyRange(200_000, 10)); // written while the rebuild is under way
    await new Promise((resolve) => setImmediate(resolve));
    keys.stop();
    for (const key of ['key-200000', 'key-200009']) expect(keys.mightHave(key)).toBe(true);
    let falsePositives = 0;
    for (let i = 0; i < 10_000; i++) if (keys.mightHave(`absent-${i}`)) falsePositives += 1;
    expect(falsePositives).toBeLessThan(100);
  });
});
