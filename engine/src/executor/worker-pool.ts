import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { TaskBatcher } from './task-batcher';
import type { WorkerBatch, WorkerBatchReply, WorkerReply, WorkerSetup, WorkerTask } from './worker-task';

/** How to start a worker pool. */
export interface WorkerPoolOptions {
  /** The data folder; workers store media in `<dataDir>/media`. */
  dataDir: string;
  /** Absolute paths of extra modules exporting `runs: NodeRun[]` (test nodes, benches, plugins). */
  modules?: string[];
  /** Worker threads; defaults to the available cores. */
  threads?: number;
  /** Most tasks sent to a worker in one message (1 turns batching off). */
  maxBatch?: number;
}

// A .mjs bootstrap, so the worker can register tsx before it loads any TypeScript.
const ENTRY = fileURLToPath(new URL('./worker-bootstrap.mjs', import.meta.url));

/**
 * The pool of worker threads that runs `worker` nodes. Tasks of cheap nodes
 * travel in batches (see TaskBatcher); each still gets its own reply.
 */
export class WorkerPool {
  private readonly piscina: Piscina<WorkerBatch, WorkerBatchReply>;
  private readonly batcher: TaskBatcher;
  readonly threads: number;
  /** Tasks the scheduler should keep queued here to keep every thread busy with full batches. */
  readonly capacity: number;

  constructor(options: WorkerPoolOptions) {
    this.threads = Math.max(1, options.threads ?? availableParallelism());
    const workerData: WorkerSetup = { dataDir: options.dataDir, modules: options.modules ?? [] };
    this.piscina = new Piscina({
      filename: ENTRY,
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: 30_000,
      workerData,
      // The parent's loader flags do not reach worker threads on Node 20; the bootstrap registers tsx instead.
      execArgv: [],
    });
    const maxBatch = Math.max(1, options.maxBatch ?? 64);
    this.batcher = new TaskBatcher({
      threads: this.threads,
      maxBatch,
      send: (batch, signal) => this.piscina.run({ batch }, signal ? { signal } : {}),
    });
    // Two batches per thread: one running, one waiting behind it.
    this.capacity = 2 * this.threads * maxBatch;
  }

  /** Runs one execution in a worker; resolves to its records or a serialisable error, never rejects. */
  run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerReply> {
    return this.batcher.run(task, signal);
  }

  /** Tasks waiting for a free worker. */
  get queueSize(): number {
    return this.batcher.waiting + this.piscina.queueSize;
  }

  /** Batches and tasks sent to workers since the pool started. */
  get sent(): { batches: number; tasks: number } {
    return { ...this.batcher.counts };
  }

  /** Stops every worker (waiting for running tasks). */
  async close(): Promise<void> {
    await this.piscina.close();
  }
}
