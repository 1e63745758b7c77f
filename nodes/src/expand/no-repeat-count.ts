import type { Comp, TokenDigit } from './compiled';
import { fail } from './expand-failure';
import { countByTypes } from './type-dp-count';

/**
 * Counts the ways the unassigned members of a no-repeat component can take
 * values so that no two non-empty values are equal and none equals a value
 * in `used` (EXPANSION.md §2 "No repeats"). Exact, without enumeration:
 * a closed form when all tokens share one option set, otherwise dynamic
 * programming over token types and value classes (`countByTypes`).
 */
export function countInjective(comp: Comp, tokens: readonly TokenDigit[], remaining: readonly number[], used: readonly string[]): bigint {
  const r = remaining.length;
  if (r === 0) return 1n;
  const first = tokens[remaining[0] as number] as TokenDigit;
  if (remaining.every((m) => (tokens[m] as TokenDigit).setKey === first.setKey)) {
    let n = first.set.size;
    for (const u of used) if (first.set.has(u)) n--;
    let e = 0;
    for (const m of remaining) if ((tokens[m] as TokenDigit).hasEmpty) e++;
    let total = 0n;
    for (let j = 0; j <= e; j++) total += binomial(e, j) * falling(n, r - j);
    return total;
  }
  const byTypes = countByTypes(comp, remaining.map((m) => tokens[m] as TokenDigit), used);
  if (byTypes !== undefined) return byTypes;
  return fail('too-complex', `Too many tokens with different options draw on the same lookup to count them; give some of them an alias such as [name_1].`);
}

/** n·(n−1)·…·(n−k+1), zero when k > n. */
export function falling(n: number, k: number): bigint {
  if (k > n) return 0n;
  let p = 1n;
  for (let i = 0; i < k; i++) p *= BigInt(n - i);
  return p;
}

/** The binomial coefficient C(n, k). */
export function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let p = 1n;
  for (let i = 0; i < k; i++) p = (p * BigInt(n - i)) / BigInt(i + 1);
  return p;
}
