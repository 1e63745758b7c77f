import type { Rng } from './prng';
import { randomBelow } from './prng';

/** The largest `batch:sample` drawn from a larger batch (memory grows with the sample, not the batch). */
export const MAX_SAMPLE = 1_000_000;

/**
 * `n` distinct ranks below `total`, uniformly (Floyd's algorithm: n draws,
 * whatever the total), returned in ascending (odometer) order.
 */
export function sampleRanks(rng: Rng, total: bigint, n: number): bigint[] {
  const chosen = new Set<bigint>();
  for (let j = total - BigInt(n); j < total; j++) {
    const t = randomBelow(rng, j + 1n);
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
