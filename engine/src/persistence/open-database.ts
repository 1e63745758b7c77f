import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { DATABASE_FILE } from './data-dir';
import { Database } from './database';
import { ENTITIES } from './entities/all-entities';
import { MIGRATIONS } from './migrations/all-migrations';
import type { SqliteConnection } from './sqlite-connection';
import { ArtFailure, artError } from '@artfactory/nodes';

/** Where the database lives and how it behaves. */
export interface OpenDatabaseOptions {
  /** The data folder (the file is `<dataDir>/artfactory.db`), or `':memory:'` for a throwaway database. */
  dataDir: string;
  /** How long a write waits for another process's lock before failing. */
  busyTimeoutMs?: number;
  /** Log SQL through TypeORM (noisy; for debugging). */
  logging?: boolean;
}

/**
 * Opens (creating if needed) the SQLite database in WAL mode and brings its
 * schema up to date with the migrations. Never synchronizes from entities.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const file = options.dataDir === ':memory:' ? ':memory:' : path.join(options.dataDir, DATABASE_FILE);
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: file,
    timeout: busyTimeoutMs,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: options.logging ?? false,
    // WAL lets the server read while a run writes; NORMAL is durable across
    // process crashes in WAL mode and only risks the last commits on power loss.
    prepareDatabase: (db: SqliteConnection) => {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_NOTADB') throw error;
    throw new ArtFailure(
      artError('storage-failed', `${file} is not an Art Factory database; move it aside and run again`, { path: file }),
    );
  }
  return new Database(dataSource, file);
}
