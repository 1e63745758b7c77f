import { describe, expect, it } from 'vitest';
import { expand } from './index';
import type { ExpandRequest, Expansion } from './index';

function ok(request: ExpandRequest): Expansion {
  const r = expand(request);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const prompts = (e: Expansion): string[] => [...e.items()].map((i) => i.prompt);
const ten = '[a,b,c,d,e,f,g,h,i,j]';

describe('expand', () => {
  it('counts 10^12 combinations without enumerating them', () => {
    const started = performance.now();
    const e = ok({ prompt: Array.from({ length: 12 }, () => ten).join(' ') });
    expect(e.total).toBe(10n ** 12n);
    expect(e.count).toBe(100);
    // Enumerating 10^12 items would take days; the bound is loose because the machines are noisy.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('samples distinct items uniformly from a huge batch and yields them in odometer order', () => {
    const e = ok({ prompt: `${Array.from({ length: 12 }, () => ten).join(' ')} batch:sample:50`, seed: 4 });
    const items = prompts(e);
    expect(items).toHaveLength(50);
    expect(new Set(items).size).toBe(50);
    expect([...items].sort()).toEqual(items);
    expect(prompts(ok({ prompt: `${Array.from({ length: 12 }, () => ten).join(' ')} batch:sample:50`, seed: 5 }))).not.toEqual(items);
  });

  it('applies the batch cap to what the sample kept', () => {
    const e = ok({ prompt: `${ten} ${ten} batch:sample:20 batch:maxbatchitems:5` });
    expect(e.count).toBe(5);
    expect(e.batches[0]).toEqual({ total: 100n, kept: 5, limited: true });
  });

  it('warns when a batch command is repeated and the last one wins', () => {
    const e = ok({ prompt: `${ten} batch:maxbatchitems:3 batch:maxbatchitems:2` });
    expect(e.count).toBe(2);
    expect(e.warnings.map((w) => w.code)).toContain('duplicate-batch-command');
  });

  it('refuses a sample count that is not a positive integer', () => {
    const r = expand({ prompt: '[a,b] batch:sample:0' });
    expect(r.ok ? undefined : r.error.code).toBe('invalid-sample');
  });

  it('stops at the generation limit across batches, sub-prompts and sweeps', () => {
    const e = ok({ prompt: '[a,b,c] || x (&) [d,e] pipeline:steps:1,2', limit: 7 });
    expect(e.count).toBe(7);
    expect([...e.items()]).toHaveLength(7);
    expect(e.batches.map((b) => b.kept)).toEqual([3, 1]);
    expect(e.warnings.map((w) => w.code)).toContain('generation-limit');
  });

  it('converts swept node params to their declared types and resolves aliases', () => {
    const e = ok({ prompt: 'x', params: { cfg: '5..6', sampler: 'euler', steps: 20 }, paramTypes: { guidanceScale: { type: 'number', aliases: ['cfg'] }, steps: { type: 'integer' } } });
    expect([...e.items()].map((i) => i.params)).toEqual([
      { guidanceScale: 5, sampler: 'euler', steps: 20 },
      { guidanceScale: 6, sampler: 'euler', steps: 20 },
    ]);
  });

  it('reports a typed value that does not convert, naming the parameter, at the command', () => {
    const r = expand({ prompt: 'a cat pipeline:steps:many', paramTypes: { steps: { type: 'integer' } } });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'invalid-param-value', offset: 6, field: 'prompt', message: expect.stringContaining('steps') });
  });

  it('draws an a|b param pick per generation, the same for the same seed', () => {
    const req = { prompt: '[a,b,c,d,e,f]', params: { sampler: 'x|y|z' }, seed: 3 };
    const first = [...ok(req).items()].map((i) => i.params.sampler);
    expect([...ok(req).items()].map((i) => i.params.sampler)).toEqual(first);
    expect(first.every((s) => ['x', 'y', 'z'].includes(String(s)))).toBe(true);
  });

  it('carries warnings given with the request', () => {
    const e = ok({ prompt: 'x', warnings: [{ code: 'import-skipped', message: 'a.yaml: skipped' }] });
    expect(e.warnings).toEqual([{ code: 'import-skipped', message: 'a.yaml: skipped' }]);
  });

  it('yields items lazily and again on each call to items()', () => {
    const e = ok({ prompt: `${ten} ${ten} batch:maxbatchitems:100` });
    const it1 = e.items();
    expect(it1.next().value?.prompt).toBe('a a');
    expect(prompts(e)).toHaveLength(100);
  });

  it('picks N values once per expansion for [x,y,z:N], keeping listed order', () => {
    const picked = prompts(ok({ prompt: '[a,b,c,d,e,f:3]', seed: 11 }));
    expect(picked).toHaveLength(3);
    expect([...picked].sort()).toEqual(picked);
    expect(prompts(ok({ prompt: '[a,b,c,d,e,f:3]', seed: 11 }))).toEqual(picked);
  });

  it('warns when a pick count is above the number of options', () => {
    const e = ok({ prompt: '[a,b:5]' });
    expect(prompts(e)).toEqual(['a', 'b']);
    expect(e.warnings.map((w) => w.code)).toContain('pick-above-options');
  });

  it('draws {~…} picks by weight and never multiplies the items', () => {
    const e = ok({ prompt: `${ten} ${ten} {~0.001::rare|common} batch:maxbatchitems:100`, seed: 1 });
    expect(e.total).toBe(100n);
    const common = prompts(e).filter((p) => p.endsWith('common')).length;
    expect(common).toBeGreaterThan(90);
  });

  it('keeps an unknown wildcard error clear, with candidates and the offset', () => {
    const r = expand({ prompt: 'a __colr__', lookups: { color: ['red'], colour: ['blue'] } });
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'unknown-wildcard', offset: 2, message: expect.stringContaining('color') });
  });

  it('refuses a short name that matches several lookups', () => {
    const r = expand({ prompt: '__cat__', lookups: { 'a/cat': ['x'], 'b/cat': ['y'] } });
    expect(r.ok ? undefined : r.error.code).toBe('ambiguous-wildcard');
  });

  it('ends in a clean error for wildcards that square themselves level after level', () => {
    const lookups: Record<string, string[]> = {};
    for (let i = 0; i < 40; i++) lookups[`w${i}`] = [`__w${i + 1}__ and __w${i + 1}__`, `x${i}`];
    lookups.w40 = ['end'];
    const started = performance.now();
    const r = expand({ prompt: '__w0__', lookups });
    expect(r.ok ? undefined : r.error.code).toBe('too-complex');
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('ends in a clean error for variables that double themselves', () => {
    const r = expand({ prompt: `\${a=x}${'${a=${a}${a}}'.repeat(40)}\${a}` });
    expect(r.ok ? undefined : r.error.code).toBe('too-complex');
  });

  it('expands a deeply nested group to its item', () => {
    expect(prompts(ok({ prompt: `${'{'.repeat(100)}x${'}'.repeat(100)}` }))).toEqual(['x']);
  });

  it('reports a meta:debug:dryrun as a dry run without turning it into a parameter', () => {
    const e = ok({ prompt: 'a meta:debug:dryrun meta:steps:4' });
    expect(e.dryRun).toBe(true);
    expect([...e.items()][0]?.params).toEqual({ steps: 4 });
  });

  it('cycles {@N$$…} through the group picks in combinatorial order', () => {
    expect(prompts(ok({ prompt: '[1,2,3] {@2$$a|b}' }))).toEqual(['1 a,b', '2 b,a', '3 a,b']);
  });
});
