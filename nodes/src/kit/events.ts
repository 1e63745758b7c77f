import type { ArtError } from './errors';

/** How a run ended. */
export type RunStatus = 'succeeded' | 'partial' | 'failed' | 'cancelled';

/** Items counted per node and per run. */
export interface ItemCounts {
  /** Items finished, cached ones included. */
  done: number;
  /** Of those, items answered from the cache. */
  cached: number;
  failed: number;
  /** Items expected so far; grows while upstream nodes still stream items in. */
  total: number;
}

interface EventBase {
  runId: string;
  /** Grows by one per event of a run, from 1. */
  seq: number;
  /** Milliseconds since the epoch. */
  ts: number;
}

/** Every live status message of a run: a discriminated union on `type`. */
export type RunEvent = EventBase &
  (
    | { type: 'run.queued'; workflowHash: string; projectId: string }
    | { type: 'run.started'; nodes: Array<{ nodeId: string; nodeType: string }> }
    | { type: 'node.started'; nodeId: string; nodeType: string }
    | ({ type: 'node.progress'; nodeId: string } & ItemCounts)
    | { type: 'item.done'; nodeId: string; itemKey: string; cached: boolean; durationMs: number }
    | { type: 'item.failed'; nodeId: string; itemKey: string; error: ArtError }
    | {
        type: 'product.created';
        nodeId: string;
        productId: string;
        mediaHash: string;
        prompt: string;
        thumbnails: Record<string, string>;
      }
    | ({ type: 'node.finished'; nodeId: string } & ItemCounts)
    | {
        type: 'run.finished';
        status: RunStatus;
        counts: ItemCounts & { products: number };
        durationMs: number;
        error?: ArtError;
      }
  );

/** The event types, for exhaustive handling. */
export type RunEventType = RunEvent['type'];

/** An event before the run's emitter stamps it with runId, seq and ts. */
export type RunEventInput = RunEvent extends infer E ? (E extends RunEvent ? Omit<E, 'runId' | 'seq' | 'ts'> : never) : never;
