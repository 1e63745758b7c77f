import { CacheTable } from '../persistence/cache-table';
import type { SqliteConnection } from '../persistence/sqlite-connection';
import type { CacheStore, CacheStoreEntry } from './cache-store';

/** The persistent cache tier on the database's cache table: one transaction per batch of writes. */
export function sqliteCacheStore(db: SqliteConnection, table: CacheTable = new CacheTable(db)): CacheStore {
  const writeAll = db.transaction((entries: CacheStoreEntry[], now: number) => {
    for (const entry of entries) table.put(entry.key, entry.nodeType, entry.value, now);
  });
  return {
    get: (key) => table.get(key)?.value,
    putMany: (entries) => writeAll(entries, Date.now()),
  };
}
