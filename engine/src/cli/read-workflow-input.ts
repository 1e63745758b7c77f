import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { artError, builtinRegistry, err, ok, type ArtError, type Result } from '@artfactory/nodes';
import type { LoadedGraph, SpecRegistry } from '../graph/loaded-graph';
import { loadWorkflow } from '../graph/load-workflow';
import { applyParamOverrides } from './param-overrides';

/**
 * Reads a workflow file, applies `--set` overrides and validates it — all
 * before the data folder is touched, so refused input writes nothing.
 */
export async function readWorkflowInput(
  file: string,
  overrides: readonly string[] = [],
  registry: SpecRegistry = builtinRegistry,
): Promise<Result<LoadedGraph, ArtError[]>> {
  let text: string;
  try {
    text = await readFile(path.resolve(file), 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return err([artError('invalid-argument', `${file}: ${reason}`)]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err([artError('invalid-json', `${file}: not valid JSON (${(e as Error).message})`)]);
  }
  const overridden = applyParamOverrides(json, overrides, registry);
  if (!overridden.ok) return overridden;
  const loaded = loadWorkflow(overridden.value, registry);
  return loaded.ok ? ok(loaded.value) : loaded;
}

/** One line per problem: code, where, and what is wrong. */
export function formatProblems(problems: readonly ArtError[]): string {
  return problems
    .map((problem) => {
      const node = problem.nodeId ? `, node "${problem.nodeId}"` : '';
      return `  ✗ ${problem.message}  [${problem.code}${node}]`;
    })
    .join('\n');
}
