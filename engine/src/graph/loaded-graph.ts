import type { NodeSpec, PortType, Workflow } from '@artfactory/nodes';

/** The node specs the engine knows, by node type. */
export type SpecRegistry = ReadonlyMap<string, NodeSpec>;

/** A checked wire: both ends exist and their types may connect. */
export interface GraphEdge {
  source: string;
  sourceOutput: string;
  target: string;
  targetInput: string;
  /** The type the source output carries. */
  fromType: PortType;
  /** The type the target input expects; differs from `fromType` on widening wires. */
  toType: PortType;
}

/** A checked node: its spec, its params migrated, validated and with defaults filled. */
export interface GraphNode {
  id: string;
  /** Position in `workflow.nodes`, for error paths. */
  index: number;
  spec: NodeSpec;
  params: Record<string, unknown>;
  /** The wire into each connected input, by input name. */
  inputs: ReadonlyMap<string, GraphEdge>;
  /** The wires out of this node, in workflow order. */
  outputs: readonly GraphEdge[];
}

/** A workflow that passed every load check, ready to plan and run. */
export interface LoadedGraph {
  workflow: Workflow;
  nodes: ReadonlyMap<string, GraphNode>;
  edges: readonly GraphEdge[];
  /** Content hash of what the workflow computes: positions, labels, names and edge ids left out. */
  hash: string;
}
