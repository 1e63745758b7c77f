import { expand, type Expansion } from '@artfactory/nodes';
import { describe, expect, it } from 'vitest';
import { expansionJsonChunks, expansionSummary, jsonCount } from './expansion-report';

function expanded(prompt: string, limit = 1000): Expansion {
  const result = expand({ prompt, limit });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('jsonCount', () => {
  it('keeps counts up to 2^53 as numbers and writes larger ones as decimal strings', () => {
    expect(jsonCount(2n ** 53n)).toBe(2 ** 53);
    expect(jsonCount(2n ** 53n + 1n)).toBe('9007199254740993');
  });
});

describe('expansionJsonChunks', () => {
  it('streams one JSON object whatever the chunk size, items in order', () => {
    const expansion = expanded('[a,b,c,d,e] [x] pipeline:steps:1,2', 7);
    const whole = JSON.parse([...expansionJsonChunks(expansion)].join('')) as Record<string, unknown>;
    for (const size of [1, 2, 3, 7, 100]) {
      expect(JSON.parse([...expansionJsonChunks(expansion, size)].join(''))).toEqual(whole);
    }
    expect(Object.keys(whole)).toEqual(['total', 'items', 'batches', 'warnings', 'dryRun']);
    expect(whole.items).toEqual([...expansion.items()]);
    expect(whole.batches).toEqual([{ total: 5, kept: 4, limited: true }]);
    expect((whole.warnings as Array<{ code: string }>).map((w) => w.code)).toEqual(expect.arrayContaining(['kept-as-written', 'generation-limit']));
  });

  it('writes an empty item list as []', () => {
    const json = JSON.parse([...expansionJsonChunks(expanded('[a,b]', 0))].join('')) as { items: unknown[] };
    expect(json.items).toEqual([]);
  });
});

describe('expansionSummary', () => {
  it('lists every item when there are 20 or fewer, with params, and says there are no warnings', () => {
    const text = expansionSummary(expanded('a [b,c] pipeline:steps:4'));
    expect(text).toContain('Batch 1: 2 combinations, 2 kept\n');
    expect(text).toContain('Total: 2 combinations, 2 generations\n');
    expect(text).toContain('\nGenerations:\n   1. a b\n      params: steps=4\n   2. a c\n');
    expect(text).toContain('No warnings.');
  });

  it('marks a dry run and an empty prompt', () => {
    const text = expansionSummary(expanded('meta:debug:dryrun'));
    expect(text).toContain('(dry run: nothing would be generated)');
    expect(text).toContain('1. (empty prompt)');
  });
});
