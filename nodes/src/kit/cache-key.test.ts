import { describe, expect, it } from 'vitest';
import { cacheKey, hashText, stableStringify, valueHash } from './cache-key';

describe('cache keys', () => {
  it('does not depend on the order of object keys', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(valueHash({ x: 1, y: 2 })).toBe(valueHash({ y: 2, x: 1 }));
  });

  it('leaves out undefined properties as JSON does', () => {
    expect(stableStringify({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('hashes with sha256', () => {
    expect(hashText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('changes when the type, version, a param or an input changes', () => {
    const base = { type: 'generate.local', version: 1, params: { seed: 1 }, inputs: { params: 'h1' } };
    const key = cacheKey(base);
    expect(cacheKey({ ...base })).toBe(key);
    expect(cacheKey({ ...base, type: 'generate.other' })).not.toBe(key);
    expect(cacheKey({ ...base, version: 2 })).not.toBe(key);
    expect(cacheKey({ ...base, params: { seed: 2 } })).not.toBe(key);
    expect(cacheKey({ ...base, inputs: { params: 'h2' } })).not.toBe(key);
  });
});
