import type { Workflow } from '@artfactory/nodes';
import type { ResolvedSeeds } from '../scheduler/run-types';

/**
 * The workflow as it actually ran: every `-1` seed replaced by the seed drawn
 * for it. This is what a run records and what saved images embed, so running
 * the embedded workflow again reproduces the image.
 */
export function applySeeds(workflow: Workflow, seeds: ResolvedSeeds): Workflow {
  if (Object.keys(seeds).length === 0) return workflow;
  return {
    ...workflow,
    nodes: workflow.nodes.map((node) => {
      const drawn = seeds[node.id];
      return drawn ? { ...node, params: { ...node.params, ...drawn } } : node;
    }),
  };
}
