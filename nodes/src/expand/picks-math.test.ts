import { describe, expect, it } from 'vitest';
import { elementary, orderedPicks, unrankPick } from './picks-math';

/** Every ordered k-pick with its odometer of inner ranks, in the documented order. */
function enumerate(counts: bigint[], k: number): Array<{ chosen: number[]; inner: bigint }> {
  const out: Array<{ chosen: number[]; inner: bigint }> = [];
  const walk = (prefix: number[]): void => {
    if (prefix.length === k) {
      const size = prefix.reduce((p, i) => p * (counts[i] as bigint), 1n);
      for (let r = 0n; r < size; r++) out.push({ chosen: [...prefix], inner: r });
      return;
    }
    for (let i = 0; i < counts.length; i++) if (!prefix.includes(i)) walk([...prefix, i]);
  };
  walk([]);
  return out;
}

describe('picks math', () => {
  it('computes elementary symmetric polynomials', () => {
    expect(elementary([1n, 2n, 3n], 3)).toEqual([1n, 6n, 11n, 6n]);
  });

  it('counts ordered picks as k!·e_k', () => {
    expect(orderedPicks([1n, 1n, 1n], 2)).toBe(6n);
    expect(orderedPicks([1n, 2n, 3n], 2)).toBe(22n);
    expect(orderedPicks([1n, 1n], 3)).toBe(0n);
  });

  it('unranks every rank to the pick enumeration finds there', () => {
    for (const [counts, k] of [[[1n, 2n, 3n], 2], [[2n, 1n, 1n, 3n], 3], [[1n, 1n, 1n, 1n], 4], [[3n], 1]] as Array<[bigint[], number]>) {
      const all = enumerate(counts, k);
      expect(orderedPicks(counts, k)).toBe(BigInt(all.length));
      all.forEach((expected, rank) => expect(unrankPick(counts, k, BigInt(rank))).toEqual(expected));
    }
  });
});
