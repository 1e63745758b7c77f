import type { GraphNode, LoadedGraph } from './loaded-graph';

/** What runs, in what order. */
export interface ExecutionPlan {
  /** Nodes that lead to an output node, in topological order (Kahn; ties keep workflow order). */
  order: GraphNode[];
  /** Nodes that lead to no output node, so never run. */
  skipped: string[];
}

/** Orders a loaded graph for running; only nodes that reach an output node take part. */
export function planGraph(graph: LoadedGraph): ExecutionPlan {
  const reaching = new Set<string>();
  const pending: string[] = [];
  for (const node of graph.nodes.values()) {
    if (node.spec.isOutput) {
      reaching.add(node.id);
      pending.push(node.id);
    }
  }
  while (pending.length > 0) {
    const node = graph.nodes.get(pending.pop()!)!;
    for (const edge of node.inputs.values()) {
      if (!reaching.has(edge.source)) {
        reaching.add(edge.source);
        pending.push(edge.source);
      }
    }
  }

  const indegree = new Map<string, number>();
  for (const id of reaching) indegree.set(id, graph.nodes.get(id)!.inputs.size);
  const ready = [...graph.nodes.values()].filter((n) => reaching.has(n.id) && n.inputs.size === 0);
  const order: GraphNode[] = [];
  while (ready.length > 0) {
    const node = ready.shift()!;
    order.push(node);
    for (const edge of node.outputs) {
      if (!reaching.has(edge.target)) continue;
      const left = indegree.get(edge.target)! - 1;
      indegree.set(edge.target, left);
      if (left === 0) ready.push(graph.nodes.get(edge.target)!);
    }
  }
  // loadWorkflow refuses cycles, so every reaching node is ordered; a miss is a bug.
  if (order.length !== reaching.size) throw new Error('planGraph: the graph has a cycle; load it with loadWorkflow first');
  const skipped = [...graph.nodes.keys()].filter((id) => !reaching.has(id));
  return { order, skipped };
}
