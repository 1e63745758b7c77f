import { describe, expect, it } from 'vitest';
import { distinctIndices, randomBelow, rngFor, weightedIndex } from './prng';
import { sampleRanks } from './sample';

describe('seeded randomness', () => {
  it('gives the same stream for the same key and another for another key', () => {
    const a = rngFor(1, 2, 3n);
    const b = rngFor(1, 2, 3n);
    const c = rngFor(1, 2, 4n);
    const take = (r: { next(): number }) => [r.next(), r.next(), r.next()];
    expect(take(a)).toEqual(take(b));
    expect(take(rngFor(1, 2, 3n))).not.toEqual(take(c));
  });

  it('draws bigints below any bound', () => {
    const rng = rngFor(9);
    const bound = 10n ** 30n + 7n;
    for (let i = 0; i < 200; i++) {
      const v = randomBelow(rng, bound);
      expect(v >= 0n && v < bound).toBe(true);
    }
  });

  it('draws by weight', () => {
    const rng = rngFor(5);
    const hits = [0, 0];
    for (let i = 0; i < 4000; i++) hits[weightedIndex(rng, [1, 3])]! += 1;
    expect(hits[1]! / 4000).toBeGreaterThan(0.68);
    expect(hits[1]! / 4000).toBeLessThan(0.82);
  });

  it('picks distinct indices in ascending order', () => {
    const picked = distinctIndices(rngFor(3), 10, 4);
    expect(new Set(picked).size).toBe(4);
    expect([...picked].sort((x, y) => x - y)).toEqual(picked);
  });
});

describe('sampleRanks', () => {
  it('draws distinct ranks below the total, in ascending order, in time proportional to the sample', () => {
    const started = performance.now();
    const ranks = sampleRanks(rngFor(7), 10n ** 15n, 10_000);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(new Set(ranks).size).toBe(10_000);
    expect(ranks.every((r, i) => r >= 0n && r < 10n ** 15n && (i === 0 || (ranks[i - 1] as bigint) < r))).toBe(true);
  });

  it('covers every rank when the sample is the whole total', () => {
    expect(sampleRanks(rngFor(1), 5n, 5)).toEqual([0n, 1n, 2n, 3n, 4n]);
  });
});
