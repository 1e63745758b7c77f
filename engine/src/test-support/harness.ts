import { builtinSpecs, specRegistry, WORKFLOW_FORMAT, WORKFLOW_VERSION, type NodeRun, type RunEvent } from '@artfactory/nodes';
import { ExecutionCache } from '../cache/execution-cache';
import { RunEmitter } from '../events/run-emitter';
import type { LoadedGraph, SpecRegistry } from '../graph/loaded-graph';
import { loadWorkflow } from '../graph/load-workflow';
import { runGraph } from '../scheduler/run-graph';
import type { RunGraphOptions, RunSummary } from '../scheduler/run-types';
import { MemoryCacheStore } from './memory-cache-store';
import { MapMedia } from '@artfactory/nodes/testing';
import { testRuns } from './test-runs';
import { testSpecs } from './test-specs';

/** Built-in and test node specs by type. */
export const testRegistry: SpecRegistry = specRegistry([...builtinSpecs, ...testSpecs]);

/** A node as `[id, type, params?]`. */
export type NodeTuple = [id: string, type: string, params?: Record<string, unknown>];

/** Builds a workflow file from node tuples and `"a.out>b.in"` edge strings. */
export function workflow(nodes: NodeTuple[], edges: string[] = []): Record<string, unknown> {
  return {
    format: WORKFLOW_FORMAT,
    version: WORKFLOW_VERSION,
    nodes: nodes.map(([id, type, params], i) => ({ id, type, version: 1, params: params ?? {}, position: { x: i * 100, y: 0 } })),
    edges: edges.map((edge) => {
      const [from, to] = edge.split('>') as [string, string];
      const [source, sourceOutput] = from.split('.') as [string, string];
      const [target, targetInput] = to.split('.') as [string, string];
      return { source, sourceOutput, target, targetInput };
    }),
  };
}

/** Loads a workflow against the test registry, throwing on load errors (tests of loading use loadWorkflow itself). */
export function load(file: Record<string, unknown>): LoadedGraph {
  const loaded = loadWorkflow(file, testRegistry);
  if (!loaded.ok) throw new Error(`workflow did not load: ${loaded.error.map((e) => e.message).join('; ')}`);
  return loaded.value;
}

/** What a test run produced. */
export interface TestRun {
  summary: RunSummary;
  events: RunEvent[];
  /** `item.done` item keys by node id, in completion order. */
  done: (nodeId: string) => string[];
}

let runCounter = 0;

/** Runs a workflow file with test nodes on the main thread and an in-memory cache unless given. */
export async function runWorkflow(
  file: Record<string, unknown>,
  options: Partial<RunGraphOptions> & { cache?: ExecutionCache; runs?: ReadonlyMap<string, NodeRun> } = {},
): Promise<TestRun> {
  runCounter += 1;
  const runId = options.runId ?? `run-${runCounter}`;
  const emitter = options.emitter ?? new RunEmitter(runId, { progressIntervalMs: 0 });
  const events: RunEvent[] = [];
  emitter.on((event) => events.push(event));
  const summary = await runGraph(load(file), {
    projectId: 'test',
    cache: new ExecutionCache(new MemoryCacheStore()),
    services: { media: new MapMedia() },
    runs: testRuns,
    ...options,
    runId,
    emitter,
  });
  const done = (nodeId: string) =>
    events.flatMap((e) => (e.type === 'item.done' && e.nodeId === nodeId ? [e.itemKey] : []));
  return { summary, events, done };
}
