import type {
  ArtError,
  ItemCounts,
  LookupService,
  MediaService,
  NodeRun,
  ProductService,
  RunStatus,
} from '@artfactory/nodes';
import type { ExecutionCache } from '../cache/execution-cache';
import type { RunEmitter } from '../events/run-emitter';
import type { WorkerReply, WorkerTask } from '../executor/worker-task';

/** Where `worker` nodes run: the in-process Piscina pool, or later a queue to other machines. */
export interface TaskExecutor {
  /** How many tasks it runs at once. */
  readonly threads: number;
  /** How many tasks the scheduler should keep in flight per node to keep it busy; 16 per thread when absent. */
  readonly capacity?: number;
  /** Runs one execution; resolves to records or a serialisable error, never rejects. */
  run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerReply>;
}

/** Persists item outcomes as a run goes (the lead wires it to the run_item table). */
export interface RunRecorder {
  itemDone(nodeId: string, itemKey: string, cacheKey: string, cached: boolean, durationMs: number): void;
  itemFailed(nodeId: string, itemKey: string, cacheKey: string | null, error: ArtError, durationMs: number): void;
}

/** Main-thread services run functions may use. */
export interface RunServices {
  media: MediaService;
  products?: ProductService;
  lookups?: LookupService;
}

/** Seeds resolved for a run, by node id then param name: recorded so a run can be reproduced. */
export type ResolvedSeeds = Record<string, Record<string, number>>;

/** Everything `runGraph` needs besides the graph. */
export interface RunGraphOptions {
  runId: string;
  projectId: string;
  cache: ExecutionCache;
  /** Runs `worker` nodes; required when the plan has any. */
  pool?: TaskExecutor;
  services: RunServices;
  emitter: RunEmitter;
  /** Aborting it cancels the run: scheduling stops and in-flight work is aborted. */
  signal?: AbortSignal;
  /** Main-thread run functions by node type. */
  runs: ReadonlyMap<string, NodeRun>;
  recorder?: RunRecorder;
  /** Seeds of an earlier run to reuse instead of drawing new ones for `-1` params (retry, reproduce). */
  seeds?: ResolvedSeeds;
  /** Draws a random seed; for tests. */
  random?: () => number;
  /** How many records an emits-many node may have waiting for its slowest consumer before it pauses. */
  highWater?: number;
}

/** One node's outcome: its executions, plus those skipped because an input item failed. */
export interface NodeCounts extends ItemCounts {
  skipped: number;
}

/** How a run ended. */
export interface RunSummary {
  runId: string;
  status: RunStatus;
  /** Executions over every node (cached included in done) and products created. */
  counts: { done: number; cached: number; failed: number; products: number };
  nodes: Record<string, NodeCounts>;
  /** The seeds `-1` params were resolved to. */
  seeds: ResolvedSeeds;
  durationMs: number;
  /** Set when the run failed as a whole rather than per item. */
  error?: ArtError;
}
