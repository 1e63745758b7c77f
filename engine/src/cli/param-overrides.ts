import { artError, err, ok, type ArtError, type NodeSpec, type Result } from '@artfactory/nodes';

/**
 * Applies `--set NODE.PARAM=VALUE` overrides to a workflow file before it is
 * validated. Values are read by the param's kind (so `--set prompt.prompt=42`
 * stays text), and the ordinary validation then checks ranges and options.
 */
export function applyParamOverrides(
  file: unknown,
  assignments: readonly string[],
  specs: ReadonlyMap<string, NodeSpec>,
): Result<unknown, ArtError[]> {
  if (assignments.length === 0) return ok(file);
  const nodes = (file as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return err([artError('invalid-workflow', 'nodes: expected a list of nodes')]);
  const copy = structuredClone(file) as { nodes: Array<{ id?: unknown; type?: unknown; params?: Record<string, unknown> }> };
  const problems: ArtError[] = [];
  for (const assignment of assignments) {
    const match = /^([^.=]+)\.([^=]+)=(.*)$/s.exec(assignment);
    if (!match) {
      problems.push(artError('invalid-argument', `--set ${assignment}: expected NODE.PARAM=VALUE`));
      continue;
    }
    const [, nodeId, param, raw] = match as unknown as [string, string, string, string];
    const node = copy.nodes.find((n) => typeof n === 'object' && n !== null && n.id === nodeId);
    if (!node) {
      const known = copy.nodes.map((n) => String((n as { id?: unknown } | null)?.id)).join(', ');
      problems.push(artError('unknown-node', `--set ${assignment}: no node "${nodeId}" (nodes: ${known})`));
      continue;
    }
    const spec = typeof node.type === 'string' ? specs.get(node.type) : undefined;
    const paramSpec = spec?.params[param];
    if (spec && !paramSpec) {
      const known = Object.keys(spec.params).join(', ') || 'none';
      problems.push(artError('invalid-param', `--set ${assignment}: ${spec.type} has no param "${param}" (params: ${known})`, { nodeId }));
      continue;
    }
    // Params that are not an object are left for validation to report as they are.
    if (node.params !== undefined && (typeof node.params !== 'object' || node.params === null || Array.isArray(node.params))) continue;
    node.params = { ...(node.params ?? {}), [param]: readValue(raw, paramSpec?.kind) };
  }
  return problems.length > 0 ? err(problems) : ok(copy);
}

function readValue(raw: string, kind: string | undefined): unknown {
  if (kind === 'text' || kind === 'string' || kind === 'enum') return raw;
  if (kind === 'bool') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return raw;
}
