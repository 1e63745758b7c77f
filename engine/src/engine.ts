import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { builtinRegistry, toArtError, type ArtError, type Result, type RunEvent } from '@artfactory/nodes';
import { builtinRuns } from '@artfactory/nodes/runtime';
import { ExecutionCache } from './cache/execution-cache';
import { sqliteCacheStore } from './cache/sqlite-cache-store';
import { RunEmitter } from './events/run-emitter';
import { mediaService } from './executor/media-service';
import { WorkerPool } from './executor/worker-pool';
import type { LoadedGraph, SpecRegistry } from './graph/loaded-graph';
import { loadWorkflow } from './graph/load-workflow';
import { planGraph } from './graph/plan';
import { MediaStore } from './media';
import { DEFAULT_PROJECT_ID, MEDIA_DIR, openDatabase, resolveDataDir, type Database } from './persistence';
import { LibraryProductService } from './products/product-service';
import { applySeeds } from './runs/apply-seeds';
import { sqliteRunRecorder } from './runs/sqlite-run-recorder';
import { resolveSeeds } from './scheduler/resolve-seeds';
import { runGraph } from './scheduler/run-graph';
import type { RunSummary } from './scheduler/run-types';

/** How to open an engine. */
export interface EngineOptions {
  /** Defaults to ARTFACTORY_DATA or `<repo>/data`. */
  dataDir?: string;
  /** Worker threads for `worker` nodes; defaults to the cores. */
  threads?: number;
  /** Extra modules of node runs (absolute paths exporting `runs`), loaded in workers too. */
  modules?: string[];
  /** The on-disk cache is trimmed to this many bytes after each run (default 2 GiB). */
  cacheMaxBytes?: number;
}

/** How to run one graph. */
export interface RunOptions {
  projectId?: number;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

const DEFAULT_CACHE_MAX_BYTES = 2 * 1024 ** 3;

/**
 * The engine with its data folder open: database, media store, cache and
 * worker pool. One per process; close it to flush and release them.
 */
export class Engine {
  private pool: WorkerPool | undefined;
  readonly specs: SpecRegistry = builtinRegistry;

  private constructor(
    readonly dataDir: string,
    readonly db: Database,
    readonly media: MediaStore,
    readonly cache: ExecutionCache,
    private readonly options: EngineOptions,
  ) {}

  /** Opens the data folder; finishes what a crash left (interrupted runs, temp files). */
  static async open(options: EngineOptions = {}): Promise<Engine> {
    const dataDir = options.dataDir ?? resolveDataDir();
    const db = await openDatabase({ dataDir });
    db.runs.failInterrupted();
    const media = new MediaStore(path.join(dataDir, MEDIA_DIR));
    await media.sweepTemp();
    const cache = new ExecutionCache(sqliteCacheStore(db.sqlite, db.cache));
    return new Engine(dataDir, db, media, cache, options);
  }

  /** Validates a parsed workflow file against the node catalogue, reporting every problem. */
  load(file: unknown): Result<LoadedGraph, ArtError[]> {
    return loadWorkflow(file, this.specs);
  }

  /** Runs a loaded graph to its end and records it; per-item failures are in the summary, not thrown. */
  async run(graph: LoadedGraph, options: RunOptions = {}): Promise<RunSummary> {
    const runId = randomUUID();
    const projectId = options.projectId ?? DEFAULT_PROJECT_ID;
    const { seeds } = resolveSeeds(planGraph(graph).order);
    const workflow = applySeeds(graph.workflow, seeds);
    this.db.runs.create({ id: runId, projectId, workflow: JSON.stringify(workflow), workflowHash: graph.hash });
    const emitter = new RunEmitter(runId);
    if (options.onEvent) emitter.on(options.onEvent);
    emitter.emit({ type: 'run.queued', workflowHash: graph.hash, projectId: String(projectId) });
    this.db.runs.start(runId);
    const products = new LibraryProductService(this.media, this.db.products, {
      runId,
      projectId,
      workflow,
      workflowHash: graph.hash,
    });
    let summary: RunSummary | undefined;
    let thrown: ArtError | undefined;
    try {
      summary = await runGraph(graph, {
        runId,
        projectId: String(projectId),
        cache: this.cache,
        pool: this.needsPool(graph) ? this.workerPool() : undefined,
        services: { media: mediaService(this.media), products, lookups: { table: async () => this.db.lookups.listLookups() } },
        emitter,
        signal: options.signal,
        runs: builtinRuns,
        recorder: sqliteRunRecorder(runId, this.db.runItems),
        seeds,
      });
      return summary;
    } catch (error) {
      thrown = toArtError(error, 'storage-failed');
      throw error;
    } finally {
      // A run that threw (storage, pool) is still closed off in the database, as failed.
      this.cache.flush();
      this.db.runItems.flush();
      const { done = 0, cached = 0, failed = 0 } = summary?.counts ?? {};
      const error = summary?.error ?? thrown;
      this.db.runs.finish(runId, summary?.status ?? 'failed', { done, cached, failed, total: done + failed }, error ? JSON.stringify(error) : null);
      this.db.cache.evictTo(this.options.cacheMaxBytes ?? DEFAULT_CACHE_MAX_BYTES);
    }
  }

  /** Flushes the cache and run items, stops the workers and closes the database. */
  async close(): Promise<void> {
    // Each resource is released even when the one before it fails to close.
    try {
      await this.cache.close();
    } finally {
      try {
        await this.pool?.close();
      } finally {
        await this.db.close();
      }
    }
  }

  private needsPool(graph: LoadedGraph): boolean {
    return planGraph(graph).order.some((node) => node.spec.runsOn === 'worker');
  }

  private workerPool(): WorkerPool {
    this.pool ??= new WorkerPool({ dataDir: this.dataDir, threads: this.options.threads, modules: this.options.modules });
    return this.pool;
  }
}
