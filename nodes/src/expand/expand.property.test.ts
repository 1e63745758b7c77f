import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand } from './index';
import type { ExpandedItem, ExpandRequest, Expansion, LookupTable } from './types';

/*
 * Property tests: counting agrees with enumeration, sampling is a seeded
 * subset, and no input — random, mutated, deeply nested — ends in anything
 * but items or a clean error. Each run consumes at most MAX_ITEMS items so a
 * huge expansion cannot make the test slow.
 */

const MAX_ITEMS = 2000;

const LOOKUPS: LookupTable = {
  color: ['red', 'green', 'blue'],
  size: ['big', 'small'],
  pet: ['cat', 'size', '{tiny|huge} dog'],
  empty: [],
  loop: ['loop', '[loop]', '__loop__', 'x'],
};

function expanded(request: ExpandRequest): Expansion {
  const result = expand(request);
  if (!result.ok) throw new Error(`expected items for ${JSON.stringify(request.prompt)}, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function take(expansion: Expansion, max = MAX_ITEMS): ExpandedItem[] {
  const items: ExpandedItem[] = [];
  for (const item of expansion.items()) {
    items.push(item);
    if (items.length >= max) break;
  }
  return items;
}

const word = fc.constantFrom('a', 'cat', 'on the', 'red', '');
const inlineList = fc.uniqueArray(fc.constantFrom('x', 'y', 'z', 'w', 'v'), { minLength: 2, maxLength: 4 }).map((options) => `[${options.join(',')}]`);
const lookupToken = fc.constantFrom('[color]', '[size]', '[pet]', '[color_1]', '[=color]', '[color,green]', '[color,size:2]', '[x,y,]');
const braceToken = fc.constantFrom('{a|b}', '{a|b|c}', '{2$$a|b|c}', '{|x}', '{~p|q}', '{@m|n|o}', '__color__', '__pet__', '__size__', '${v={r|s}}${v}');
const token = fc.oneof(word, inlineList, lookupToken, braceToken);
const segment = fc.array(token, { minLength: 0, maxLength: 4 }).map((tokens) => tokens.join(' '));
const smallPrompt = fc.array(segment, { minLength: 1, maxLength: 3 }).map((segments) => segments.join(' (&) '));

describe('expand: counting agrees with enumeration', () => {
  it('yields exactly `count` items, the sum of the batches kept, and `total` of them when nothing was capped', () => {
    fc.assert(
      fc.property(smallPrompt, fc.nat(1000), (prompt, seed) => {
        const expansion = expanded({ prompt, lookups: LOOKUPS, seed, limit: MAX_ITEMS });
        const items = take(expansion, MAX_ITEMS + 1);
        expect(items.length).toBe(expansion.count);
        expect(expansion.batches.reduce((sum, batch) => sum + batch.kept, 0)).toBe(expansion.count);
        expect(expansion.total).toBe(expansion.batches.reduce((sum, batch) => sum + batch.total, 0n));
        if (expansion.batches.every((batch) => !batch.limited)) expect(BigInt(items.length)).toBe(expansion.total);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every combination of inline lists in odometer order, rightmost fastest', () => {
    const list = fc.uniqueArray(fc.constantFrom('p', 'q', 'r', 's'), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 3 }), (lists) => {
        const prompt = lists.map((options, i) => `t${i} [${options.join(',')}]`).join(' ');
        const expected = lists.reduce<string[][]>((rows, options) => rows.flatMap((row) => options.map((option) => [...row, option])), [[]]);
        const expansion = expanded({ prompt });
        expect(expansion.total).toBe(BigInt(expected.length));
        expect(take(expansion).map((item) => item.prompt)).toEqual(expected.map((row) => row.map((option, i) => `t${i} ${option}`).join(' ')));
      }),
      { numRuns: 100 },
    );
  });

  it('counts a cap without enumerating past it', () => {
    const prompt = '[a,b,c,d,e,f,g,h,i,j] '.repeat(12) + 'batch:maxbatchitems:7';
    const expansion = expanded({ prompt });
    expect(expansion.total).toBe(10n ** 12n);
    expect(expansion.count).toBe(7);
    expect(take(expansion)).toHaveLength(7);
  });
});

// Brace notation nested to random depth; every text it makes is valid, so it must expand.
const { nested } = fc.letrec<{ nested: string; group: string; variable: string }>((tie) => ({
  nested: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.oneof(word, inlineList, lookupToken, braceToken), { maxLength: 3 }).map((parts) => parts.join(' ')),
    fc.array(fc.oneof(tie('group'), tie('variable'), word), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')),
  ),
  group: fc.tuple(fc.constantFrom('', '~', '@', '2$$', '1-2$$'), fc.array(tie('nested'), { minLength: 1, maxLength: 3 })).map(([prefix, variants]) => `{${prefix}${variants.join('|')}}`),
  variable: fc.tuple(fc.constantFrom('=', '=!'), tie('nested')).map(([op, value]) => `\${n${op}${value}} \${n}`),
}));

describe('expand: nested valid prompts', () => {
  it('expand without error, and yield `count` items', () => {
    fc.assert(
      fc.property(nested, fc.nat(1000), (prompt, seed) => {
        const expansion = expanded({ prompt, lookups: LOOKUPS, seed, limit: MAX_ITEMS });
        const items = take(expansion, MAX_ITEMS + 1);
        expect(items.length).toBe(expansion.count);
      }),
      { numRuns: 300 },
    );
  });
});

describe('expand: batch:sample', () => {
  const sampled = fc.record({
    // At most 4 options (with the empty one) in at most 3 tokens: 64 items, under the default batch cap of 100.
    lists: fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    n: fc.integer({ min: 1, max: 70 }),
    seed: fc.nat(2 ** 31 - 1),
  });

  it('draws distinct items from the full enumeration, in its order, the same for the same seed', () => {
    fc.assert(
      fc.property(sampled, ({ lists, n, seed }) => {
        const base = lists.map((options, i) => `k${i} [${options.join(',')},]`).join(' ');
        const all = take(expanded({ prompt: base })).map((item) => item.prompt);
        const sample = expanded({ prompt: `${base} batch:sample:${n}`, seed });
        const prompts = take(sample).map((item) => item.prompt);
        expect(prompts).toHaveLength(Math.min(n, all.length));
        expect(sample.count).toBe(prompts.length);
        expect(new Set(prompts).size).toBe(prompts.length);
        // In range and in odometer order: each sampled prompt appears in the enumeration after the previous one.
        let at = -1;
        for (const prompt of prompts) {
          const next = all.indexOf(prompt, at + 1);
          expect(next, `"${prompt}" is not a later item of the full enumeration`).toBeGreaterThan(at);
          at = next;
        }
        expect(take(expanded({ prompt: `${base} batch:sample:${n}`, seed })).map((item) => item.prompt)).toEqual(prompts);
      }),
      { numRuns: 150 },
    );
  });
});

/** Expands and consumes a bounded number of items; anything but items or a clean error fails the property. */
function expandsCleanly(request: ExpandRequest): void {
  const started = performance.now();
  const result = expand(request);
  if (result.ok) {
    const items = take(result.value);
    expect(items.length).toBeLessThanOrEqual(result.value.count);
    for (const item of items) expect(typeof item.prompt).toBe('string');
  } else {
    expect(typeof result.error.code).toBe('string');
    expect(result.error.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
  // A bounded run on a shared two-core machine; a near-hang shows up here long before vitest's timeout.
  expect(performance.now() - started).toBeLessThan(10_000);
}

const syntaxUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('[', ']', '{', '}', '|', ',', ':', '$', '_', '#', '\\', '(', ')', '&', '=', '~', '@', '!', '%', '.', ' ', '\n', '2', '-') },
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'color', 'size', 'loop', 'pet', 'empty', '…') },
  { weight: 2, arbitrary: fc.constantFrom('__', '$$', '${', '%{', '(&)', '||', '::', 'batch:sample:3', 'batch:maxbatchitems:2', 'meta:debug:dryrun', 'pipeline:steps:1..3', ':2]', '[=') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

// size 'max': fast-check's default size would keep strings to a few dozen units, far below 4 KB.
const randomText = fc.string({ unit: syntaxUnit, maxLength: 1500, size: 'max' }).filter((text) => text.length <= 4096);

const mutation = fc.record({ at: fc.nat(), length: fc.nat(8), insert: fc.string({ unit: syntaxUnit, maxLength: 6 }) });
const longPrompt = fc.array(segment, { minLength: 1, maxLength: 80, size: 'max' }).map((segments) => segments.join(' (&) ').slice(0, 4096));
const mutatedPrompt = fc.tuple(fc.oneof(smallPrompt, longPrompt), fc.array(mutation, { maxLength: 6 })).map(([prompt, edits]) =>
  edits.reduce((text, edit) => {
    const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
    return text.slice(0, at) + edit.insert + text.slice(at + edit.length);
  }, prompt),
);

describe('expand: any input ends in items or a clean error', () => {
  it('handles random text up to 4 KB, in the prompt and the negative prompt', () => {
    fc.assert(
      fc.property(randomText, randomText, fc.nat(1000), (prompt, negativePrompt, seed) => {
        expandsCleanly({ prompt, negativePrompt, lookups: LOOKUPS, seed });
      }),
      { numRuns: 400 },
    );
  });

  it('handles mutated valid prompts', () => {
    fc.assert(
      fc.property(mutatedPrompt, fc.nat(1000), (prompt, seed) => {
        expandsCleanly({ prompt, lookups: LOOKUPS, seed });
      }),
      { numRuns: 600 },
    );
  });

  it('handles nesting 100 deep of every construct', () => {
    const deep = [
      '{a|'.repeat(100) + 'x' + '}'.repeat(100),
      '{'.repeat(100) + 'x' + '}'.repeat(100),
      '{'.repeat(100),
      '}'.repeat(100),
      '['.repeat(100) + 'x' + ']'.repeat(100),
      '${v='.repeat(100) + 'x' + '}'.repeat(100),
      '%{w ... $$'.repeat(100) + 'x' + '}'.repeat(100),
      '__a(b='.repeat(100) + 'x' + ')__'.repeat(100),
      '{2$$'.repeat(100) + 'a|b' + '}'.repeat(100),
      '${x=${x}${x}}'.repeat(100) + '${x}',
      '{a|b} '.repeat(100),
      '[a,b] '.repeat(100),
      '__loop__ '.repeat(100),
      '(&)'.repeat(100),
      '||'.repeat(100),
    ];
    for (const prompt of deep) {
      expandsCleanly({ prompt, lookups: LOOKUPS });
      expandsCleanly({ prompt: 'x', negativePrompt: prompt, lookups: LOOKUPS });
    }
  });

  it('handles lookups whose values reach each other', () => {
    const lookups: LookupTable = {
      a: ['__b__', '[b]', 'b', '{__a__|x}'],
      b: ['__a__ __a__', '[a]', 'a', '${q=__b__}${q}'],
      wide: Array.from({ length: 40 }, (_, i) => `{__wide__|v${i}}`),
    };
    for (const prompt of ['__a__', '[a]', '__b__ [b] __a__', '__wide__ __wide__', '{3$$__wide__}', '[a,b:2]']) {
      expandsCleanly({ prompt, lookups });
    }
  });
});
