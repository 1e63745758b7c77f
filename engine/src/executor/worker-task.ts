import type { ArtError, RunInfo } from '@artfactory/nodes';

/** One execution sent to a worker: plain data only, as it crosses a thread. */
export interface WorkerTask {
  nodeType: string;
  inputs: Record<string, unknown>;
  params: Record<string, unknown>;
  seed: number;
  cacheKey: string;
  run: RunInfo;
}

/** A worker's answer: every output record, or the serialised error. */
export type WorkerReply = { ok: true; records: unknown[] } | { ok: false; error: ArtError };

/** Several executions sent as one Piscina task, run one after another: one thread crossing instead of many for cheap nodes. */
export interface WorkerBatch {
  batch: WorkerTask[];
}

/** The answers to a batch, in its order, and the time the worker spent on them. */
export interface WorkerBatchReply {
  replies: WorkerReply[];
  /** Milliseconds of work in the worker, so the pool can size later batches of the same node type. */
  ms: number;
}

/** What every worker of a pool is started with. */
export interface WorkerSetup {
  /** The data folder; media goes to `<dataDir>/media`. */
  dataDir: string;
  /** Absolute paths of extra modules, each exporting `runs: NodeRun[]` (test nodes, benches, plugins). */
  modules: string[];
}
