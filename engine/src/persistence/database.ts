import type { DataSource } from 'typeorm';
import { CacheTable } from './cache-table';
import { LookupStore } from './lookup-store';
import { ProductStore } from './product-store';
import { ProjectStore } from './project-store';
import { RunItemWriter } from './run-item-writer';
import { RunStore } from './run-store';
import type { SqliteConnection } from './sqlite-connection';

/**
 * An open database: the TypeORM DataSource for ordinary reads and writes, the
 * raw connection for hot paths, and the stores built on it. Close it once.
 */
export class Database {
  readonly sqlite: SqliteConnection;
  readonly projects: ProjectStore;
  readonly runs: RunStore;
  readonly runItems: RunItemWriter;
  readonly products: ProductStore;
  readonly cache: CacheTable;
  readonly lookups: LookupStore;
  private closed = false;

  constructor(
    readonly dataSource: DataSource,
    /** The database file, or `:memory:`. */
    readonly file: string,
  ) {
    // The better-sqlite3 driver keeps its one connection here (TypeORM types it loosely).
    this.sqlite = (dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
    this.projects = new ProjectStore(this.sqlite);
    this.runs = new RunStore(this.sqlite);
    this.runItems = new RunItemWriter(this.sqlite);
    this.products = new ProductStore(this.sqlite);
    this.cache = new CacheTable(this.sqlite);
    this.lookups = new LookupStore(this.sqlite);
  }

  /** Runs `fn` in one immediate transaction on the raw connection (synchronous work only). */
  transaction<T>(fn: () => T): T {
    return this.sqlite.transaction(fn).immediate();
  }

  /** `PRAGMA integrity_check` plus the full-text index's own check; `['ok']` when healthy. */
  integrityCheck(): string[] {
    const rows = this.sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    try {
      this.sqlite.prepare(`INSERT INTO product_fts(product_fts, rank) VALUES ('integrity-check', 1)`).run();
    } catch (error) {
      problems.push(`product_fts: ${(error as Error).message}`);
    }
    return problems.length === 0 ? ['ok'] : problems;
  }

  /** Flushes pending run items, checkpoints the WAL and closes the connection; later calls do nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.runItems.flush();
      if (this.file !== ':memory:') this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await this.dataSource.destroy();
    }
  }
}
