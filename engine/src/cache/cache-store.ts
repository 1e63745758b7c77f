/** One entry written to the persistent cache. */
export interface CacheStoreEntry {
  key: string;
  nodeType: string;
  /** The JSON of an execution's output records (an array). */
  value: string;
}

/** The persistent tier behind the execution cache (SQLite in production). */
export interface CacheStore {
  /** The JSON stored under `key`, or undefined. */
  get(key: string): string | undefined;
  /** Writes every entry in one transaction. */
  putMany(entries: CacheStoreEntry[]): void;
}
