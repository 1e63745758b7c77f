import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyFilter } from './key-filter';

const key = (i: number) => createHash('sha256').update(`k${i}`).digest('hex');

describe('KeyFilter', () => {
  it('never says absent for a key it was given', () => {
    const filter = KeyFilter.forKeys(10_000);
    for (let i = 0; i < 10_000; i++) filter.add(key(i));
    for (let i = 0; i < 10_000; i++) expect(filter.mightHave(key(i))).toBe(true);
    expect(filter.mightHave('not-a-hash but a key all the same')).toBe(false);
  });

  it('says "maybe" for about 1% of keys it never saw when filled to capacity', () => {
    const filter = KeyFilter.forKeys(50_000);
    for (let i = 0; i < filter.capacity; i++) filter.add(key(i));
    let wrong = 0;
    for (let i = 0; i < 20_000; i++) if (filter.mightHave(key(1_000_000 + i))) wrong += 1;
    expect(wrong / 20_000).toBeLessThan(0.02);
  });

  it('counts each distinct key once, so re-adding known keys does not make it look full', () => {
    const filter = KeyFilter.forKeys(1000);
    for (let round = 0; round < 3; round++) for (let i = 0; i < 1000; i++) filter.add(key(i));
    expect(filter.added).toBeGreaterThan(990);
    expect(filter.added).toBeLessThanOrEqual(1000);
  });
});
