import { describe, expect, it } from 'vitest';
import { paramsJsonSchema, paramsSchema } from './kit/param-kinds';
import { PORT_TYPES } from './kit/value-types';
import { builtinRuns } from './runtime';
import { builtinSpecs } from './specs';

describe('built-in nodes', () => {
  it('have unique dotted types and a run function each', () => {
    const types = builtinSpecs.map((spec) => spec.type);
    expect(new Set(types).size).toBe(types.length);
    for (const type of types) expect(builtinRuns.get(type)?.spec.type).toBe(type);
  });

  it('declare only known port types', () => {
    for (const spec of builtinSpecs) {
      for (const port of [...Object.values(spec.inputs), ...Object.values(spec.outputs)]) {
        expect(PORT_TYPES).toContain(port.type);
      }
    }
  });

  it('accept their own defaults and publish a JSON Schema for their params', () => {
    for (const spec of builtinSpecs) {
      expect(paramsSchema(spec.params).safeParse({}).success, spec.type).toBe(true);
      expect(paramsJsonSchema(spec.params)).toMatchObject({ type: 'object' });
    }
  });

  it('include at least one output node', () => {
    expect(builtinSpecs.some((spec) => spec.isOutput)).toBe(true);
  });
});
