import type { Statement } from 'better-sqlite3';
import type { SqliteConnection } from './sqlite-connection';

/** One row of the on-disk cache. */
export interface CacheRow {
  key: string;
  nodeType: string;
  /** The node's outputs as JSON. */
  value: string;
  sizeBytes: number;
  createdAt: number;
  lastUsedAt: number;
}

/** What one eviction pass removed. */
export interface EvictionResult {
  evicted: number;
  freedBytes: number;
}

/**
 * The persistent tier of the execution cache, on prepared statements of the raw
 * connection (the scheduler hits it once per item, so it skips TypeORM).
 */
export class CacheTable {
  private readonly selectOne: Statement<[string], CacheRow>;
  private readonly upsert: Statement<[string, string, string, number, number, number]>;
  private readonly touchOne: Statement<[number, string]>;
  private readonly deleteOne: Statement<[string]>;
  private readonly sumSizes: Statement<[], { total: number | null; count: number }>;
  private readonly deleteBeyond: Statement<[number]>;
  private readonly selectValue: Statement<[string], { value: string; lastUsedAt: number }>;

  constructor(private readonly db: SqliteConnection) {
    this.selectOne = db.prepare('SELECT * FROM cache_entry WHERE key = ?');
    this.upsert = db.prepare(`INSERT INTO cache_entry (key, nodeType, value, sizeBytes, createdAt, lastUsedAt) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET nodeType = excluded.nodeType, value = excluded.value, sizeBytes = excluded.sizeBytes,
      lastUsedAt = excluded.lastUsedAt`);
    this.touchOne = db.prepare('UPDATE cache_entry SET lastUsedAt = ? WHERE key = ?');
    this.deleteOne = db.prepare('DELETE FROM cache_entry WHERE key = ?');
    this.sumSizes = db.prepare('SELECT SUM(sizeBytes) AS total, COUNT(*) AS count FROM cache_entry');
    // Keeps the most recently used entries whose running total fits the cap: the
    // same set that deleting oldest-first until under the cap would leave.
    this.deleteBeyond = db.prepare(`DELETE FROM cache_entry WHERE key IN (
      SELECT key FROM (SELECT key, SUM(sizeBytes) OVER (ORDER BY lastUsedAt DESC, key DESC) AS running FROM cache_entry)
      WHERE running > ?)`);
    this.selectValue = db.prepare('SELECT value, lastUsedAt FROM cache_entry WHERE key = ?');
  }

  /** Just the value and last use of the entry under `key`: the cheapest read, for the scheduler's per-item lookups. */
  getValue(key: string): { value: string; lastUsedAt: number } | undefined {
    return this.selectValue.get(key);
  }

  /** The entry under `key`, or undefined; does not count as a use (call `touch` on a hit). */
  get(key: string): CacheRow | undefined {
    return this.selectOne.get(key);
  }

  /** Stores or replaces an entry and returns its size in bytes. */
  put(key: string, nodeType: string, valueJson: string, now: number = Date.now()): number {
    const sizeBytes = Buffer.byteLength(valueJson, 'utf8');
    this.upsert.run(key, nodeType, valueJson, sizeBytes, now, now);
    return sizeBytes;
  }

  /** Marks an entry as just used; false when it does not exist. */
  touch(key: string, now: number = Date.now()): boolean {
    return this.touchOne.run(now, key).changes > 0;
  }

  /** Marks many entries as just used in one transaction; returns how many existed. */
  touchMany(keys: readonly string[], now: number = Date.now()): number {
    return this.db.transaction(() => {
      let changed = 0;
      for (const key of keys) changed += this.touchOne.run(now, key).changes;
      return changed;
    })();
  }

  /** Removes one entry; false when it did not exist. */
  delete(key: string): boolean {
    return this.deleteOne.run(key).changes > 0;
  }

  /** The sum of every entry's size in bytes (a scan: call it per eviction, not per item). */
  totalSize(): number {
    return this.sumSizes.get()?.total ?? 0;
  }

  /** The number of entries. */
  count(): number {
    return this.sumSizes.get()?.count ?? 0;
  }

  /** Removes least recently used entries until the total size is at most `maxBytes`. */
  evictTo(maxBytes: number): EvictionResult {
    return this.db.transaction((): EvictionResult => {
      const before = this.totalSize();
      if (before <= maxBytes) return { evicted: 0, freedBytes: 0 };
      const evicted = this.deleteBeyond.run(Math.max(0, maxBytes)).changes;
      return { evicted, freedBytes: before - this.totalSize() };
    }).immediate();
  }

  /** Removes every entry. */
  clear(): void {
    this.db.prepare('DELETE FROM cache_entry').run();
  }
}
