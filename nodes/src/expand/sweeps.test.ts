import { describe, expect, it } from 'vitest';
import { convertParam, resolveParamName } from './param-types';
import { planParams } from './params-plan';
import { parseSweep } from './sweeps';
import { ExpandFailure } from './expand-failure';

describe('parseSweep', () => {
  it('reads lists, integer ranges and picks', () => {
    expect(parseSweep('4, 5,6')).toEqual({ kind: 'values', values: ['4', '5', '6'] });
    expect(parseSweep('10..12')).toEqual({ kind: 'values', values: ['10', '11', '12'] });
    expect(parseSweep('a|b')).toEqual({ kind: 'pick', values: ['a', 'b'] });
    expect(parseSweep('euler')).toEqual({ kind: 'values', values: ['euler'] });
  });

  it('computes stepped ranges exactly in decimal', () => {
    expect(parseSweep('0.1..0.3:0.1')).toEqual({ kind: 'values', values: ['0.1', '0.2', '0.3'] });
    expect(parseSweep('0.5..1.0:0.25')).toEqual({ kind: 'values', values: ['0.5', '0.75', '1'] });
  });

  it('steps by one without a step, counts down when the end is smaller, and stops before passing the end', () => {
    expect(parseSweep('0.5..1.5')).toEqual({ kind: 'values', values: ['0.5', '1.5'] });
    expect(parseSweep('3..1')).toEqual({ kind: 'values', values: ['3', '2', '1'] });
    expect(parseSweep('-1..1:0.75')).toEqual({ kind: 'values', values: ['-1', '-0.25', '0.5'] });
  });

  it('refuses a zero step and ranges too long to list', () => {
    expect(parseSweep('1..2:0').kind).toBe('invalid');
    expect(parseSweep('1..1000000000').kind).toBe('invalid');
  });
});

describe('typed parameters', () => {
  const types = { guidanceScale: { type: 'number' as const, aliases: ['cfg'] }, steps: { type: 'integer' as const }, sampler: { type: 'enum' as const, options: ['Euler', 'DDIM'] }, hires: { type: 'boolean' as const } };

  it('resolves declared aliases case-insensitively', () => {
    expect(resolveParamName('CFG', types).name).toBe('guidanceScale');
    expect(resolveParamName('other', types)).toEqual({ name: 'other', decl: undefined });
  });

  it('converts to the declared type and reports values that do not convert', () => {
    expect(convertParam('7.5', types.guidanceScale)).toEqual({ ok: true, value: 7.5 });
    expect(convertParam('ddim', types.sampler)).toEqual({ ok: true, value: 'DDIM' });
    expect(convertParam('yes', types.hires)).toEqual({ ok: true, value: true });
    expect(convertParam('2.5', types.steps).ok).toBe(false);
  });

  it('keeps untyped values that read as numbers as numbers and the rest as strings', () => {
    expect(convertParam('12', undefined)).toEqual({ ok: true, value: 12 });
    expect(convertParam('euler a', undefined)).toEqual({ ok: true, value: 'euler a' });
  });

  it('plans sweeps in the order first written, a later value overriding in place', () => {
    const plan = planParams([{ name: 'cfg', value: '5,7' }, { name: 'steps', value: '10..11' }, { name: 'guidanceScale', value: '6,8,9' }], types);
    expect(plan.dims.map((d) => [d.name, d.values])).toEqual([['guidanceScale', [6, 8, 9]], ['steps', [10, 11]]]);
    expect(plan.gens).toBe(6);
  });

  it('names the parameter and the value that does not convert', () => {
    try {
      planParams([{ name: 'steps', value: '4,five' }], types);
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(ExpandFailure);
      expect((e as ExpandFailure).error).toMatchObject({ code: 'invalid-param-value', field: 'params', message: expect.stringContaining('steps') });
    }
  });
});
