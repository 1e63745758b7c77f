import type { CacheStore, CacheStoreEntry } from './cache-store';

/** Sizes and timings of the execution cache. */
export interface ExecutionCacheOptions {
  /** Memory tier cap, in bytes of JSON text (UTF-16, so two per character). */
  maxMemoryBytes?: number;
  /** Buffered writes are flushed at most this long after the first waits. */
  flushIntervalMs?: number;
  /** ...or as soon as this many wait. */
  maxBatch?: number;
  /** Receives failures of timer flushes; explicit `flush()` calls throw instead. */
  onError?: (error: unknown, lost: readonly CacheStoreEntry[]) => void;
}

/** Hit and write counters, for benches and logs. */
export interface ExecutionCacheStats {
  memoryHits: number;
  storeHits: number;
  misses: number;
  writes: number;
  memoryBytes: number;
}

/**
 * The execution cache: a memory LRU bounded by bytes in front of a persistent
 * store. Writes are buffered and committed in batches, because one SQLite
 * commit per item costs more than running a cheap node.
 */
export class ExecutionCache {
  private readonly memory = new Map<string, string>();
  private readonly maxMemoryBytes: number;
  private readonly flushIntervalMs: number;
  private readonly maxBatch: number;
  private readonly onError: (error: unknown, lost: readonly CacheStoreEntry[]) => void;
  private pending = new Map<string, CacheStoreEntry>();
  private timer: NodeJS.Timeout | undefined;
  private readonly counters = { memoryHits: 0, storeHits: 0, misses: 0, writes: 0 };
  private memoryBytes = 0;

  constructor(
    private readonly store: CacheStore | undefined,
    options: ExecutionCacheOptions = {},
  ) {
    this.maxMemoryBytes = options.maxMemoryBytes ?? 64 * 1024 * 1024;
    this.flushIntervalMs = options.flushIntervalMs ?? 50;
    this.maxBatch = options.maxBatch ?? 500;
    this.onError = options.onError ?? ((error, lost) => console.error(`execution cache: lost ${lost.length} writes`, error));
  }

  /** The output records stored under `key` (a fresh copy), or undefined. */
  get(key: string): unknown[] | undefined {
    const json = this.getJson(key);
    return json === undefined ? undefined : (JSON.parse(json) as unknown[]);
  }

  /** Stores an execution's output records under its key, in memory now and on disk at the next flush. */
  put(key: string, nodeType: string, records: readonly unknown[]): void {
    const value = JSON.stringify(records);
    this.remember(key, value);
    this.counters.writes += 1;
    if (!this.store) return;
    this.pending.set(key, { key, nodeType, value });
    if (this.pending.size >= this.maxBatch) this.flush();
    else this.timer ??= setTimeout(() => this.flushFromTimer(), this.flushIntervalMs).unref();
  }

  /** Writes every buffered entry to the store in one transaction. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0 || !this.store) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.store.putMany(batch);
  }

  /** Counters since creation. */
  stats(): ExecutionCacheStats {
    return { ...this.counters, memoryBytes: this.memoryBytes };
  }

  /** Empties the memory tier (the store is untouched): for cold-cache measurements. */
  clearMemory(): void {
    this.memory.clear();
    this.memoryBytes = 0;
  }

  private getJson(key: string): string | undefined {
    const hot = this.memory.get(key);
    if (hot !== undefined) {
      // Re-inserting moves the key to the young end of the Map's order.
      this.memory.delete(key);
      this.memory.set(key, hot);
      this.counters.memoryHits += 1;
      return hot;
    }
    const waiting = this.pending.get(key)?.value;
    const stored = waiting ?? this.store?.get(key);
    if (stored === undefined) {
      this.counters.misses += 1;
      return undefined;
    }
    this.counters.storeHits += 1;
    this.remember(key, stored);
    return stored;
  }

  private remember(key: string, value: string): void {
    const size = value.length * 2;
    const old = this.memory.get(key);
    if (old !== undefined) {
      this.memory.delete(key);
      this.memoryBytes -= old.length * 2;
    }
    if (size > this.maxMemoryBytes / 4) return; // one huge entry must not flush everything else
    this.memory.set(key, value);
    this.memoryBytes += size;
    for (const [oldest, text] of this.memory) {
      if (this.memoryBytes <= this.maxMemoryBytes) break;
      this.memory.delete(oldest);
      this.memoryBytes -= text.length * 2;
    }
  }

  // A throw inside a timer would take the process down; report instead.
  private flushFromTimer(): void {
    const batch = [...this.pending.values()];
    try {
      this.flush();
    } catch (error) {
      this.onError(error, batch);
    }
  }
}
