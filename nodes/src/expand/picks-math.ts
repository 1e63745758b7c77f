/**
 * Counting and unranking ordered picks of distinct variants, where variant i
 * has c_i expansions: the k-picks number k!·e_k(c) (e_k the elementary
 * symmetric polynomial), in `itertools.permutations` order with each
 * permutation's expansions as an odometer (EXPANSION.md §4 `{N$$…}`).
 */

/** e_0..e_k of `counts`. */
export function elementary(counts: readonly bigint[], k: number): bigint[] {
  const e: bigint[] = new Array<bigint>(k + 1).fill(0n);
  e[0] = 1n;
  for (const c of counts) {
    for (let j = k; j >= 1; j--) e[j] = (e[j] as bigint) + c * (e[j - 1] as bigint);
  }
  return e;
}

function factorial(n: number): bigint {
  let p = 1n;
  for (let i = 2; i <= n; i++) p *= BigInt(i);
  return p;
}

/** The number of ordered k-picks: k!·e_k(counts). */
export function orderedPicks(counts: readonly bigint[], k: number): bigint {
  if (k > counts.length) return 0n;
  return factorial(k) * (elementary(counts, k)[k] as bigint);
}

/**
 * The k-pick of rank `rank` (< orderedPicks(counts, k)): the chosen variant
 * indices in order and the rank within the odometer of their expansions.
 */
export function unrankPick(counts: readonly bigint[], k: number, rank: bigint): { chosen: number[]; inner: bigint } {
  const n = counts.length;
  const used = new Array<boolean>(n).fill(false);
  const chosen: number[] = [];
  let prefix = 1n;
  for (let p = 0; p < k; p++) {
    const t = k - p - 1;
    const remaining: bigint[] = [];
    for (let i = 0; i < n; i++) if (!used[i]) remaining.push(counts[i] as bigint);
    const e = elementary(remaining, t + 1);
    const tFact = factorial(t);
    let picked = -1;
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      const c = counts[i] as bigint;
      // e_t of the remaining set without i: e_t(S) − c·e_{t−1}(S∖i), unrolled from the bottom.
      let without = 1n;
      for (let j = 1; j <= t; j++) without = (e[j] as bigint) - c * without;
      const block = prefix * c * tFact * without;
      if (rank < block) {
        picked = i;
        break;
      }
      rank -= block;
    }
    if (picked < 0) throw new Error('unrankPick: rank out of range');
    used[picked] = true;
    chosen.push(picked);
    prefix *= counts[picked] as bigint;
  }
  // Within the chosen permutation the rank was scaled by the products of the chosen counts.
  return { chosen, inner: rank };
}
