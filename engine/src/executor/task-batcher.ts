import { artError, toArtError } from '@artfactory/nodes';
import type { WorkerBatchReply, WorkerReply, WorkerTask } from './worker-task';

/** How a TaskBatcher groups tasks and where it sends them. */
export interface TaskBatcherOptions {
  /** Threads behind `send`. */
  threads: number;
  /** Batches in flight at once; two per thread keeps one waiting behind each running one. */
  maxInFlight?: number;
  /** Largest batch. */
  maxBatch?: number;
  /** Aim for batches that take about this long in a worker, so slow nodes still stream item by item. */
  targetBatchMs?: number;
  /** Runs a batch; resolves with one reply per task, in order. Rejections are turned into per-task errors. */
  send: (tasks: WorkerTask[], signal: AbortSignal | undefined) => Promise<WorkerBatchReply>;
}

interface Queued {
  task: WorkerTask;
  signal: AbortSignal | undefined;
  resolve: (reply: WorkerReply) => void;
}

const CANCELLED: WorkerReply = { ok: false, error: artError('cancelled', 'the run was cancelled') };

/**
 * Groups queued worker tasks into batches, one Piscina task each: for a node
 * that takes microseconds, crossing the thread boundary per item costs more
 * than the work. Batch sizes follow each node type's measured time per task,
 * and start at one, so slow nodes are never held back behind one another.
 */
export class TaskBatcher {
  private queue: Queued[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly msPerTask = new Map<string, number>();
  private readonly watched = new WeakSet<AbortSignal>();
  private readonly maxInFlight: number;
  private readonly maxBatch: number;
  private readonly targetBatchMs: number;
  /** Batches sent and tasks in them, since creation. */
  readonly counts = { batches: 0, tasks: 0 };

  constructor(private readonly options: TaskBatcherOptions) {
    this.maxInFlight = options.maxInFlight ?? 2 * options.threads;
    this.maxBatch = options.maxBatch ?? 64;
    this.targetBatchMs = options.targetBatchMs ?? 4;
  }

  /** Tasks waiting to be sent. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Queues one task; resolves with its own reply, never rejects. */
  run(task: WorkerTask, signal?: AbortSignal): Promise<WorkerReply> {
    if (signal?.aborted) return Promise.resolve(CANCELLED);
    if (signal && !this.watched.has(signal)) {
      this.watched.add(signal);
      signal.addEventListener('abort', () => this.dropAborted(), { once: true });
    }
    return new Promise((resolve) => {
      this.queue.push({ task, signal, resolve });
      this.schedule();
    });
  }

  // Sends on the next turn, so the tasks a burst of replies lets the scheduler start travel together.
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const size = this.batchSize();
      const head = this.queue[0]!;
      let taken = 1;
      while (taken < size && taken < this.queue.length) {
        const next = this.queue[taken]!;
        if (next.signal !== head.signal || next.task.nodeType !== head.task.nodeType) break;
        taken += 1;
      }
      this.send(this.queue.splice(0, taken));
    }
  }

  private batchSize(): number {
    const head = this.queue[0]!;
    const ms = this.msPerTask.get(head.task.nodeType);
    if (ms === undefined) return 1; // unknown cost: measure on one task first
    const bySpeed = Math.floor(this.targetBatchMs / Math.max(ms, 1e-3));
    // Spread what waits over the free slots, so every thread gets a share.
    const byShare = Math.ceil(this.queue.length / (this.maxInFlight - this.inFlight));
    return Math.max(1, Math.min(this.maxBatch, bySpeed, byShare));
  }

  private send(batch: Queued[]): void {
    this.inFlight += 1;
    this.counts.batches += 1;
    this.counts.tasks += batch.length;
    const nodeType = batch[0]!.task.nodeType;
    let sent: Promise<WorkerBatchReply>;
    try {
      sent = this.options.send(
        batch.map((queued) => queued.task),
        batch[0]!.signal,
      );
    } catch (thrown) {
      sent = Promise.reject(thrown); // a synchronous throw must still free the slot and answer every task
    }
    sent
      .then(
        ({ replies, ms }) => {
          const perTask = ms / batch.length;
          const known = this.msPerTask.get(nodeType);
          this.msPerTask.set(nodeType, known === undefined ? perTask : 0.7 * known + 0.3 * perTask);
          batch.forEach((queued, i) => queued.resolve(replies[i] ?? missingReply(i)));
        },
        (error: unknown) => {
          const reply = batch[0]!.signal?.aborted ? CANCELLED : failedReply(error);
          for (const queued of batch) queued.resolve(reply);
        },
      )
      .finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
  }

  private dropAborted(): void {
    const kept: Queued[] = [];
    for (const queued of this.queue) {
      if (queued.signal?.aborted) queued.resolve(CANCELLED);
      else kept.push(queued);
    }
    this.queue = kept;
  }
}

function missingReply(index: number): WorkerReply {
  return { ok: false, error: artError('worker-failed', `worker: the batch came back without a reply for task ${index}`) };
}

function failedReply(thrown: unknown): WorkerReply {
  const error = toArtError(thrown, 'worker-failed');
  return { ok: false, error: { ...error, message: `worker: ${error.message}` } };
}
