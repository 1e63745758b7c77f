import { batchEntries, type CacheStore, type CacheStoreBatch, type CacheStoreEntry, type CacheStoreHit } from '../cache/cache-store';

/** A CacheStore in a Map, counting its calls: the persistent tier for tests. */
export class MemoryCacheStore implements CacheStore {
  readonly entries = new Map<string, CacheStoreEntry>();
  /** When each key was last written or touched. */
  readonly lastUsed = new Map<string, number>();
  gets = 0;
  batches = 0;
  touches = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): CacheStoreHit | undefined {
    this.gets += 1;
    const entry = this.entries.get(key);
    return entry && { value: entry.value, lastUsedAt: this.lastUsed.get(key) ?? 0 };
  }

  putMany(batch: CacheStoreBatch): void {
    this.batches += 1;
    const now = this.now();
    for (const entry of batchEntries(batch)) {
      this.entries.set(entry.key, entry);
      this.lastUsed.set(entry.key, now);
    }
  }

  touchMany(keys: string[], now: number): void {
    for (const key of keys) {
      if (!this.entries.has(key)) continue;
      this.touches += 1;
      this.lastUsed.set(key, now);
    }
  }
}
