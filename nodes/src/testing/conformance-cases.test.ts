import { describe, expect, it } from 'vitest';
import { checkCase, loadConformanceCases, sameParam, type CaseOutcome, type ConformanceCase } from './conformance-cases';

const item = (prompt: string, params: Record<string, string | number | boolean> = {}) => ({ prompt, negativePrompt: '', params });

function expansion(items: ReturnType<typeof item>[], extra: Partial<Extract<CaseOutcome, { ok: true }>> = {}): CaseOutcome {
  return { ok: true, total: BigInt(items.length), count: items.length, items, warnings: [], dryRun: false, ...extra };
}

function aCase(expect: ConformanceCase['expect']): ConformanceCase {
  return { name: 'a case', prompt: 'p', expect };
}

describe('loadConformanceCases', () => {
  it('loads the shared cases, each with a name, a prompt and an expectation', () => {
    const cases = loadConformanceCases();
    expect(cases.length).toBeGreaterThan(100);
    for (const testCase of cases) expect(Object.keys(testCase.expect).length).toBeGreaterThan(0);
  });
});

describe('checkCase', () => {
  it('passes matching items, comparing params as numbers where both read as numbers', async () => {
    const testCase = aCase({ items: [{ prompt: 'a', negativePrompt: '', params: { steps: '4', name: 'x' } }] });
    expect(await checkCase(testCase, () => expansion([item('a', { steps: 4, name: 'x' })]))).toEqual([]);
    expect(sameParam('0.50', 0.5)).toBe(true);
    expect(sameParam('true', true)).toBe(true);
    expect(sameParam('4', '4.0x')).toBe(false);
  });

  it('reports items that differ, and params that are present but not expected', async () => {
    expect(await checkCase(aCase({ items: [{ prompt: 'a', negativePrompt: '' }] }), () => expansion([item('b')]))).toHaveLength(1);
    expect(await checkCase(aCase({ items: [{ prompt: 'a', negativePrompt: '' }] }), () => expansion([item('a', { x: 1 })]))).toHaveLength(1);
  });

  it('reports a missing error, a wrong error offset and an unexpected error', async () => {
    const rejected: CaseOutcome = { ok: false, error: { code: 'unbalanced-bracket', message: 'm', offset: 3 } };
    expect(await checkCase(aCase({ error: true }), () => expansion([item('a')]))).toHaveLength(1);
    expect(await checkCase(aCase({ error: true, errorOffset: 4 }), () => rejected)).toHaveLength(1);
    expect(await checkCase(aCase({ error: true, errorOffset: 3 }), () => rejected)).toEqual([]);
    expect(await checkCase(aCase({ count: 1 }), () => rejected)).toHaveLength(1);
  });

  it('reports totals, counts, warnings, dry runs, repeats and prompts out of range', async () => {
    const outcome = expansion([item('a'), item('a')], { total: 5n, warnings: [{ code: 'batch-cap' }] });
    const problems = await checkCase(
      aCase({ total: 4, count: 3, minWarnings: 2, warningCodes: ['generation-limit'], dryRun: true, distinct: true, subsetOf: ['b'], paramIn: { steps: [1] } }),
      () => outcome,
    );
    expect(problems.join('\n')).toMatch(/total/);
    expect(problems.join('\n')).toMatch(/count/);
    expect(problems.join('\n')).toMatch(/at least 2 warning/);
    expect(problems.join('\n')).toMatch(/generation-limit/);
    expect(problems.join('\n')).toMatch(/dryRun/);
    expect(problems.join('\n')).toMatch(/two items are equal/);
    expect(problems.join('\n')).toMatch(/not one of \["b"\]/);
    expect(problems.join('\n')).toMatch(/param steps/);
  });

  it('reruns for determinism and for each limit of stableAcrossLimits', async () => {
    let runs = 0;
    const unstable = () => expansion([item(`run ${runs++}`)]);
    expect(await checkCase(aCase({ deterministic: true }), unstable)).toHaveLength(1);
    const byLimit = (limit?: number) => expansion(['a', 'b', 'c', 'd'].slice(0, limit ?? 4).map((p) => item(limit === 2 ? p.toUpperCase() : p)));
    expect(await checkCase(aCase({ stableAcrossLimits: [2, 4] }), byLimit)).toHaveLength(1);
    const stable = (limit?: number) => expansion(['a', 'b', 'c', 'd'].slice(0, limit ?? 4).map((p) => item(p)));
    expect(await checkCase(aCase({ stableAcrossLimits: [2, 4] }), stable)).toEqual([]);
  });
});
