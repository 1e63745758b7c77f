import type BetterSqlite3 from 'better-sqlite3';

/** The raw better-sqlite3 connection that hot-path stores prepare statements on. */
export type SqliteConnection = BetterSqlite3.Database;

/** A value or an error a person can act on: what stores return for mistakes users can make. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** An error users can cause through a store (bad name, duplicate, ...). */
export interface StoreError {
  /** Stable, dotted code, e.g. `lookup.invalid_name`. */
  code: string;
  message: string;
  /** The field or record the error concerns. */
  path?: string;
}
