/**
 * Seeded randomness: a stream is a pure function of its key (seed, batch,
 * rank, site, …), so a random choice belongs to its item and never depends on
 * how many items were produced before it.
 */

import { fmix32 } from '../kit/fmix32';

/** Splits a number or bigint into 32-bit words (sign folded in), so keys of any size hash. */
function words(x: number | bigint): number[] {
  let v = typeof x === 'bigint' ? x : BigInt(Number.isFinite(x) ? Math.trunc(x) : 0);
  const out: number[] = [v < 0n ? 1 : 0];
  if (v < 0n) v = -v;
  do {
    out.push(Number(v & 0xffffffffn));
    v >>= 32n;
  } while (v > 0n);
  return out;
}

/** A deterministic stream of 32-bit numbers. */
export interface Rng {
  next(): number;
}

/** Mulberry32 seeded from a murmur-style hash of every key part. */
export function rngFor(...key: ReadonlyArray<number | bigint>): Rng {
  let h = 0x9e3779b9;
  for (const part of key) {
    for (const w of words(part)) h = fmix32((h ^ w) + 0x7f4a7c15 + Math.imul(h, 31));
  }
  let state = h;
  return {
    next(): number {
      state = (state + 0x6d2b79f5) | 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return (t ^ (t >>> 14)) >>> 0;
    },
  };
}

/** A uniform float in [0, 1). */
export function randomUnit(rng: Rng): number {
  return (rng.next() * 2 ** 21 + (rng.next() >>> 11)) / 2 ** 53;
}

/** A uniform integer in [0, bound), exact for bigints of any size (rejection sampling). */
export function randomBelow(rng: Rng, bound: bigint): bigint {
  if (bound <= 1n) return 0n;
  const bits = bound.toString(2).length;
  const chunks = Math.ceil(bits / 32);
  const excess = BigInt(chunks * 32 - bits);
  for (;;) {
    let v = 0n;
    for (let i = 0; i < chunks; i++) v = (v << 32n) | BigInt(rng.next());
    v >>= excess;
    if (v < bound) return v;
  }
}

/** An index drawn with probability proportional to its weight (all weights ≤ 0 → uniform). */
export function weightedIndex(rng: Rng, weights: readonly number[]): number {
  let sum = 0;
  for (const w of weights) sum += w > 0 ? w : 0;
  if (sum <= 0) return Math.floor(randomUnit(rng) * weights.length);
  let x = randomUnit(rng) * sum;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w <= 0) continue;
    if (x < w) return i;
    x -= w;
  }
  return weights.length - 1;
}

/** `k` distinct indices of `n`, uniformly, in ascending order (partial Fisher–Yates). */
export function distinctIndices(rng: Rng, n: number, k: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Number(randomBelow(rng, BigInt(n - i)));
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, take).sort((a, b) => a - b);
}
