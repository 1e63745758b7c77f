import type { Statement } from 'better-sqlite3';
import type { RunItemStatus } from './entities/run-item-entity';
import type { SqliteConnection } from './sqlite-connection';

/** One item outcome to record. */
export interface RunItemRecord {
  runId: string;
  nodeId: string;
  itemKey: string;
  cacheKey: string | null;
  status: RunItemStatus;
  /** A serialised error (JSON) for failed items. */
  error?: string | null;
  durationMs?: number | null;
  createdAt?: number;
}

/** How often and how much the writer batches. */
export interface RunItemWriterOptions {
  /** Flush when this many records are waiting. */
  maxBatch?: number;
  /** Flush at the latest this long after the first waiting record. */
  flushIntervalMs?: number;
  /** Receives failures of interval flushes (explicit `flush` calls throw instead); defaults to console.error. */
  onError?: (error: unknown, lost: readonly RunItemRecord[]) => void;
}

/**
 * Buffers run-item outcomes and writes them in one transaction per batch, so a
 * burst of cached items costs one commit instead of hundreds. A retried item
 * overwrites its earlier outcome (unique per run, node and item).
 */
export class RunItemWriter {
  private readonly upsert: Statement<[string, string, string, string | null, string, string | null, number | null, number]>;
  private readonly writeAll: (records: readonly RunItemRecord[]) => void;
  private readonly maxBatch: number;
  private readonly flushIntervalMs: number;
  private readonly onError: (error: unknown, lost: readonly RunItemRecord[]) => void;
  private pending: RunItemRecord[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(db: SqliteConnection, options: RunItemWriterOptions = {}) {
    this.maxBatch = options.maxBatch ?? 500;
    this.flushIntervalMs = options.flushIntervalMs ?? 200;
    this.onError = options.onError ?? ((error, lost) => console.error(`run items: lost ${lost.length} records`, error));
    this.upsert = db.prepare(`INSERT INTO run_item (runId, nodeId, itemKey, cacheKey, status, error, durationMs, createdAt)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(runId, nodeId, itemKey) DO UPDATE SET cacheKey = excluded.cacheKey, status = excluded.status,
      error = excluded.error, durationMs = excluded.durationMs, createdAt = excluded.createdAt`);
    this.writeAll = db.transaction((records: readonly RunItemRecord[]) => {
      for (const r of records) {
        this.upsert.run(r.runId, r.nodeId, r.itemKey, r.cacheKey, r.status, r.error ?? null, r.durationMs ?? null, r.createdAt ?? Date.now());
      }
    });
  }

  /** Queues one outcome; writes happen on `flush`, a full batch, or the interval. */
  record(item: RunItemRecord): void {
    this.pending.push({ ...item, createdAt: item.createdAt ?? Date.now() });
    if (this.pending.length >= this.maxBatch) this.flush();
    else this.timer ??= setTimeout(() => this.flushFromTimer(), this.flushIntervalMs).unref();
  }

  /** The number of records waiting to be written. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** Writes everything waiting, in one transaction; returns how many records it wrote. */
  flush(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    if (batch.length === 0) return 0;
    this.pending = [];
    this.writeAll(batch);
    return batch.length;
  }

  // A throw inside a timer would take the whole process down; report instead.
  private flushFromTimer(): void {
    const batch = this.pending;
    try {
      this.flush();
    } catch (error) {
      this.onError(error, batch);
    }
  }
}
