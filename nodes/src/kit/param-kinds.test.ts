import { describe, expect, it } from 'vitest';
import { defaultParams, paramsJsonSchema, paramsSchema, type ParamSpecs } from './param-kinds';

const specs = {
  prompt: { kind: 'text', default: '', required: true },
  width: { kind: 'int', default: 512, min: 64, max: 2048 },
  detail: { kind: 'float', default: 0.5, min: 0, max: 1 },
  tile: { kind: 'bool', default: false },
  sampler: { kind: 'enum', default: 'euler', options: ['euler', 'ddim'] },
  seed: { kind: 'seed', default: -1 },
  name: { kind: 'string', default: 'x', maxLength: 3 },
} satisfies ParamSpecs;

describe('param kinds', () => {
  it('fills defaults for missing params', () => {
    const parsed = paramsSchema(specs).parse({ prompt: 'a cat' });
    expect(parsed).toEqual({ ...defaultParams(specs), prompt: 'a cat' });
  });

  it('reports every bad field with its name', () => {
    const result = paramsSchema(specs).safeParse({
      prompt: '',
      width: 64.5,
      detail: 2,
      tile: 'yes',
      sampler: 'plms',
      seed: 2 ** 33,
      name: 'long',
      extra: 1,
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.') || issue.message);
    for (const field of ['prompt', 'width', 'detail', 'tile', 'sampler', 'seed', 'name']) expect(paths).toContain(field);
    expect(result.error!.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
  });

  it('accepts -1 as a seed meaning "a new one each run"', () => {
    expect(paramsSchema(specs).safeParse({ prompt: 'x', seed: -1 }).success).toBe(true);
    expect(paramsSchema(specs).safeParse({ prompt: 'x', seed: -2 }).success).toBe(false);
  });

  it('publishes a JSON Schema with bounds and options', () => {
    const schema = paramsJsonSchema(specs) as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.width).toMatchObject({ type: 'integer', minimum: 64, maximum: 2048 });
    expect(schema.properties.sampler).toMatchObject({ enum: ['euler', 'ddim'] });
  });
});
