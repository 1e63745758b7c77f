import fc from 'fast-check';
import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheKey, hashText, nodeCacheKeyer, stableStringify, valueHash, type CacheKeyParts } from './cache-key';

const nodeSha256 = (text: string) => hash('sha256', text, 'hex');

// Any JSON-ish value, strings including lone surrogates and astral characters.
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, anyText, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(anyText, tie('value'), { maxKeys: 4 }),
})).value;
const hex = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const keyParts: fc.Arbitrary<CacheKeyParts> = fc.record({
  type: anyText,
  version: fc.integer({ min: 1, max: 50 }),
  params: fc.dictionary(anyText, jsonValue, { maxKeys: 5 }),
  inputs: fc.dictionary(anyText, fc.oneof(hex(64), fc.array(hex(64), { maxLength: 3 })), { maxKeys: 3 }),
});

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

  it('keeps the key of an execution as it was: the sha256 of the sorted JSON of type, version, params and inputs', () => {
    // Keys already stored on disk and computed by the editor must not move.
    expect(cacheKey({ type: 'test.noop', version: 1, params: {}, inputs: { text: 'h' } })).toBe(
      hashText('{"i":{"text":"h"},"p":{},"t":"test.noop","v":1}'),
    );
    fc.assert(
      fc.property(keyParts, (parts) => {
        const reference = hashText(stableStringify({ t: parts.type, v: parts.version, p: parts.params, i: parts.inputs }));
        expect(cacheKey(parts)).toBe(reference);
      }),
    );
  });

  it('gives identical hashes and keys with noble (browser) and node:crypto (engine) sha256', () => {
    // Both encode a lone surrogate as U+FFFD.
    for (const text of ['\ud800', 'a\udc00b', '😀', '']) expect(nodeSha256(text)).toBe(hashText(text));
    fc.assert(
      fc.property(anyText, jsonValue, keyParts, (text, value, parts) => {
        expect(nodeSha256(text)).toBe(hashText(text));
        expect(valueHash(value, nodeSha256)).toBe(valueHash(value));
        expect(cacheKey(parts, nodeSha256)).toBe(cacheKey(parts));
      }),
      { numRuns: 300 },
    );
  });

  it('gives with a per-node keyer exactly the keys cacheKey gives, whatever the inputs', () => {
    fc.assert(
      fc.property(keyParts, fc.array(keyParts.map((p) => p.inputs), { maxLength: 4 }), (parts, moreInputs) => {
        const keyOf = nodeCacheKeyer(parts.type, parts.version, parts.params, nodeSha256);
        for (const inputs of [parts.inputs, ...moreInputs]) expect(keyOf(inputs)).toBe(cacheKey({ ...parts, inputs }));
      }),
    );
  });
});
