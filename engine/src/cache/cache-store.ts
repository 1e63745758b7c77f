/** One entry written to the persistent cache. */
export interface CacheStoreEntry {
  key: string;
  nodeType: string;
  /** The JSON of an execution's output records (an array). */
  value: string;
}

/**
 * Entries to write, as parallel columns: the cache appends to them with no
 * object per entry, and they cross to a writer thread as three arrays of strings.
 */
export interface CacheStoreBatch {
  keys: string[];
  nodeTypes: string[];
  /** The JSON of each execution's output records. */
  values: string[];
}

/** An empty batch to append to. */
export function emptyBatch(): CacheStoreBatch {
  return { keys: [], nodeTypes: [], values: [] };
}

/** The batch as entries, for reports of lost writes. */
export function batchEntries(batch: CacheStoreBatch): CacheStoreEntry[] {
  return batch.keys.map((key, i) => ({ key, nodeType: batch.nodeTypes[i]!, value: batch.values[i]! }));
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
  /**
   * A pre-check that spares a miss every lookup: false only for a key that is
   * certainly neither stored nor announced. The cache asks it before its own
   * memory tier, whose every key was stored or announced.
   */
  mightHave?(key: string): boolean;
  /**
   * Announces a key of a coming `putMany`, so `mightHave` is true for it from
   * now on. A store with `mightHave` must be told every key this way.
   */
  announce?(key: string): void;
  /**
   * Writes every entry in one transaction (a later one under the same key
   * wins); a promise when the write completes later (on another thread).
   */
  putMany(batch: CacheStoreBatch): void | Promise<void>;
  /** Marks entries as used at `now` in one transaction, for size-capped LRU eviction; unknown keys are ignored. */
  touchMany(keys: string[], now: number): void | Promise<void>;
  /** Waits for outstanding writes and releases what the store holds open (connections, threads). */
  close?(): void | Promise<void>;
}
