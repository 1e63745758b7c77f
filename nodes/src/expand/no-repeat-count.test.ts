import { describe, expect, it } from 'vitest';
import type { Comp, TokenDigit } from './compiled';
import { makeToken } from './compile-token';
import { binomial, countInjective, falling } from './no-repeat-count';
import { rngFor } from './prng';

/** Enumerates every assignment and keeps those with no repeated non-empty value. */
function bruteForce(tokens: TokenDigit[], used: string[]): bigint {
  let n = 0n;
  const walk = (i: number, taken: Set<string>): void => {
    if (i === tokens.length) {
      n++;
      return;
    }
    for (const o of (tokens[i] as TokenDigit).options) {
      if (o !== '' && taken.has(o)) continue;
      const next = new Set(taken);
      if (o !== '') next.add(o);
      walk(i + 1, next);
    }
  };
  walk(0, new Set(used));
  return n;
}

const comp = (): Comp => ({ members: [], interMemo: new Map() });

describe('countInjective', () => {
  it('counts tokens sharing one option set with the falling factorial', () => {
    const t = makeToken(['r', 'g', 'b']);
    expect(countInjective(comp(), [t, t], [0, 1], [])).toBe(6n);
    expect(countInjective(comp(), [t, t, t, t], [0, 1, 2, 3], [])).toBe(0n);
  });

  it('lets empty options repeat', () => {
    const t = makeToken(['r', 'g', 'b']);
    const withEmpty = makeToken(['r', 'g', 'b', '']);
    expect(countInjective(comp(), [t, t, t, withEmpty], [0, 1, 2, 3], [])).toBe(6n);
  });

  it('agrees with enumeration on random mixed option sets and used values', () => {
    const rng = rngFor(42);
    const pool = ['a', 'b', 'c', 'd', 'e', ''];
    for (let trial = 0; trial < 200; trial++) {
      const tokens = Array.from({ length: 1 + (rng.next() % 5) }, () => makeToken([...new Set(pool.filter(() => rng.next() % 2 === 0))].concat(['a']).filter((v, i, all) => all.indexOf(v) === i)));
      const used = pool.filter((v) => v !== '' && rng.next() % 5 === 0);
      const local = tokens.map((_, i) => i);
      expect(countInjective(comp(), tokens, local, used)).toBe(bruteForce(tokens, used));
    }
  });

  it('counts nine tokens with two different option sets exactly', () => {
    const a = makeToken(['x', 'y', 'z', 'w', 'v', 'u']);
    const b = makeToken(['x', 'q', '']);
    const tokens = Array.from({ length: 9 }, (_, i) => (i % 2 ? a : b));
    expect(countInjective(comp(), tokens, tokens.map((_, i) => i), [])).toBe(bruteForce(tokens, []));
  });

  it('refuses a component whose counting state space is too large instead of running for ever', () => {
    const tokens = Array.from({ length: 30 }, (_, i) => makeToken(['shared', `own${i}`]));
    expect(() => countInjective(comp(), tokens, tokens.map((_, i) => i), [])).toThrow(/alias/);
  });

  it('computes falling factorials and binomials exactly', () => {
    expect(falling(5, 3)).toBe(60n);
    expect(falling(2, 3)).toBe(0n);
    expect(binomial(40, 20)).toBe(137846528820n);
  });
});
