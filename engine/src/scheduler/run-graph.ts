import type { LoadedGraph } from '../graph/loaded-graph';
import { GraphRun } from './graph-run';
import type { RunGraphOptions, RunSummary } from './run-types';

/**
 * Runs a loaded graph as a stream and resolves when it has ended: every item
 * done or failed, or the signal aborted. Emits `run.started` through
 * `run.finished` (the caller emits `run.queued`) and `product.created` for
 * each product-typed output a non-cached execution makes.
 */
export function runGraph(graph: LoadedGraph, options: RunGraphOptions): Promise<RunSummary> {
  return new GraphRun(graph, options).run();
}
