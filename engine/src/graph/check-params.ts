import { MAX_SEED, artError, paramsSchema, type ArtError, type ParamSpec, type ParamSpecs } from '@artfactory/nodes';

/** Validates a node's params against its spec; fills defaults, or returns one error per bad field. */
export function checkParams(
  params: Record<string, unknown>,
  specs: ParamSpecs,
  where: { nodeId: string; path: string },
): { ok: true; value: Record<string, unknown> } | { ok: false; error: ArtError[] } {
  const parsed = paramsSchema(specs).safeParse(params);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: ArtError[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = `${where.path}.${key}`;
        const known = Object.keys(specs);
        const expected = known.length ? `expected one of ${known.map((k) => `"${k}"`).join(', ')}` : 'this node takes no params';
        errors.push(artError('invalid-param', `${path}: unknown param; ${expected}`, { nodeId: where.nodeId, path }));
      }
      continue;
    }
    const name = String(issue.path[0] ?? '');
    const spec = specs[name];
    if (!spec || seen.has(name)) continue;
    seen.add(name);
    const path = `${where.path}.${name}`;
    errors.push(
      artError('invalid-param', `${path}: expected ${describeParam(spec)}, got ${preview(params[name])}`, {
        nodeId: where.nodeId,
        path,
      }),
    );
  }
  return { ok: false, error: errors };
}

/** Says in words what values a param accepts, for error messages. */
export function describeParam(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'text':
    case 'string': {
      const parts = [spec.required ? 'non-empty text' : 'text'];
      if (spec.maxLength !== undefined) parts.push(`of at most ${spec.maxLength} characters`);
      return parts.join(' ');
    }
    case 'int':
    case 'float':
      return `${spec.kind === 'int' ? 'an integer' : 'a number'}${range(spec.min, spec.max)}`;
    case 'bool':
      return 'true or false';
    case 'enum':
      return `one of ${spec.options.map((o) => JSON.stringify(o)).join(', ')}`;
    case 'seed':
      return `a seed: an integer from 0 to ${MAX_SEED}, or -1 for a new one each run`;
  }
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
