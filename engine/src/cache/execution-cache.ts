import { batchEntries, emptyBatch, type CacheStore, type CacheStoreBatch, type CacheStoreEntry } from './cache-store';
import { deepFreeze } from './deep-freeze';
import { MemoryTier, type MemoryEntry } from './memory-tier';

/** Sizes and timings of the execution cache. */
export interface ExecutionCacheOptions {
  /** Memory tier cap, in bytes of the entries' JSON text (UTF-16, so two per character). */
  maxMemoryBytes?: number;
  /**
   * ...and in entries: each insert into a map of millions misses the CPU's
   * caches several times over, so a fan-out of cheap items pays per entry held.
   */
  maxMemoryEntries?: number;
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

/**
 * The execution cache: a memory tier bounded in bytes and entries (see
 * MemoryTier) in front of a persistent store. The memory tier keeps parsed,
 * frozen records, so a hit costs a Map lookup and no JSON.parse. Writes and
 * use marks are buffered and committed in batches, because one SQLite commit
 * per item costs more than running a cheap node.
 */
export class ExecutionCache {
  private readonly memory: MemoryTier;
  private readonly flushIntervalMs: number;
  private readonly maxBatch: number;
  private readonly touchAfterMs: number;
  private readonly onError: (error: unknown, lost: readonly CacheStoreEntry[]) => void;
  private readonly now: () => number;
  private pending: CacheStoreBatch = emptyBatch();
  /**
   * Buffered or in-flight writes the memory tier did not take (too big for
   * it), by key: still readable from here until committed. Everything else is
   * read from the memory tier, so a miss costs no probe here while it is empty.
   */
  private readonly unheld = new Map<string, string>();
  /** The unheld keys of the buffered batch, to forget once it is committed. */
  private pendingUnheld: string[] = [];
  private readonly settling = new Set<Promise<void>>();
  private touches: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly counters = { memoryHits: 0, storeHits: 0, misses: 0, writes: 0 };

  constructor(
    private readonly store: CacheStore | undefined,
    options: ExecutionCacheOptions = {},
  ) {
    this.memory = new MemoryTier(options.maxMemoryBytes ?? 64 * 1024 * 1024, options.maxMemoryEntries ?? 65_536);
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
    // Every key either tier holds went through the store, so a key it has never seen
    // is a miss for one filter probe, not a probe of a map of perhaps a million entries.
    if (this.store?.mightHave?.(key) === false) {
      this.counters.misses += 1;
      return undefined;
    }
    const hot = this.memory.get(key);
    if (hot !== undefined) {
      this.counters.memoryHits += 1;
      this.markUsed(key, hot);
      return hot.records;
    }
    const waiting = this.unheld.size > 0 ? this.unheld.get(key) : undefined;
    const stored = waiting !== undefined ? { value: waiting, lastUsedAt: this.now() } : this.store?.get(key);
    if (stored === undefined) {
      this.counters.misses += 1;
      return undefined;
    }
    this.counters.storeHits += 1;
    const entry: MemoryEntry = { records: deepFreeze(JSON.parse(stored.value) as unknown[]), bytes: stored.value.length * 2, usedAt: stored.lastUsedAt };
    this.memory.set(key, entry);
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
    this.store?.announce?.(key);
    const held = this.memory.set(key, { records: deepFreeze(records), bytes: value.length * 2, usedAt: this.now() });
    this.counters.writes += 1;
    if (!this.store) return;
    this.pending.keys.push(key);
    this.pending.nodeTypes.push(nodeType);
    this.pending.values.push(value);
    if (!held) {
      this.unheld.set(key, value);
      this.pendingUnheld.push(key);
    }
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
    if (this.pending.keys.length > 0) {
      const batch = this.pending;
      const unheld = this.pendingUnheld;
      this.pending = emptyBatch();
      this.pendingUnheld = [];
      this.track(this.store.putMany(batch), batch, unheld);
    }
    if (this.touches.length > 0) {
      const keys = this.touches;
      this.touches = [];
      this.track(this.store.touchMany(keys, this.now()), undefined, []);
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
    return { ...this.counters, memoryBytes: this.memory.bytes };
  }

  /** Empties the memory tier (the store is untouched): for cold-cache measurements. */
  clearMemory(): void {
    this.memory.clear();
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
    if (this.pending.keys.length + this.touches.length >= this.maxBatch) this.flush();
    else this.timer ??= setTimeout(() => this.flushFromTimer(), this.flushIntervalMs).unref();
  }

  private track(written: void | Promise<void>, batch: CacheStoreBatch | undefined, unheld: readonly string[]): void {
    if (!(written instanceof Promise)) {
      this.forget(unheld, batch);
      return;
    }
    // An entry evicted from memory before its commit lands reads as a miss: the item runs again.
    const settled = written
      .then(
        () => {},
        (error: unknown) => this.onError(error, batch ? batchEntries(batch) : []),
      )
      .finally(() => {
        this.forget(unheld, batch);
        this.settling.delete(settled);
      });
    this.settling.add(settled);
  }

  // Committed (or lost): unheld entries are read from the store from now on.
  private forget(unheld: readonly string[], batch: CacheStoreBatch | undefined): void {
    if (unheld.length === 0 || !batch) return;
    const committed = new Map<string, string>();
    for (let i = 0; i < batch.keys.length; i++) committed.set(batch.keys[i]!, batch.values[i]!);
    // A later batch may have replaced an entry under the same key: leave that one.
    for (const key of unheld) if (this.unheld.get(key) === committed.get(key)) this.unheld.delete(key);
  }

  // A throw inside a timer would take the process down; report instead.
  private flushFromTimer(): void {
    const batch = batchEntries(this.pending);
    try {
      this.flush();
    } catch (error) {
      this.onError(error, batch);
    }
  }
}
