import { artError, toArtError, type ArtError } from '@artfactory/nodes';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker-task';

/** How to start a worker pool. */
export interface WorkerPoolOptions {
  /** The data folder; workers store media in `<dataDir>/media`. */
  dataDir: string;
  /** Absolute paths of extra modules exporting `runs: NodeRun[]` (test nodes, benches, plugins). */
  modules?: string[];
  /** Worker threads; defaults to the available cores. */
  threads?: number;
}

// A .mjs bootstrap, so the worker can register tsx before it loads any TypeScript.
const ENTRY = fileURLToPath(new URL('./worker-bootstrap.mjs', import.meta.url));

/** The pool of worker threads that runs `worker` nodes. */
export class WorkerPool {
  private readonly piscina: Piscina<WorkerTask, WorkerReply>;
  readonly threads: number;

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
  }

  /** Runs one execution in a worker; resolves to its records or a serialisable error, never rejects. */
  async run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerReply> {
    try {
      return await this.piscina.run(task, signal ? { signal } : {});
    } catch (thrown) {
      if (signal?.aborted) return { ok: false, error: artError('cancelled', 'the run was cancelled') };
      const error: ArtError = toArtError(thrown, 'worker-failed');
      return { ok: false, error: { ...error, message: `worker: ${error.message}` } };
    }
  }

  /** Tasks waiting for a free worker. */
  get queueSize(): number {
    return this.piscina.queueSize;
  }

  /** Stops every worker (waiting for running tasks). */
  async close(): Promise<void> {
    await this.piscina.close();
  }
}
