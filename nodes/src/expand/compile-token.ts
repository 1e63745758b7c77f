import type { TokenDigit } from './compiled';

/** A token digit over `options` (already de-duplicated), not yet in a no-repeat component. */
export function makeToken(options: readonly string[]): TokenDigit {
  const set = new Set<string>();
  let hasEmpty = false;
  for (const o of options) {
    if (o === '') hasEmpty = true;
    else set.add(o);
  }
  return { kind: 'token', options, count: BigInt(options.length), comp: -1, set, hasEmpty, setKey: [...set].join('\u0001') };
}
