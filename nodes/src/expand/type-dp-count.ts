import type { TokenDigit } from './compiled';
import { binomial, falling } from './no-repeat-count';

/** Above this many DP states (products of per-type token counts) the count is refused. */
export const MAX_DP_STATES = 200_000;

interface TokenType {
  set: ReadonlySet<string>;
  hasEmpty: boolean;
  n: number;
}

/** Value classes by which token types offer them: bit mask of types → number of values. */
const classMemo = new WeakMap<object, Map<string, Map<number, number>>>();

function classesOf(memoKey: object, key: string, types: readonly TokenType[]): Map<number, number> {
  let byKey = classMemo.get(memoKey);
  if (!byKey) {
    byKey = new Map();
    classMemo.set(memoKey, byKey);
  }
  let classes = byKey.get(key);
  if (!classes) {
    classes = new Map();
    const seen = new Set<string>();
    for (const t of types) {
      for (const v of t.set) {
        if (seen.has(v)) continue;
        seen.add(v);
        let mask = 0;
        types.forEach((u, i) => {
          if (u.set.has(v)) mask |= 1 << i;
        });
        classes.set(mask, (classes.get(mask) ?? 0) + 1);
      }
    }
    byKey.set(key, classes);
  }
  return classes;
}

/**
 * Counts injective assignments by dynamic programming over value classes:
 * tokens with equal option sets are one type, values with the same set of
 * types offering them are one class, and the state is how many tokens of
 * each type still need a value. Undefined when the state space is too big.
 */
export function countByTypes(memoKey: object, tokens: readonly TokenDigit[], used: readonly string[]): bigint | undefined {
  const byKey = new Map<string, TokenType>();
  for (const t of tokens) {
    const key = `${t.hasEmpty ? 'e' : 'n'}${t.setKey}`;
    const type = byKey.get(key);
    if (type) type.n++;
    else byKey.set(key, { set: t.set, hasEmpty: t.hasEmpty, n: 1 });
  }
  const types = [...byKey.values()];
  if (types.length > 24) return undefined;
  let states = 1;
  for (const t of types) {
    states *= t.n + 1;
    if (states > MAX_DP_STATES) return undefined;
  }
  const classes = new Map(classesOf(memoKey, [...byKey.keys()].join('\u0002'), types));
  for (const u of used) {
    let mask = 0;
    types.forEach((t, i) => {
      if (t.set.has(u)) mask |= 1 << i;
    });
    if (mask !== 0) classes.set(mask, (classes.get(mask) ?? 0) - 1);
  }
  const radix = types.map((t) => t.n + 1);
  const decode = (s: number): number[] => radix.map((r) => {
    const d = s % r;
    s = Math.floor(s / r);
    return d;
  });
  const encode = (v: readonly number[]): number => v.reduceRight((acc, d, i) => acc * (radix[i] as number) + d, 0);
  let dp = new Map<number, bigint>([[encode(types.map((t) => t.n)), 1n]]);
  for (const [mask, size] of classes) {
    if (size <= 0) continue;
    const members = types.map((_, i) => i).filter((i) => (mask >> i) & 1);
    const next = new Map<number, bigint>();
    for (const [state, ways] of dp) {
      const rem = decode(state);
      const take = new Array<number>(types.length).fill(0);
      const walk = (m: number, total: number, mult: bigint): void => {
        if (m === members.length) {
          const after = rem.map((r, i) => r - (take[i] as number));
          const key = encode(after);
          next.set(key, (next.get(key) ?? 0n) + ways * mult * falling(size, total));
          return;
        }
        const ti = members[m] as number;
        for (let a = 0; a <= (rem[ti] as number) && total + a <= size; a++) {
          take[ti] = a;
          walk(m + 1, total + a, mult * binomial(rem[ti] as number, a));
        }
        take[ti] = 0;
      };
      walk(0, 0, 1n);
    }
    dp = next;
  }
  let total = 0n;
  for (const [state, ways] of dp) {
    // Tokens still without a value take the empty option, which only some types offer.
    if (decode(state).every((r, i) => r === 0 || (types[i] as TokenType).hasEmpty)) total += ways;
  }
  return total;
}
