import type { Statement } from 'better-sqlite3';
import type { RunStatus } from './entities/run-entity';
import type { RunItemStatus } from './entities/run-item-entity';
import type { SqliteConnection } from './sqlite-connection';

/** Items done, cached, failed, and the expected total. */
export interface RunCounts {
  done: number;
  cached: number;
  failed: number;
  total: number;
}

/** A run as stored (the workflow stays a JSON string). */
export interface RunRow {
  id: string;
  projectId: number;
  workflow: string;
  workflowHash: string;
  status: RunStatus;
  doneCount: number;
  cachedCount: number;
  failedCount: number;
  totalCount: number;
  error: string | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

/** A run item as stored. */
export interface RunItemRow {
  id: number;
  runId: string;
  nodeId: string;
  itemKey: string;
  cacheKey: string | null;
  status: RunItemStatus;
  error: string | null;
  durationMs: number | null;
  createdAt: number;
}

/** What the engine knows when it queues a run. */
export interface NewRun {
  id: string;
  projectId: number;
  /** The workflow JSON exactly as run. */
  workflow: string;
  workflowHash: string;
  totalCount?: number;
}

/** The lifecycle of run rows: queue, start, count, finish, and look-ups for the UI and retries. */
export class RunStore {
  private readonly insertRun: Statement<[string, number, string, string, number, number]>;
  private readonly setStarted: Statement<[number, string]>;
  private readonly setCounts: Statement<[number, number, number, number, string]>;
  private readonly setFinished: Statement<[string, number, number, number, number, string | null, number, string]>;
  private readonly selectRun: Statement<[string], RunRow>;
  private readonly selectRuns: Statement<[number, number, number], RunRow>;
  private readonly selectItems: Statement<[string], RunItemRow>;
  private readonly failOpen: Statement<[string, number]>;

  constructor(db: SqliteConnection) {
    this.insertRun = db.prepare(`INSERT INTO run (id, projectId, workflow, workflowHash, status, totalCount, createdAt)
      VALUES (?, ?, ?, ?, 'queued', ?, ?)`);
    this.setStarted = db.prepare(`UPDATE run SET status = 'running', startedAt = ? WHERE id = ?`);
    this.setCounts = db.prepare('UPDATE run SET doneCount = ?, cachedCount = ?, failedCount = ?, totalCount = ? WHERE id = ?');
    this.setFinished = db.prepare(`UPDATE run SET status = ?, doneCount = ?, cachedCount = ?, failedCount = ?, totalCount = ?,
      error = ?, finishedAt = ? WHERE id = ?`);
    this.selectRun = db.prepare('SELECT * FROM run WHERE id = ?');
    this.selectRuns = db.prepare('SELECT * FROM run WHERE projectId = ? ORDER BY createdAt DESC, id DESC LIMIT ? OFFSET ?');
    this.selectItems = db.prepare('SELECT * FROM run_item WHERE runId = ? ORDER BY id');
    this.failOpen = db.prepare(`UPDATE run SET status = 'failed', error = ?, finishedAt = ?
      WHERE status IN ('queued', 'running')`);
  }

  /** Records a queued run. */
  create(run: NewRun, now: number = Date.now()): void {
    this.insertRun.run(run.id, run.projectId, run.workflow, run.workflowHash, run.totalCount ?? 0, now);
  }

  /** Marks a run as running. */
  start(id: string, now: number = Date.now()): void {
    this.setStarted.run(now, id);
  }

  /** Stores the live counts (call it on a coalesced tick, not per item). */
  updateCounts(id: string, counts: RunCounts): void {
    this.setCounts.run(counts.done, counts.cached, counts.failed, counts.total, id);
  }

  /** Records the final status, counts and, for a failed run, its serialised error. */
  finish(id: string, status: RunStatus, counts: RunCounts, error: string | null = null, now: number = Date.now()): void {
    this.setFinished.run(status, counts.done, counts.cached, counts.failed, counts.total, error, now, id);
  }

  /** One run, or undefined. */
  get(id: string): RunRow | undefined {
    return this.selectRun.get(id);
  }

  /** A project's runs, newest first. */
  list(projectId: number, limit = 50, offset = 0): RunRow[] {
    return this.selectRuns.all(projectId, limit, offset);
  }

  /** Every recorded item of a run, in the order first recorded. */
  items(runId: string): RunItemRow[] {
    return this.selectItems.all(runId);
  }

  /**
   * Fails runs a previous process left queued or running (a crash or kill);
   * call once at start, before any run is queued. Returns how many it closed.
   */
  failInterrupted(now: number = Date.now()): number {
    const error = JSON.stringify({ code: 'run.interrupted', message: 'The engine stopped before this run finished; run it again.' });
    return this.failOpen.run(error, now).changes;
  }
}
