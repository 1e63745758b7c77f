import type { CacheStore, CacheStoreEntry } from '../cache/cache-store';

/** A CacheStore in a Map, counting its calls: the persistent tier for tests. */
export class MemoryCacheStore implements CacheStore {
  readonly entries = new Map<string, CacheStoreEntry>();
  gets = 0;
  batches = 0;

  get(key: string): string | undefined {
    this.gets += 1;
    return this.entries.get(key)?.value;
  }

  putMany(entries: CacheStoreEntry[]): void {
    this.batches += 1;
    for (const entry of entries) this.entries.set(entry.key, entry);
  }
}
