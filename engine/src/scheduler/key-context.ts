import { valueHash, type NodeSpec } from '@artfactory/nodes';
import { sha256Hex } from '../cache/sha256-hex';
import type { GraphNode } from '../graph/loaded-graph';
import type { RunGraphOptions } from './run-types';

/**
 * Hashes, once per run, the parts of the run's context that planned nodes
 * declare they depend on (`spec.dependsOn`), and returns each node's share:
 * the lookup table's content for expansions, the project for output nodes.
 */
export async function keyContext(
  nodes: readonly GraphNode[],
  options: Pick<RunGraphOptions, 'projectId' | 'services'>,
): Promise<(spec: NodeSpec) => Record<string, string>> {
  const wanted = new Set(nodes.flatMap((node) => node.spec.dependsOn ?? []));
  const hashes: Record<string, string> = {};
  if (wanted.has('lookups')) hashes.lookups = valueHash((await options.services.lookups?.table()) ?? {}, sha256Hex);
  if (wanted.has('project')) hashes.project = options.projectId;
  return (spec) => {
    const own: Record<string, string> = {};
    for (const name of spec.dependsOn ?? []) own[name] = hashes[name]!;
    return own;
  };
}
