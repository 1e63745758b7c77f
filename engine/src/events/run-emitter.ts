import type { RunEvent, RunEventInput } from '@artfactory/nodes';

/** Receives each event of a run as it is stamped. */
export type RunEventListener = (event: RunEvent) => void;

/** How a run's emitter coalesces and keeps events. */
export interface RunEmitterOptions {
  /** At most one `node.progress` per node per this many ms (a final one always precedes `node.finished`). */
  progressIntervalMs?: number;
  /** Events kept for replay; the oldest are dropped beyond this. */
  maxKept?: number;
  /** The clock, for tests. */
  now?: () => number;
}

type ProgressInput = Extract<RunEventInput, { type: 'node.progress' }>;

interface ProgressState {
  lastSentAt: number;
  pending: ProgressInput | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Stamps one run's events with runId, seq and ts, delivers them to listeners
 * synchronously, keeps them for replay and coalesces progress bursts.
 */
export class RunEmitter {
  private readonly listeners = new Set<RunEventListener>();
  private readonly kept: RunEvent[] = [];
  private readonly progress = new Map<string, ProgressState>();
  private readonly progressIntervalMs: number;
  private readonly maxKept: number;
  private readonly now: () => number;
  private seq = 0;

  constructor(
    readonly runId: string,
    options: RunEmitterOptions = {},
  ) {
    this.progressIntervalMs = options.progressIntervalMs ?? 50;
    this.maxKept = options.maxKept ?? 200_000;
    this.now = options.now ?? Date.now;
  }

  /** Subscribes to every later event; returns the unsubscribe function. */
  on(listener: RunEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The seq of the last event delivered (0 before any). */
  get lastSeq(): number {
    return this.seq;
  }

  /** Delivers an event now, except `node.progress`, which may wait for its node's interval. */
  emit(input: RunEventInput): void {
    if (input.type === 'node.progress') {
      this.emitProgress(input);
      return;
    }
    if (input.type === 'node.finished') this.flushProgress(input.nodeId);
    if (input.type === 'run.finished') for (const nodeId of this.progress.keys()) this.flushProgress(nodeId);
    this.deliver(input);
  }

  /** Every kept event after `seq`, in order: what a reconnecting client missed. */
  since(seq: number): RunEvent[] {
    const first = this.kept[0];
    if (!first) return [];
    const start = Math.max(0, seq - first.seq + 1);
    return this.kept.slice(start);
  }

  /** Delivers a node's waiting progress event now, if there is one. */
  flushProgress(nodeId: string): void {
    const state = this.progress.get(nodeId);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const pending = state.pending;
    state.pending = undefined;
    if (pending) {
      state.lastSentAt = this.now();
      this.deliver(pending);
    }
  }

  private emitProgress(input: ProgressInput): void {
    let state = this.progress.get(input.nodeId);
    if (!state) {
      state = { lastSentAt: -Infinity, pending: undefined, timer: undefined };
      this.progress.set(input.nodeId, state);
    }
    const now = this.now();
    if (now - state.lastSentAt >= this.progressIntervalMs && !state.timer) {
      state.lastSentAt = now;
      this.deliver(input);
      return;
    }
    // Within the interval: keep only the newest counts and send them when it ends.
    state.pending = input;
    const wait = Math.max(0, this.progressIntervalMs - (now - state.lastSentAt));
    state.timer ??= setTimeout(() => this.flushProgress(input.nodeId), wait).unref();
  }

  private deliver(input: RunEventInput): void {
    this.seq += 1;
    const event = { ...input, runId: this.runId, seq: this.seq, ts: this.now() } as RunEvent;
    this.kept.push(event);
    // Trims in chunks so a long run does not pay an O(n) shift per event.
    if (this.kept.length > this.maxKept + 1024) this.kept.splice(0, this.kept.length - this.maxKept);
    for (const listener of this.listeners) listener(event);
  }
}
