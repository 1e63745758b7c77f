import { describe, expect, it } from 'vitest';
import { makeSource, sliceText } from './source';

const text = (s: string): string => {
  const src = makeSource(s, 'prompt');
  return sliceText(src, 0, src.ch.length);
};

describe('makeSource', () => {
  it('resolves escapes of the special characters and keeps other backslashes', () => {
    const src = makeSource('\\[a\\] \\n', 'prompt');
    expect(sliceText(src, 0, src.ch.length)).toBe('[a] \\n');
    expect(src.esc[0]).toBe(true);
    expect(src.esc[5]).toBe(false);
  });

  it('records each character at its code-point offset in the text as written', () => {
    const src = makeSource('🐱\\[x', 'prompt');
    expect(src.off).toEqual([0, 1, 3]);
    expect(src.endOffset).toBe(4);
  });

  it('drops a # comment at a line start or after white space, up to the end of the line', () => {
    expect(text('a red ball   # a comment\non a mat')).toBe('a red ball   \non a mat');
    expect(text('# whole line\nnext')).toBe('\nnext');
    expect(text('mat #')).toBe('mat ');
  });

  it('keeps a # that is part of a word or escaped', () => {
    expect(text('#ff0000 #art C# \\# x')).toBe('#ff0000 #art C# # x');
  });

  it('notes that a comment was removed, so a comment-only value can be skipped', () => {
    expect(makeSource('# a note', 'prompt', 3).hadComment).toBe(true);
    expect(makeSource('#tag', 'prompt', 3).hadComment).toBe(false);
  });
});
