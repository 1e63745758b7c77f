import { describe, expect, it } from 'vitest';
import type { ParamSet } from '../../kit/value-types';
import { testContext } from '../../testing/test-context';
import { expandPromptRun } from './run';

async function collect(prompt: string, options: { seed?: number; limit?: number; lookups?: Record<string, string[]>; signal?: AbortSignal } = {}) {
  const context = testContext({
    seed: options.seed ?? 0,
    signal: options.signal ?? new AbortController().signal,
    lookups: { table: async () => options.lookups ?? {} },
  });
  const records: ParamSet[] = [];
  const input = { params: { prompt, negativePrompt: 'blurry', params: { width: 256 } } };
  for await (const record of expandPromptRun.execute(input, { seed: 0, limit: options.limit ?? 1000 }, context)) records.push(record.params);
  return records;
}

describe('expand.prompt', () => {
  it('yields one parameter set per generation, keeping the incoming params', async () => {
    const records = await collect('a [red,blue] kite pipeline:steps:4,5');
    expect(records.map((r) => `${r.prompt}/${r.params.steps}`)).toEqual(['a red kite/4', 'a red kite/5', 'a blue kite/4', 'a blue kite/5']);
    expect(records.every((r) => r.negativePrompt === 'blurry' && r.params.width === 256)).toBe(true);
  });

  it('draws on the lookups the context provides', async () => {
    const records = await collect('a [color] kite', { lookups: { color: ['teal', 'gold'] } });
    expect(records.map((r) => r.prompt)).toEqual(['a teal kite', 'a gold kite']);
  });

  it('stops at the generation limit', async () => {
    expect(await collect('[a,b,c] [d,e,f]', { limit: 4 })).toHaveLength(4);
  });

  it('picks with the execution seed', async () => {
    const once = await collect('{~a|b|c|d|e|f|g} x', { seed: 3 });
    expect(await collect('{~a|b|c|d|e|f|g} x', { seed: 3 })).toEqual(once);
  });

  it('yields nothing for a dry run', async () => {
    expect(await collect('a [red,blue] kite meta:debug:dryrun')).toEqual([]);
  });

  it('stops yielding once the run is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await collect('[a,b,c]', { signal: controller.signal })).toEqual([]);
  });

  it('fails with the expansion error and its offset', async () => {
    await expect(collect('a [red dog')).rejects.toMatchObject({
      error: { code: 'expansion-failed', path: 'prompt', details: { expansionCode: 'unbalanced-bracket', offset: 2 } },
    });
  });
});
