import {
  artError,
  canConnect,
  err,
  ok,
  parseWorkflowFile,
  valueHash,
  type ArtError,
  type Result,
  type Workflow,
} from '@artfactory/nodes';
import { checkParams } from './check-params';
import { findCycles } from './find-cycles';
import type { GraphEdge, GraphNode, LoadedGraph, SpecRegistry } from './loaded-graph';
import { migrateNodeParams } from './migrate-node-params';

interface NodeDraft {
  id: string;
  index: number;
  spec: GraphNode['spec'];
  params: Record<string, unknown>;
  inputs: Map<string, GraphEdge>;
  outputs: GraphEdge[];
  /** Inputs that have a wire, even one refused: they are not also reported as missing. */
  wired: Set<string>;
}

/**
 * Parses, migrates and checks a workflow against the known node specs,
 * reporting every problem at once, each naming its node and field.
 */
export function loadWorkflow(input: unknown, specs: SpecRegistry): Result<LoadedGraph, ArtError[]> {
  const parsed = parseWorkflowFile(input);
  if (!parsed.ok) return parsed;
  const workflow = parsed.value;
  const errors: ArtError[] = [];
  const drafts = new Map<string, NodeDraft>();
  const nodeIds = new Set<string>();

  workflow.nodes.forEach((node, index) => {
    const path = `nodes[${index}]`;
    if (nodeIds.has(node.id)) {
      errors.push(artError('duplicate-node-id', `${path}.id: another node already has the id "${node.id}"; ids must be unique`, { nodeId: node.id, path: `${path}.id` }));
      return;
    }
    nodeIds.add(node.id);
    const spec = specs.get(node.type);
    if (!spec) {
      errors.push(artError('unknown-node-type', `${path}.type: unknown node type "${node.type}"; is a plugin missing?`, { nodeId: node.id, path: `${path}.type` }));
      return;
    }
    const where = { nodeId: node.id, path: `${path}.params` };
    const draft: NodeDraft = { id: node.id, index, spec, params: node.params, inputs: new Map(), outputs: [], wired: new Set() };
    drafts.set(node.id, draft);
    const migrated = migrateNodeParams(node.params, node.version, spec, { nodeId: node.id, path: `${path}.version` });
    if (!migrated.ok) {
      errors.push(migrated.error);
      return;
    }
    const checked = checkParams(migrated.value, spec.params, where);
    if (checked.ok) draft.params = checked.value;
    else errors.push(...checked.error);
  });

  const edges = checkEdges(workflow, drafts, nodeIds, errors);
  checkMissingInputs(drafts, errors);

  const successors = new Map<string, string[]>();
  for (const edge of edges) successors.set(edge.source, [...(successors.get(edge.source) ?? []), edge.target]);
  for (const cycle of findCycles([...drafts.keys()], successors)) {
    const first = drafts.get(cycle[0]!)!;
    errors.push(
      artError('cycle', `nodes ${cycle.map((id) => `"${id}"`).join(' → ')} form a cycle; a workflow must flow one way`, {
        nodeId: first.id,
        path: `nodes[${first.index}]`,
        details: { nodes: cycle },
      }),
    );
  }

  if (!workflow.nodes.some((n) => specs.get(n.type)?.isOutput)) {
    errors.push(artError('no-output-node', 'nodes: the workflow has no output node (such as Save), so nothing would run', { path: 'nodes' }));
  }

  if (errors.length > 0) return err(errors);
  return ok({ workflow, nodes: drafts, edges, hash: workflowHash(workflow, drafts) });
}

function checkEdges(workflow: Workflow, drafts: Map<string, NodeDraft>, nodeIds: Set<string>, errors: ArtError[]): GraphEdge[] {
  const edges: GraphEdge[] = [];
  workflow.edges.forEach((edge, index) => {
    const path = `edges[${index}]`;
    let broken = false;
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) {
        errors.push(artError('unknown-node', `${path}.${end}: no node has the id "${edge[end]}"`, { path: `${path}.${end}`, nodeId: edge[end] }));
        broken = true;
      }
    }
    const source = drafts.get(edge.source);
    const target = drafts.get(edge.target);
    const input = target?.spec.inputs[edge.targetInput];
    if (input) target!.wired.add(edge.targetInput);
    // An end whose node type is unknown was reported already; its ports cannot be checked.
    if (broken || !source || !target) return;
    const output = source.spec.outputs[edge.sourceOutput];
    if (!output) {
      errors.push(portError(`${path}.sourceOutput`, source, 'output', edge.sourceOutput, Object.keys(source.spec.outputs)));
    }
    if (!input) {
      errors.push(portError(`${path}.targetInput`, target, 'input', edge.targetInput, Object.keys(target.spec.inputs)));
    }
    if (!output || !input) return;
    if (!canConnect(output.type, input.type)) {
      errors.push(
        artError(
          'incompatible-connection',
          `${path}: "${source.id}".${edge.sourceOutput} carries ${output.type}, but "${target.id}".${edge.targetInput} takes ${input.type}`,
          { nodeId: target.id, path, details: { from: output.type, to: input.type } },
        ),
      );
      return;
    }
    if (target.inputs.has(edge.targetInput)) {
      errors.push(
        artError('duplicate-input', `${path}.targetInput: input "${edge.targetInput}" of "${target.id}" already has a wire; an input takes one`, {
          nodeId: target.id,
          path: `${path}.targetInput`,
        }),
      );
      return;
    }
    const checked: GraphEdge = { ...pickEnds(edge), fromType: output.type, toType: input.type };
    target.inputs.set(edge.targetInput, checked);
    source.outputs.push(checked);
    edges.push(checked);
  });
  return edges;
}

function checkMissingInputs(drafts: Map<string, NodeDraft>, errors: ArtError[]): void {
  for (const draft of drafts.values()) {
    for (const [name, port] of Object.entries(draft.spec.inputs)) {
      if (port.optional || draft.wired.has(name)) continue;
      const path = `nodes[${draft.index}].inputs.${name}`;
      errors.push(artError('missing-input', `${path}: input "${name}" (${port.type}) of "${draft.id}" must be connected`, { nodeId: draft.id, path }));
    }
  }
}

function portError(path: string, node: NodeDraft, side: 'input' | 'output', name: string, known: string[]): ArtError {
  const choices = known.length ? `it has ${known.map((k) => `"${k}"`).join(', ')}` : `it has no ${side}s`;
  return artError('unknown-port', `${path}: ${node.spec.type} "${node.id}" has no ${side} "${name}"; ${choices}`, { nodeId: node.id, path });
}

function pickEnds(edge: Workflow['edges'][number]): Pick<GraphEdge, 'source' | 'sourceOutput' | 'target' | 'targetInput'> {
  return { source: edge.source, sourceOutput: edge.sourceOutput, target: edge.target, targetInput: edge.targetInput };
}

// Only what changes results counts: positions, labels, names and edge ids do not.
function workflowHash(workflow: Workflow, drafts: Map<string, NodeDraft>): string {
  const nodes = [...drafts.values()]
    .map((d) => ({ id: d.id, type: d.spec.type, version: d.spec.version, params: d.params }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edges = workflow.edges.map(pickEnds).map((e) => `${e.source}.${e.sourceOutput}>${e.target}.${e.targetInput}`).sort();
  return valueHash({ format: workflow.format, version: workflow.version, nodes, edges });
}
