import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query';

describe('toFtsQuery', () => {
  it('requires every word as a quoted prefix', () => {
    expect(toFtsQuery('red  fox')).toBe('"red"* AND "fox"*');
  });

  it('drops operators and quotes so user text cannot change the query', () => {
    expect(toFtsQuery('"a" OR b*) NEAR(')).toBe('"a"* AND "OR"* AND "b"* AND "NEAR"*');
  });

  it('returns undefined when there are no words', () => {
    expect(toFtsQuery(' "* () ')).toBeUndefined();
  });

  it('narrows to one column when asked', () => {
    expect(toFtsQuery('cat', 'prompt')).toBe('{prompt} : ("cat"*)');
  });
});
