import { describe, expect, it } from 'vitest';
import { ArtFailure, artError, isArtError, toArtError } from './errors';
import { assert, exhaustive } from './result';

describe('errors', () => {
  it('keeps only the fields that are given', () => {
    expect(artError('cycle', 'a loop')).toEqual({ code: 'cycle', message: 'a loop' });
    expect(artError('invalid-param', 'bad', { nodeId: 'n', path: 'p' })).toEqual({
      code: 'invalid-param',
      message: 'bad',
      nodeId: 'n',
      path: 'p',
    });
  });

  it('turns anything thrown into a serialisable error', () => {
    const inner = artError('timeout', 'too slow');
    expect(toArtError(new ArtFailure(inner))).toBe(inner);
    expect(toArtError(inner)).toBe(inner);
    expect(toArtError(new Error('boom'))).toEqual({ code: 'node-failed', message: 'boom' });
    expect(toArtError('text', 'worker-failed')).toEqual({ code: 'worker-failed', message: 'text' });
    expect(JSON.parse(JSON.stringify(toArtError(new Error('x'))))).toEqual({ code: 'node-failed', message: 'x' });
  });

  it('recognises only known codes', () => {
    expect(isArtError({ code: 'cycle', message: 'x' })).toBe(true);
    expect(isArtError({ code: 'made-up', message: 'x' })).toBe(false);
    expect(isArtError(null)).toBe(false);
  });

  it('throws on broken assertions and unexpected values', () => {
    expect(() => assert(false, 'never')).toThrow('never');
    expect(() => exhaustive('odd' as never)).toThrow('Unexpected value: "odd"');
  });
});
