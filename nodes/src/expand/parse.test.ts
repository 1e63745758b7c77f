import { describe, expect, it } from 'vitest';
import type { Node } from './ast';
import { ExpandFailure, WarningSink } from './expand-failure';
import { parseNodes } from './parse';
import { makeSource } from './source';

function parse(text: string): Node[] {
  const src = makeSource(text, 'prompt');
  return parseNodes(src, 0, src.ch.length, { warnings: new WarningSink(), depth: 0 }, 'top');
}

function failure(text: string): { code: string; offset: number | undefined } {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof ExpandFailure) return { code: e.error.code, offset: e.error.offset };
    throw e;
  }
  throw new Error('expected a failure');
}

describe('parseNodes', () => {
  it('reads a bracket token with trimmed values and a pick count', () => {
    const [node] = parse('[ a , b ,c:2]');
    expect(node).toMatchObject({ type: 'bracket', values: ['a', 'b', 'c'], pick: 2, keptReason: undefined });
  });

  it('marks A1111 syntax as kept as written from the text as written', () => {
    expect(parse('[cat|dog]')[0]).toMatchObject({ keptReason: expect.stringContaining('|') });
    expect(parse('[cat:dog:0.25]')[0]).toMatchObject({ keptReason: expect.stringContaining('colons') });
    expect(parse('[dog:0.4]')[0]).toMatchObject({ keptReason: expect.stringContaining('0.4') });
    expect(parse('[cat:+1]')[0]).toMatchObject({ keptReason: expect.any(String) });
  });

  it('reads a back reference', () => {
    expect(parse('[=color]')[0]).toMatchObject({ type: 'backref', name: 'color' });
  });

  it('rejects a trailing colon followed by a word, at the opening bracket', () => {
    expect(failure('ab [dog:big]')).toEqual({ code: 'invalid-pick-count', offset: 3 });
  });

  it('rejects nested and unbalanced square brackets with their offsets', () => {
    expect(failure('a [b,[c]] d')).toEqual({ code: 'nested-bracket', offset: 5 });
    expect(failure('a [red dog')).toEqual({ code: 'unbalanced-bracket', offset: 2 });
  });

  it('reads brace groups with modes, pick ranges, joiners and weights', () => {
    const [group] = parse('{~2-3$$ and $$0.5::a|b}');
    expect(group).toMatchObject({ type: 'group', mode: 'random', picks: { lo: 2, hi: 3 }, joiner: ' and ' });
    expect(group?.type === 'group' && group.variants.map((v) => v.weight)).toEqual([0.5, 1]);
  });

  it('reads reversed and open pick ranges', () => {
    expect(parse('{3-1$$a|b}')[0]).toMatchObject({ picks: { lo: 1, hi: 3 } });
    expect(parse('{-2$$a|b}')[0]).toMatchObject({ picks: { lo: 1, hi: 2 } });
    expect(parse('{2-$$a|b}')[0]).toMatchObject({ picks: { lo: 2, hi: undefined } });
  });

  it('rejects a joiner that holds $, { or }', () => {
    expect(failure('{2$$ $ $$a|b}').code).toBe('malformed-joiner');
  });

  it('matches square brackets before reading | inside braces', () => {
    const [group] = parse('{[cat|dog]|bird}');
    expect(group?.type === 'group' && group.variants.length).toBe(2);
  });

  it('reads variable definitions and uses with white space around the operators', () => {
    expect(parse('${ a ?=! x }')[0]).toMatchObject({ type: 'var-def', name: 'a', ifUndefined: true, immediate: true });
    expect(parse('${ a : d }')[0]).toMatchObject({ type: 'var-use', name: 'a', fallback: [{ type: 'text', text: 'd' }] });
  });

  it('rejects malformed variables', () => {
    for (const bad of ['${}', '${=x}', '${1x}', '${a b}']) expect(failure(bad).code).toBe('malformed-variable');
  });

  it('reads wildcards with modes and parameters, and leaves an unclosed __ as text', () => {
    expect(parse('__@pets(kind={cat|dog})__')[0]).toMatchObject({ type: 'wildcard', mode: 'cycle', params: [{ name: 'kind' }] });
    expect(parse('__Picasso (Blue Period)__')[0]).toMatchObject({ type: 'wildcard', params: [], raw: '__Picasso (Blue Period)__' });
    expect(parse('snake__case\n')).toEqual([{ type: 'text', text: 'snake__case\n' }]);
  });

  it('splits the top level at (&) and || and reads commands only as whole words', () => {
    const types = parse('a batch:sample:3 (&) b||c xpipeline:a:1').map((n) => n.type);
    expect(types).toEqual(['text', 'command', 'text', 'batch-split', 'text', 'sub-split', 'text']);
  });

  it('does not split inside braces, where || is an empty variant', () => {
    const [group] = parse('{a||b}');
    expect(group?.type === 'group' && group.variants.map((v) => v.key)).toEqual(['a', '', 'b']);
  });

  it('refuses constructs nested beyond the guard with a clean error', () => {
    expect(failure(`${'{'.repeat(400)}x${'}'.repeat(400)}`).code).toBe('too-deep');
  });
});
