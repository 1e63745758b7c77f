import type { ItemCounts, RunEvent, RunEventInput } from '@artfactory/nodes';
import { KeptEvents } from './kept-events';

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
  /** What to send when the interval ends: a finished event, or where to read the newest counts. */
  pending: ProgressInput | (() => ItemCounts) | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Stamps one run's events with runId, seq and ts, delivers them to listeners
 * synchronously, keeps them for replay and coalesces progress bursts.
 */
export class RunEmitter {
  private listeners: RunEventListener[] = [];
  private readonly kept: KeptEvents;
  private readonly progressByNode = new Map<string, ProgressState>();
  private readonly progressIntervalMs: number;
  private readonly now: () => number;
  private seq = 0;

  constructor(
    readonly runId: string,
    options: RunEmitterOptions = {},
  ) {
    this.progressIntervalMs = options.progressIntervalMs ?? 50;
    this.kept = new KeptEvents(runId, options.maxKept ?? 200_000);
    this.now = options.now ?? Date.now;
  }

  /** Subscribes to every later event; returns the unsubscribe function. */
  on(listener: RunEventListener): () => void {
    // Copy on change, so a listener that unsubscribes during delivery does not disturb it.
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /** The seq of the last event delivered (0 before any). */
  get lastSeq(): number {
    return this.seq;
  }

  /**
   * Says a node's counts changed: a `node.progress` goes out now if its
   * interval allows, else once it ends, with the counts `read` gives then.
   * Cheaper than `emit` for per-item calls: nothing is built unless sent.
   */
  progress(nodeId: string, read: () => ItemCounts): void {
    const state = this.progressState(nodeId);
    const now = this.now();
    if (now - state.lastSentAt >= this.progressIntervalMs && !state.timer) {
      state.lastSentAt = now;
      this.deliver({ type: 'node.progress', nodeId, ...read() });
      return;
    }
    state.pending = read;
    state.timer ??= setTimeout(() => this.flushProgress(nodeId), Math.max(0, this.progressIntervalMs - (now - state.lastSentAt))).unref();
  }

  /**
   * Delivers an event now, except `node.progress`, which may wait for its
   * node's interval. The emitter stamps and keeps `input` itself: pass a
   * fresh object and do not change it afterwards.
   */
  emit(input: RunEventInput): void {
    if (input.type === 'node.progress') {
      this.emitProgress(input);
      return;
    }
    if (input.type === 'node.finished') this.flushProgress(input.nodeId);
    if (input.type === 'run.finished') for (const nodeId of this.progressByNode.keys()) this.flushProgress(nodeId);
    this.deliver(input);
  }

  /**
   * `emit` of an `item.done`, built stamped in one literal: stamping a smaller
   * object grows it, which allocates, once per execution.
   */
  itemDone(nodeId: string, itemKey: string, cached: boolean, durationMs: number): void {
    this.seq += 1;
    this.send({ type: 'item.done', nodeId, itemKey, cached, durationMs, runId: this.runId, seq: this.seq, ts: this.now() });
  }

  /** Every kept event after `seq`, in order: what a reconnecting client missed. */
  since(seq: number): RunEvent[] {
    return this.kept.since(seq);
  }

  /** Delivers a node's waiting progress event now, if there is one. */
  flushProgress(nodeId: string): void {
    const state = this.progressByNode.get(nodeId);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const pending = state.pending;
    state.pending = undefined;
    if (pending) {
      state.lastSentAt = this.now();
      this.deliver(typeof pending === 'function' ? { type: 'node.progress', nodeId, ...pending() } : pending);
    }
  }

  private progressState(nodeId: string): ProgressState {
    let state = this.progressByNode.get(nodeId);
    if (!state) {
      state = { lastSentAt: -Infinity, pending: undefined, timer: undefined };
      this.progressByNode.set(nodeId, state);
    }
    return state;
  }

  private emitProgress(input: ProgressInput): void {
    const state = this.progressState(input.nodeId);
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
    // Stamps the input itself: a copy per event was a measurable share of a cheap item's cost.
    const event = input as RunEvent;
    event.runId = this.runId;
    event.seq = this.seq;
    event.ts = this.now();
    this.send(event);
  }

  private send(event: RunEvent): void {
    this.kept.push(event);
    const listeners = this.listeners;
    for (let i = 0; i < listeners.length; i++) listeners[i]!(event);
  }
}
