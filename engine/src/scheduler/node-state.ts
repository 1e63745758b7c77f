import { nodeCacheKeyer, valueHash, type CacheKeyParts, type ItemCounts, type RunInfo } from '@artfactory/nodes';
import { sha256Hex } from '../cache/sha256-hex';
import type { GraphEdge, GraphNode } from '../graph/loaded-graph';
import type { NodeCounts } from './run-types';

/** One item on a node's output: its records' values, or a hole where an execution failed or was skipped. */
export type Slot =
  | {
      key: string;
      ok: true;
      record: Record<string, unknown>;
      /** The content hash of the first port a consumer read (most nodes have one output)... */
      hash?: string;
      hashPort?: string;
      /** ...and of any other port, once read. */
      hashes?: Record<string, string>;
    }
  | { key: string; ok: false };

/**
 * What a slot becomes once every consumer has taken it: holding a run's
 * records, hashes and keys to its end would carry each of them through
 * several garbage collections, at a cost per item greater than the rest.
 */
export const TAKEN: Slot = Object.freeze({ key: '', ok: false });

/** A connected input of a node: the wire and the node feeding it. */
export interface Upstream {
  name: string;
  edge: GraphEdge;
  from: NodeState;
}

/** A node's live state during one run: the items it has made and the executions under way. */
export class NodeState {
  /** Output items by index; emits-one nodes fill them out of order, so gaps mean "still running". */
  readonly slots: Array<Slot | undefined> = [];
  readonly counts: NodeCounts = { done: 0, cached: 0, failed: 0, total: 0, skipped: 0 };
  readonly upstream: Upstream[] = [];
  readonly consumers: NodeState[] = [];
  /** The next execution index to start; executions start in index order. */
  next = 0;
  running = 0;
  /** No further execution will start. */
  inputsDone = false;
  finished = false;
  started = false;
  /** Inside `pump` for this node; `repump` asks that pass for another round. */
  pumping = false;
  repump = false;
  /** Slots below this index are TAKEN (slot 0 always stays: it may be broadcast). */
  private taken = 1;
  /** Emits-many executions paused until consumers catch up. */
  capacityWaiters: Array<() => void> = [];
  /** The cache key of an execution from its input hashes; type, version and params are stringified once per run. */
  readonly keyOf: (inputs: CacheKeyParts['inputs']) => string;
  /** Output ports of type product: each record's value there is announced as `product.created`. */
  readonly productPorts: readonly string[];

  constructor(
    readonly node: GraphNode,
    /** Params after seed resolution. */
    readonly params: Record<string, unknown>,
    readonly seed: number,
    /** Executions allowed in flight at once. */
    readonly limit: number,
    /** What run functions are told about the run and this node; the same for every execution. */
    readonly runInfo: RunInfo,
    /** Hashes of the run context the node depends on (`spec.dependsOn`), keyed with its params. */
    context: Record<string, string> = {},
  ) {
    const keyParams = Object.keys(context).length > 0 ? { ...params, '@context': context } : params;
    this.keyOf = nodeCacheKeyer(node.spec.type, node.spec.version, keyParams, sha256Hex);
    this.productPorts = Object.entries(node.spec.outputs).flatMap(([port, spec]) => (spec.type === 'product' ? [port] : []));
  }

  get id(): string {
    return this.node.id;
  }

  /** The content hash of one output port's value in a slot, computed once however many consumers read it. */
  hashOf(slot: Slot & { ok: true }, port: string): string {
    if (slot.hashPort === port) return slot.hash!;
    const hash = slot.hashes?.[port] ?? valueHash(slot.record[port], sha256Hex);
    if (slot.hashPort === undefined) {
      slot.hashPort = port;
      slot.hash = hash;
    } else (slot.hashes ??= {})[port] = hash;
    return hash;
  }

  /** The counts `node.progress` and `node.finished` report; a stable function, so the emitter can read them when it sends. */
  readonly readCounts = (): ItemCounts => {
    const { done, cached, failed, skipped } = this.counts;
    return { done, cached, failed, total: Math.max(done + failed, this.executionsExpected() - skipped) };
  };

  /**
   * Lets go of the slots every consumer has moved past. A list consumer reads
   * every slot at the end, so then all are kept; so is slot 0, which a node
   * that ends with one item broadcasts to every execution downstream.
   */
  dropTaken(): void {
    let slowest = Infinity;
    for (const consumer of this.consumers) {
      if (consumer.node.spec.consumes === 'list') return;
      if (!consumer.inputsDone) slowest = Math.min(slowest, consumer.next);
    }
    const end = Math.min(slowest, this.slots.length);
    for (let i = this.taken; i < end; i++) this.slots[i] = TAKEN;
    if (end > this.taken) this.taken = end;
  }

  /** Records made but not yet taken by the slowest item-consuming node. */
  buffered(): number {
    let slowest = Infinity;
    for (const consumer of this.consumers) {
      if (consumer.node.spec.consumes === 'item' && !consumer.inputsDone) slowest = Math.min(slowest, consumer.next);
    }
    return slowest === Infinity ? 0 : this.slots.length - slowest;
  }

  /** Output items this node is expected to make, as far as is known yet. */
  outputsExpected(): number {
    if (this.finished || this.node.spec.emits === 'many') return this.slots.length;
    return this.executionsExpected();
  }

  /** Executions (run, cached or skipped) this node is expected to have, as far as is known yet. */
  executionsExpected(): number {
    if (this.inputsDone) return this.next;
    if (this.upstream.length === 0 || this.node.spec.consumes === 'list') return 1;
    let least = Infinity;
    for (const { from } of this.upstream) {
      if (from.finished && from.slots.length === 1) continue;
      least = Math.min(least, from.outputsExpected());
    }
    return Math.max(this.next, least === Infinity ? 1 : least);
  }
}
