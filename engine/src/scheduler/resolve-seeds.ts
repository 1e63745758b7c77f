import { MAX_SEED } from '@artfactory/nodes';
import type { GraphNode } from '../graph/loaded-graph';
import type { ResolvedSeeds } from './run-types';

/** A node's params with `-1` seeds drawn, and the seed its executions get. */
export interface SeededParams {
  params: Record<string, unknown>;
  /** The first seed-kind param after resolution, or 0 when the node has none. */
  seed: number;
}

/**
 * Resolves every `-1` seed param once per run, before any hashing, so cache
 * keys and results are reproducible from the recorded seeds.
 */
export function resolveSeeds(
  nodes: readonly GraphNode[],
  given: ResolvedSeeds = {},
  random: () => number = Math.random,
): { byNode: Map<string, SeededParams>; seeds: ResolvedSeeds } {
  const byNode = new Map<string, SeededParams>();
  const seeds: ResolvedSeeds = {};
  for (const node of nodes) {
    let params = node.params;
    let seed: number | undefined;
    for (const [name, spec] of Object.entries(node.spec.params)) {
      if (spec.kind !== 'seed') continue;
      let value = params[name] as number;
      if (value === -1) {
        value = given[node.id]?.[name] ?? Math.floor(random() * (MAX_SEED + 1));
        params = params === node.params ? { ...params } : params;
        params[name] = value;
        (seeds[node.id] ??= {})[name] = value;
      }
      seed ??= value;
    }
    byNode.set(node.id, { params, seed: seed ?? 0 });
  }
  return { byNode, seeds };
}
