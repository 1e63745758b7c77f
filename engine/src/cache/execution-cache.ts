import type { CacheStore, CacheStoreEntry } from './cache-store';
import { deepFreeze } from './deep-freeze';

/** Sizes and timings of the execution cache. */
export interface ExecutionCacheOptions {
  /** Memory tier cap, in bytes of the entries' JSON text (UTF-16, so two per character). */
  maxMemoryBytes?: number;
  /** Buffered writes are flushed at most this long after the first waits. */
  flushIntervalMs?: number;
  /** ...or as soon as this many wait. */
  maxBatch?: number;
  /** A hit marks its entry used on disk only when the last mark is older than this (LRU eviction needs no finer clock). */
  touchAfterMs?: number;
  /** Receives failures of timer flushes; explicit `flush()` calls throw instead. */
  onError?: (error: unknown, lost: readonly CacheStoreEntry[]) => void;
  /** The clock, for tests. */
  now?: () => number;
}

/** Hit and write counters, for benches and logs. */
export interface ExecutionCacheStats {
  memoryHits: number;
  storeHits: number;
  misses: number;
  writes: number;
  memoryBytes: number;
}

interface MemoryEntry {
  /** Deep-frozen: every hit gets these very objects. */
  records: readonly unknown[];
  bytes: number;
  /** When the store last saw this entry used (ms), as far as this process knows. */
  usedAt: number;
}

/**
 * The execution cache: a memory LRU bounded by bytes in front of a persistent
 * store. The memory tier keeps parsed, frozen records, so a hit costs a Map
 * lookup and no JSON.parse. Writes and use marks are buffered and committed
 * in batches, because one SQLite commit per item costs more than running a
 * cheap node.
 */
export class ExecutionCache {
  private readonly memory = new Map<string, MemoryEntry>();
  private readonly maxMemoryBytes: number;
  private readonly flushIntervalMs: number;
  private readonly maxBatch: number;
  private readonly touchAfterMs: number;
  private readonly onError: (error: unknown, lost: readonly CacheStoreEntry[]) => void;
  private readonly now: () => number;
  private pending = new Map<string, CacheStoreEntry>();
  /**
   * Entries handed to a store that writes them later: still readable from here
   * until committed. One map however many batches are in flight, so a lookup
   * stays one probe when the writer falls behind.
   */
  private readonly writing = new Map<string, CacheStoreEntry>();
  private readonly settling = new Set<Promise<void>>();
  private touches: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly counters = { memoryHits: 0, storeHits: 0, misses: 0, writes: 0 };
  private memoryBytes = 0;

  constructor(
    private readonly store: CacheStore | undefined,
    options: ExecutionCacheOptions = {},
  ) {
    this.maxMemoryBytes = options.maxMemoryBytes ?? 64 * 1024 * 1024;
    // Large batches: with random keys each row dirties its own index page, and
    // a transaction writes each dirty page once, so rows per commit matter most.
    this.flushIntervalMs = options.flushIntervalMs ?? 200;
    this.maxBatch = options.maxBatch ?? 4096;
    this.touchAfterMs = options.touchAfterMs ?? 10 * 60_000;
    this.onError = options.onError ?? ((error, lost) => console.error(`execution cache: lost ${lost.length} writes`, error));
    this.now = options.now ?? Date.now;
  }

  /**
   * The output records stored under `key`, or undefined. They are deep-frozen
   * and shared by every hit: values on the wires are immutable.
   */
  get(key: string): readonly unknown[] | undefined {
    const hot = this.memory.get(key);
    if (hot !== undefined) {
      // Re-inserting moves the key to the young end of the Map's order.
      this.memory.delete(key);
      this.memory.set(key, hot);
      this.counters.memoryHits += 1;
      this.markUsed(key, hot);
      return hot.records;
    }
    const waiting = this.pending.get(key) ?? this.writing.get(key);
    const stored = waiting ? { value: waiting.value, lastUsedAt: this.now() } : this.store?.get(key);
    if (stored === undefined) {
      this.counters.misses += 1;
      return undefined;
    }
    this.counters.storeHits += 1;
    const entry = this.remember(key, deepFreeze(JSON.parse(stored.value) as unknown[]), stored.value.length * 2, stored.lastUsedAt);
    this.markUsed(key, entry);
    return entry.records;
  }

  /**
   * Stores an execution's output records under its key, in memory now and on
   * disk at the next flush. The records are deep-frozen here: they become the
   * cached value, so the caller must not change them afterwards.
   */
  put(key: string, nodeType: string, records: readonly unknown[]): void {
    const value = JSON.stringify(records);
    this.remember(key, deepFreeze(records), value.length * 2, this.now());
    this.counters.writes += 1;
    if (!this.store) return;
    this.pending.set(key, { key, nodeType, value });
    this.scheduleFlush();
  }

  /**
   * Hands every buffered entry (and use mark) to the store, each kind in one
   * transaction. A synchronous store throws its failure here; a store that
   * writes on another thread reports it to `onError` (see `drain`).
   */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.store) return;
    if (this.pending.size > 0) {
      const batch = this.pending;
      this.pending = new Map();
      this.track(this.store.putMany([...batch.values()]), batch);
    }
    if (this.touches.length > 0) {
      const keys = this.touches;
      this.touches = [];
      this.track(this.store.touchMany(keys, this.now()), undefined);
    }
  }

  /** Flushes, then waits until the store has committed every write handed to it. */
  async drain(): Promise<void> {
    this.flush();
    while (this.settling.size > 0) await Promise.allSettled(this.settling);
  }

  /** Drains, then releases the store's connections and threads; call once when the cache is no longer used. */
  async close(): Promise<void> {
    try {
      await this.drain();
    } finally {
      await this.store?.close?.();
    }
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

  private markUsed(key: string, entry: MemoryEntry): void {
    if (!this.store) return;
    const now = this.now();
    if (now - entry.usedAt < this.touchAfterMs) return;
    entry.usedAt = now;
    this.touches.push(key);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.pending.size + this.touches.length >= this.maxBatch) this.flush();
    else this.timer ??= setTimeout(() => this.flushFromTimer(), this.flushIntervalMs).unref();
  }

  private remember(key: string, records: readonly unknown[], bytes: number, usedAt: number): MemoryEntry {
    const entry: MemoryEntry = { records, bytes, usedAt };
    const old = this.memory.get(key);
    if (old !== undefined) {
      this.memory.delete(key);
      this.memoryBytes -= old.bytes;
    }
    if (bytes > this.maxMemoryBytes / 4) return entry; // one huge entry must not flush everything else
    this.memory.set(key, entry);
    this.memoryBytes += bytes;
    if (this.memoryBytes <= this.maxMemoryBytes) return entry;
    for (const [oldest, evicted] of this.memory) {
      if (this.memoryBytes <= this.maxMemoryBytes) break;
      this.memory.delete(oldest);
      this.memoryBytes -= evicted.bytes;
    }
    return entry;
  }

  private track(written: void | Promise<void>, batch: Map<string, CacheStoreEntry> | undefined): void {
    if (!(written instanceof Promise)) return;
    // Only what the memory tier does not hold needs to stay readable here. An entry
    // evicted from memory before its commit lands reads as a miss: the item runs again.
    const unheld: Array<[string, CacheStoreEntry]> = [];
    if (batch) for (const pair of batch) if (!this.memory.has(pair[0])) unheld.push(pair);
    for (const [key, entry] of unheld) this.writing.set(key, entry);
    const settled = written
      .then(
        () => {},
        (error: unknown) => this.onError(error, batch ? [...batch.values()] : []),
      )
      .finally(() => {
        // A later batch may have replaced an entry under the same key: leave that one.
        for (const [key, entry] of unheld) if (this.writing.get(key) === entry) this.writing.delete(key);
        this.settling.delete(settled);
      });
    this.settling.add(settled);
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
