/** One entry written to the persistent cache. */
export interface CacheStoreEntry {
  key: string;
  nodeType: string;
  /** The JSON of an execution's output records (an array). */
  value: string;
}

/** An entry read from the persistent cache. */
export interface CacheStoreHit {
  /** The JSON of the output records. */
  value: string;
  /** When it was last written or marked used (ms since the epoch), so readers touch it only when stale. */
  lastUsedAt: number;
}

/** The persistent tier behind the execution cache (SQLite in production). */
export interface CacheStore {
  /** The entry stored under `key`, or undefined; reading does not count as a use. */
  get(key: string): CacheStoreHit | undefined;
  /** Writes every entry in one transaction; a promise when the write completes later (on another thread). */
  putMany(entries: CacheStoreEntry[]): void | Promise<void>;
  /** Marks entries as used at `now` in one transaction, for size-capped LRU eviction; unknown keys are ignored. */
  touchMany(keys: string[], now: number): void | Promise<void>;
  /** Waits for outstanding writes and releases what the store holds open (connections, threads). */
  close?(): void | Promise<void>;
}
