import {
  ArtFailure,
  artError,
  toArtError,
  type ArtError,
  type ExecuteContext,
  type ItemCounts,
  type NodeRun,
  type ProductRef,
} from '@artfactory/nodes';
import { setMaxListeners } from 'node:events';
import { runExecution } from '../executor/execute-run';
import type { LoadedGraph } from '../graph/loaded-graph';
import { planGraph } from '../graph/plan';
import { itemReadiness, listReadiness, type Readiness } from './item-readiness';
import { NodeState, TAKEN, type Slot } from './node-state';
import { keyContext } from './key-context';
import { resolveSeeds } from './resolve-seeds';
import type { RunGraphOptions, RunSummary } from './run-types';
import { runStatus } from './run-status';

type Ready = Readiness & { kind: 'ready' };
type Records = Array<Record<string, unknown>>;

const noProgress = (): void => {};

const DEFAULT_MAIN_CONCURRENCY = 8;
const WORKER_TASKS_PER_THREAD = 16;

/**
 * One run of a loaded graph, executed as a stream: each node starts an
 * execution as soon as its input items are ready, in index order, within its
 * concurrency limit; expansions pause while their slowest consumer lags.
 */
export class GraphRun {
  private readonly states = new Map<string, NodeState>();
  private readonly signal: AbortSignal;
  private highWater: number;
  /** Executions paused by backpressure; when they are all that is in flight, nothing else can free them. */
  private pausedForCapacity = 0;
  private readonly startedAt = performance.now();
  private inflight = 0;
  private unfinished = 0;
  private products = 0;
  private settle: () => void = () => {};
  private unlinkOuter: () => void = () => {};

  constructor(
    private readonly graph: LoadedGraph,
    private readonly options: RunGraphOptions,
  ) {
    // A signal of our own, following the caller's: Piscina adds a listener per task in flight.
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    const outer = options.signal;
    if (outer?.aborted) controller.abort(outer.reason);
    else if (outer) {
      const forward = () => controller.abort(outer.reason);
      outer.addEventListener('abort', forward, { once: true });
      this.unlinkOuter = () => outer.removeEventListener('abort', forward);
    }
    this.signal = controller.signal;
    this.highWater = options.highWater ?? 256;
  }

  /** Runs the graph to the end (or cancellation) and says how it went. */
  async run(): Promise<RunSummary> {
    const plan = planGraph(this.graph);
    const { byNode, seeds } = resolveSeeds(plan.order, this.options.seeds, this.options.random);
    const context = await keyContext(plan.order, this.options);
    for (const node of plan.order) {
      const seeded = byNode.get(node.id)!;
      const runInfo = { runId: this.options.runId, nodeId: node.id, projectId: this.options.projectId, workflowHash: this.graph.hash };
      this.states.set(node.id, new NodeState(node, seeded.params, seeded.seed, this.limitOf(node.spec), runInfo, context(node.spec)));
    }
    for (const state of this.states.values()) {
      const inputNames = Object.keys(state.node.spec.inputs);
      for (const name of inputNames) {
        const edge = state.node.inputs.get(name);
        if (!edge) continue;
        const from = this.states.get(edge.source)!;
        state.upstream.push({ name, edge, from });
        if (!from.consumers.includes(state)) from.consumers.push(state);
      }
    }
    this.emit({ type: 'run.started', nodes: plan.order.map((n) => ({ nodeId: n.id, nodeType: n.spec.type })) });
    const setupError = this.checkRunnable();
    if (setupError) return this.finish(seeds, setupError);

    this.unfinished = this.states.size;
    const ended = new Promise<void>((resolve) => (this.settle = resolve));
    const onAbort = () => this.onAbort();
    this.signal.addEventListener('abort', onAbort, { once: true });
    try {
      if (this.signal.aborted) this.onAbort();
      else for (const state of this.states.values()) this.pump(state);
      await ended;
    } finally {
      this.signal.removeEventListener('abort', onAbort);
      this.unlinkOuter();
    }
    return this.finish(seeds);
  }

  private limitOf(spec: NodeState['node']['spec']): number {
    if (spec.emits === 'many' || spec.consumes === 'list') return 1; // records must come out in order
    if (spec.concurrency !== undefined) return Math.max(1, spec.concurrency);
    // Workers idle while a result crosses back and the next task crosses over, so keep a queue ahead of them.
    const pool = this.options.pool;
    return spec.runsOn === 'worker' ? (pool?.capacity ?? WORKER_TASKS_PER_THREAD * (pool?.threads ?? 1)) : DEFAULT_MAIN_CONCURRENCY;
  }

  private checkRunnable(): ArtError | undefined {
    for (const state of this.states.values()) {
      const { spec } = state.node;
      if (spec.runsOn === 'worker' && !this.options.pool) {
        return artError('worker-failed', `node "${state.id}" (${spec.type}) runs in a worker, but no worker pool was given`, { nodeId: state.id });
      }
      if (spec.runsOn === 'main' && !this.options.runs.has(spec.type)) {
        return artError('unknown-node-type', `node "${state.id}": no run function is loaded for ${spec.type}`, { nodeId: state.id });
      }
    }
    return undefined;
  }

  // Starts every execution of `state` that is ready, in index order. Re-entrant
  // calls (a cached result completing synchronously) only ask for another pass.
  private pump(state: NodeState): void {
    if (state.inputsDone || this.signal.aborted) {
      this.tryFinish(state);
      return;
    }
    if (state.pumping) {
      state.repump = true;
      return;
    }
    state.pumping = true;
    const readiness = state.node.spec.consumes === 'list' ? listReadiness : itemReadiness;
    do {
      state.repump = false;
      while (state.running < state.limit && !state.inputsDone && !this.signal.aborted) {
        const ready = readiness(state, state.next);
        if (ready.kind === 'wait') break;
        if (ready.kind === 'end') {
          state.inputsDone = true;
          this.wakeUpstream(state);
          break;
        }
        const index = state.next;
        state.next += 1;
        this.wakeUpstream(state);
        if (ready.kind === 'skip') {
          state.counts.skipped += 1;
          if (state.node.spec.emits === 'one') this.setSlot(state, index, { key: ready.key, ok: false });
          continue;
        }
        this.start(state, index, ready);
      }
    } while (state.repump);
    state.pumping = false;
    this.tryFinish(state);
  }

  private start(state: NodeState, index: number, ready: Ready): void {
    if (!state.started) this.markStarted(state);
    state.running += 1;
    this.inflight += 1;
    this.execute(state, index, ready);
  }

  // Cache hits and synchronous main-thread runs of emits-one nodes finish right
  // here, with no promise at all; everything else continues in `finishLater`.
  private execute(state: NodeState, index: number, ready: Ready): void {
    const { spec } = state.node;
    const began = performance.now();
    const key = state.keyOf(ready.hashes);
    let outcome: Records | Promise<Records>;
    let cached = false;
    const streamed = spec.emits === 'many' ? { count: 0 } : undefined;
    try {
      const hit = spec.cacheable ? (this.options.cache.get(key) as Records | undefined) : undefined;
      if (hit !== undefined) {
        cached = true;
        outcome = hit;
      } else {
        outcome = this.invoke(state, ready, key, streamed);
      }
    } catch (thrown) {
      this.fail(state, index, ready.key, key, thrown, performance.now() - began);
      this.settleExecution(state);
      return;
    }
    if (streamed === undefined && !(outcome instanceof Promise)) {
      try {
        if (!cached && this.signal.aborted) throw new ArtFailure(artError('cancelled', 'the run was cancelled'));
        this.succeed(state, index, ready.key, key, outcome, cached, began);
      } catch (thrown) {
        if (!this.signal.aborted) this.fail(state, index, ready.key, key, thrown, performance.now() - began);
      }
      this.settleExecution(state);
      return;
    }
    void this.finishLater(state, index, ready, key, outcome, cached, began, streamed);
  }

  private async finishLater(
    state: NodeState,
    index: number,
    ready: Ready,
    key: string,
    outcome: Records | Promise<Records>,
    cached: boolean,
    began: number,
    streamed: { count: number } | undefined,
  ): Promise<void> {
    try {
      const records = await outcome;
      if (!cached && this.signal.aborted) throw new ArtFailure(artError('cancelled', 'the run was cancelled'));
      if (streamed) {
        for (let j = streamed.count; j < records.length && !this.signal.aborted; j++) {
          const paused = this.append(state, `${ready.key}.${j}`, records[j]!);
          if (paused) await paused;
        }
      }
      this.succeed(state, index, ready.key, key, records, cached, began);
    } catch (thrown) {
      if (!this.signal.aborted) this.fail(state, index, ready.key, key, thrown, performance.now() - began);
    } finally {
      this.settleExecution(state);
    }
  }

  private succeed(state: NodeState, index: number, itemKey: string, key: string, records: Records, cached: boolean, began: number): void {
    const { spec } = state.node;
    if (spec.emits === 'one') this.setSlot(state, index, { key: itemKey, ok: true, record: records[0]! });
    if (!cached && spec.cacheable) this.options.cache.put(key, spec.type, records);
    const durationMs = performance.now() - began;
    state.counts.done += 1;
    if (cached) state.counts.cached += 1;
    this.options.emitter.itemDone(state.id, itemKey, cached, durationMs);
    this.options.recorder?.itemDone(state.id, itemKey, key, cached, durationMs);
    if (!cached && state.productPorts.length > 0) this.announceProducts(state, records);
  }

  private settleExecution(state: NodeState): void {
    state.running -= 1;
    this.inflight -= 1;
    this.emitProgress(state);
    if (this.signal.aborted) {
      if (this.inflight === 0) this.settle();
    } else {
      this.pump(state);
      this.releaseIfStuck();
    }
  }

  private invoke(state: NodeState, ready: Ready, key: string, streamed: { count: number } | undefined): Records | Promise<Records> {
    const { spec } = state.node;
    if (spec.runsOn === 'worker') {
      const task = { nodeType: spec.type, inputs: ready.inputs, params: state.params, seed: state.seed, cacheKey: key, run: state.runInfo };
      return this.options.pool!.run(task, this.signal).then((reply) => {
        if (!reply.ok) throw new ArtFailure(reply.error);
        return reply.records as Records;
      });
    }
    const { services } = this.options;
    // One literal with every field: adding the optional ones afterwards would grow the object, once per execution.
    const context: ExecuteContext = {
      seed: state.seed,
      signal: this.signal,
      // Item counts are what node.progress reports; a fraction within one execution has no event yet.
      progress: noProgress,
      media: services.media,
      run: state.runInfo,
      cacheKey: key,
      products: services.products,
      lookups: services.lookups,
    };
    const onRecord = streamed ? (r: Record<string, unknown>) => this.append(state, `${ready.key}.${streamed.count++}`, r) : undefined;
    return runExecution(this.options.runs.get(spec.type) as NodeRun, ready.inputs, state.params, context, onRecord);
  }

  private fail(state: NodeState, index: number, itemKey: string, key: string, thrown: unknown, durationMs: number): void {
    const base = toArtError(thrown);
    const error: ArtError = { ...base, nodeId: base.nodeId ?? state.id };
    state.counts.failed += 1;
    if (state.node.spec.emits === 'one') this.setSlot(state, index, { key: itemKey, ok: false });
    this.emit({ type: 'item.failed', nodeId: state.id, itemKey, error });
    this.options.recorder?.itemFailed(state.id, itemKey, key, error, durationMs);
  }

  private setSlot(state: NodeState, index: number, slot: Slot): void {
    // Nobody reads an output node's slots: only their number counts.
    state.slots[index] = state.consumers.length === 0 && index > 0 ? TAKEN : slot;
    for (const consumer of state.consumers) this.pump(consumer);
  }

  // Adds one record of an emits-many execution; returns a promise only when the
  // slowest consumer lags too far behind, to be awaited before the next record.
  private append(state: NodeState, key: string, record: Record<string, unknown>): Promise<void> | undefined {
    state.slots.push({ key, ok: true, record });
    for (const consumer of state.consumers) this.pump(consumer);
    if (state.buffered() < this.highWater || this.signal.aborted) return undefined;
    return this.pauseForCapacity(state);
  }

  private async pauseForCapacity(state: NodeState): Promise<void> {
    while (state.buffered() >= this.highWater && !this.signal.aborted) {
      const resumed = new Promise<void>((resolve) => state.capacityWaiters.push(resolve));
      this.pausedForCapacity += 1;
      this.releaseIfStuck();
      await resumed;
    }
  }

  private wakeUpstream(state: NodeState): void {
    for (const { from } of state.upstream) {
      if (from.capacityWaiters.length > 0 && from.buffered() < this.highWater) this.wake(from);
      from.dropTaken();
    }
  }

  // A consumer that also waits on a list node fed by the same expansion can never
  // catch up, so backpressure would deadlock: when every execution in flight is
  // paused, lift the limit for the rest of the run (memory over a hang).
  private releaseIfStuck(): void {
    if (this.pausedForCapacity === 0 || this.pausedForCapacity < this.inflight) return;
    this.highWater = Infinity;
    for (const state of this.states.values()) this.wake(state);
  }

  private wake(state: NodeState): void {
    const waiters = state.capacityWaiters;
    state.capacityWaiters = [];
    this.pausedForCapacity -= waiters.length;
    for (const resolve of waiters) resolve();
  }

  private announceProducts(state: NodeState, records: ReadonlyArray<Record<string, unknown>>): void {
    for (const port of state.productPorts) {
      for (const record of records) {
        const product = record[port] as ProductRef;
        this.products += 1;
        this.emit({
          type: 'product.created',
          nodeId: state.id,
          productId: product.id,
          mediaHash: product.image.hash,
          prompt: product.image.provenance?.prompt ?? '',
          thumbnails: product.thumbnails,
        });
      }
    }
  }

  private markStarted(state: NodeState): void {
    state.started = true;
    this.emit({ type: 'node.started', nodeId: state.id, nodeType: state.node.spec.type });
  }

  private tryFinish(state: NodeState): void {
    if (state.finished || !state.inputsDone || state.running > 0 || this.signal.aborted) return;
    state.finished = true;
    if (!state.started) this.markStarted(state);
    this.emitProgress(state);
    this.emit({ type: 'node.finished', nodeId: state.id, ...this.itemCounts(state) });
    for (const consumer of state.consumers) this.pump(consumer);
    this.unfinished -= 1;
    if (this.unfinished === 0) this.settle();
  }

  private onAbort(): void {
    for (const state of this.states.values()) this.wake(state);
    if (this.inflight === 0) this.settle();
  }

  private emitProgress(state: NodeState): void {
    this.options.emitter.progress(state.id, state.readCounts);
  }

  private itemCounts(state: NodeState): ItemCounts {
    return state.readCounts();
  }

  private finish(seeds: RunSummary['seeds'], graphError?: ArtError): RunSummary {
    const cancelled = this.signal.aborted && !graphError;
    try {
      this.options.cache.flush();
    } catch (error) {
      console.error('execution cache: flush at the end of the run failed', error);
    }
    const counts = { done: 0, cached: 0, failed: 0, products: this.products };
    let outputItems = 0;
    const nodes: RunSummary['nodes'] = {};
    for (const state of this.states.values()) {
      if (state.started && !state.finished) this.emit({ type: 'node.finished', nodeId: state.id, ...this.itemCounts(state) });
      state.counts.total = this.itemCounts(state).total;
      nodes[state.id] = { ...state.counts };
      counts.done += state.counts.done;
      counts.cached += state.counts.cached;
      counts.failed += state.counts.failed;
      if (state.node.spec.isOutput) outputItems += state.counts.done;
    }
    const status = runStatus({ cancelled, graphFailed: graphError !== undefined, failedItems: counts.failed, outputItems });
    const durationMs = performance.now() - this.startedAt;
    this.emit({
      type: 'run.finished',
      status,
      counts: { ...counts, total: counts.done + counts.failed },
      durationMs,
      ...(graphError ? { error: graphError } : {}),
    });
    const summary: RunSummary = { runId: this.options.runId, status, counts, nodes, seeds, durationMs };
    if (graphError) summary.error = graphError;
    return summary;
  }

  private emit(event: Parameters<RunGraphOptions['emitter']['emit']>[0]): void {
    this.options.emitter.emit(event);
  }
}

