import { builtinRegistry } from '@artfactory/nodes';
import { describe, expect, it } from 'vitest';
import { applyParamOverrides } from './param-overrides';

const specs = builtinRegistry;
const file = {
  format: 'artfactory.workflow',
  version: 1,
  nodes: [
    { id: 'prompt', type: 'input.prompt', version: 1, params: { prompt: 'a cat' } },
    { id: 'paint', type: 'generate.local', version: 1, params: {} },
  ],
  edges: [],
};

describe('--set overrides', () => {
  it('reads values by the kind of the param they set', () => {
    const result = applyParamOverrides(file, ['prompt.prompt=42', 'paint.seed=7', 'paint.detail=0.25'], specs);
    expect(result.ok).toBe(true);
    const nodes = (result as { value: typeof file }).value.nodes;
    expect(nodes[0]!.params).toEqual({ prompt: '42' });
    expect(nodes[1]!.params).toEqual({ seed: 7, detail: 0.25 });
  });

  it('leaves the original file untouched', () => {
    applyParamOverrides(file, ['prompt.prompt=a dog'], specs);
    expect(file.nodes[0]!.params.prompt).toBe('a cat');
  });

  it('keeps an equals sign inside the value', () => {
    const result = applyParamOverrides(file, ['prompt.prompt=x=y'], specs);
    expect(result.ok && (result.value as typeof file).nodes[0]!.params.prompt).toBe('x=y');
  });

  it('leaves malformed nodes and params for validation to report', () => {
    const odd = { ...file, nodes: [null, { id: 'prompt', type: 'input.prompt', version: 1, params: 'zz' }] };
    const result = applyParamOverrides(odd, ['prompt.prompt=x'], specs);
    expect(result.ok && (result.value as { nodes: unknown[] }).nodes[1]).toMatchObject({ params: 'zz' });
  });

  it('reports every bad assignment, naming the node or the param', () => {
    const result = applyParamOverrides(file, ['nodot', 'ghost.seed=1', 'paint.colour=red'], specs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.code)).toEqual(['invalid-argument', 'unknown-node', 'invalid-param']);
    expect(result.error[1]!.message).toContain('nodes: prompt, paint');
    expect(result.error[2]!.message).toContain('params: seed, detail, width, height');
  });
});
