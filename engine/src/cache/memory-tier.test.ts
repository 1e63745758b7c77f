import { describe, expect, it } from 'vitest';
import { MemoryTier, type MemoryEntry } from './memory-tier';

const entry = (bytes = 10): MemoryEntry => ({ records: [], bytes, usedAt: 0 });

describe('MemoryTier', () => {
  it('keeps the newest half of its entry cap at least and the whole cap at most', () => {
    const tier = new MemoryTier(1e9, 10);
    for (let i = 0; i < 23; i++) tier.set(`k${i}`, entry());
    const held = Array.from({ length: 23 }, (_, i) => tier.has(`k${i}`));
    expect(held.slice(18)).toEqual([true, true, true, true, true]); // the newest five, always
    expect(held.filter(Boolean).length).toBeLessThanOrEqual(10);
    expect(held.slice(0, 10)).not.toContain(true);
  });

  it('moves an entry used from the old generation into the young one, so use keeps it', () => {
    const tier = new MemoryTier(1e9, 4);
    const kept = entry();
    tier.set('kept', kept);
    for (let i = 0; i < 20; i++) {
      tier.set(`k${i}`, entry());
      expect(tier.get('kept')).toBe(kept);
    }
  });

  it('counts bytes against its cap, and refuses an entry over a quarter of it', () => {
    const tier = new MemoryTier(100, 1000);
    expect(tier.set('huge', entry(26))).toBe(false);
    expect(tier.get('huge')).toBeUndefined();
    for (let i = 0; i < 10; i++) expect(tier.set(`k${i}`, entry(20))).toBe(true);
    expect(tier.bytes).toBeLessThanOrEqual(100);
    expect([tier.has('k9'), tier.has('k8'), tier.has('k0')]).toEqual([true, true, false]);
    tier.clear();
    expect(tier.bytes).toBe(0);
    expect(tier.get('k9')).toBeUndefined();
  });
});
