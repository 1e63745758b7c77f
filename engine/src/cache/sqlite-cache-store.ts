import BetterSqlite3 from 'better-sqlite3';
import { CacheTable } from '../persistence/cache-table';
import type { SqliteConnection } from '../persistence/sqlite-connection';
import type { CacheStore, CacheStoreBatch } from './cache-store';
import { CacheWriter } from './cache-writer';
import { storedKeys } from './stored-keys';

const READS_PER_SNAPSHOT = 512;
/** How often the key filter learns keys other processes wrote: a shorter staleness window costs a range scan per tick. */
const FILTER_REFRESH_MS = 3000;

/** The SQLite cache tier, with what it saved. */
export interface SqliteCacheStore extends CacheStore {
  /** Lookups answered "absent" by the key filter without touching SQLite. */
  readonly skippedReads: number;
  /** Resolves once the key filter is loaded (or failed to load: then every lookup reads). */
  filterReady(): Promise<void>;
}

/** How the SQLite cache tier reads and writes. */
export interface SqliteCacheStoreOptions {
  /**
   * Read through a second, read-only connection whose read transaction spans
   * every lookup of one event-loop turn (default true for file databases).
   */
  batchReads?: boolean;
  /** Commit writes on a thread with its own connection (default true for file databases). */
  writeInThread?: boolean;
  /** Keep a filter of stored keys to skip lookups that must miss (default true with the writer thread). */
  keyFilter?: boolean;
  /** How often the filter learns keys other processes wrote (default 3000 ms). */
  filterRefreshMs?: number;
}

/**
 * The persistent cache tier on the database's cache table: one prepared
 * statement per read, one transaction per batch of writes.
 *
 * In WAL mode each statement outside a transaction opens and closes a read
 * transaction of its own, which costs several times the B-tree lookup. The
 * scheduler looks up one key per item, so reads go through a read-only
 * connection of the store's own, in one read transaction per event-loop turn
 * (or per 512 reads, whichever ends first).
 * It must not be the shared connection: a transaction left open there would
 * swallow everyone else's writes. A turn's snapshot may miss an entry
 * written during that turn; a miss only re-runs the node.
 *
 * Writes with random keys dirty a page each and cost more than a cheap node's
 * run, so a thread commits them (see CacheWriter); if it dies, writes fall
 * back to the shared connection.
 *
 * On a first run almost every lookup misses, so the store keeps a Bloom filter
 * of the stored keys (built on the writer thread, fed with every key written
 * here, refreshed every few seconds with keys other processes wrote) and skips
 * SQLite for keys that cannot be there. An entry another process wrote in the
 * last few seconds may look absent: that item runs again, which is always safe.
 */
export function sqliteCacheStore(
  db: SqliteConnection,
  table: CacheTable = new CacheTable(db),
  options: SqliteCacheStoreOptions = {},
): SqliteCacheStore {
  const writeHere = db.transaction((batch: CacheStoreBatch, now: number) => {
    for (let i = 0; i < batch.keys.length; i++) table.put(batch.keys[i]!, batch.nodeTypes[i]!, batch.values[i]!, now);
  });
  const busyTimeoutMs = Number(db.pragma('busy_timeout', { simple: true })) || 5000;
  const reader = (options.batchReads ?? true) && !db.memory ? new BetterSqlite3(db.name, { readonly: true, fileMustExist: true }) : undefined;
  reader?.pragma(`busy_timeout = ${busyTimeoutMs}`);
  reader?.pragma('mmap_size = 268435456');
  const writer = (options.writeInThread ?? true) && !db.memory ? new CacheWriter({ file: db.name, busyTimeoutMs }) : undefined;
  const readTable = reader ? new CacheTable(reader) : table;
  const keys = writer && (options.keyFilter ?? true) ? storedKeys(writer, options.filterRefreshMs ?? FILTER_REFRESH_MS) : undefined;
  let skippedReads = 0;
  let turnEnds: NodeJS.Immediate | undefined;
  let readsInTurn = 0;
  const endTurn = () => {
    if (turnEnds) clearImmediate(turnEnds);
    turnEnds = undefined;
    if (reader?.inTransaction) reader.exec('COMMIT');
  };
  const mightHave = (key: string): boolean => {
    if (!keys || keys.mightHave(key)) return true;
    skippedReads += 1;
    return false;
  };
  return {
    get skippedReads() {
      return skippedReads;
    },
    filterReady: () => keys?.ready ?? Promise.resolve(),
    mightHave,
    announce: (key) => keys?.add(key),
    get: (key) => {
      if (!mightHave(key)) return undefined;
      if (reader) {
        // A long turn (a whole synchronous fan-out) gets a fresh snapshot now and then: an old
        // one holds back checkpoints, and every read then searches a growing WAL.
        if (readsInTurn >= READS_PER_SNAPSHOT) endTurn();
        if (!reader.inTransaction) {
          reader.exec('BEGIN');
          readsInTurn = 0;
          turnEnds = setImmediate(endTurn);
        }
        readsInTurn += 1;
      }
      return readTable.getValue(key);
    },
    putMany: (batch) => {
      keys?.sent(batch.keys);
      return writer && !writer.broken ? writer.putMany(batch, Date.now()) : writeHere(batch, Date.now());
    },
    touchMany: (used, now) => {
      if (writer && !writer.broken) return writer.touchMany(used, now);
      table.touchMany(used, now);
    },
    close: async () => {
      keys?.stop();
      endTurn();
      reader?.close();
      await writer?.close();
    },
  };
}

