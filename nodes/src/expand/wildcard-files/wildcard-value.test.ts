import { describe, expect, it } from 'vitest';
import { cleanValueText, splitLeadingWeight, stripLineComment } from './wildcard-value';

describe('stripLineComment', () => {
  it('cuts a # that follows white space and is followed by white space', () => {
    expect(stripLineComment('Tri-X 400   # Classic, grainy')).toBe('Tri-X 400   ');
  });

  it('cuts a # at the start of the line or at its end', () => {
    expect(stripLineComment('# Usage: pick one')).toBe('');
    expect(stripLineComment('render #')).toBe('render ');
  });

  it('keeps hashtags, colours and C# as text', () => {
    expect(stripLineComment('#ff0000 C# #art')).toBe('#ff0000 C# #art');
  });

  it('keeps an escaped # and its backslash for the expander to unescape', () => {
    expect(stripLineComment('a \\# b')).toBe('a \\# b');
    expect(stripLineComment('\\# kept')).toBe('\\# kept');
  });
});

describe('cleanValueText', () => {
  it('drops comment lines and turns line breaks into spaces', () => {
    expect(cleanValueText('a red\n# note\n  car # fast\n')).toBe('a red car');
  });

  it('gives an empty text for a value that is only a comment', () => {
    expect(cleanValueText('  # nothing here')).toBe('');
  });
});

describe('splitLeadingWeight', () => {
  it('takes a leading integer or decimal weight off', () => {
    expect(splitLeadingWeight('2::orange')).toEqual({ text: 'orange', weight: 2 });
    expect(splitLeadingWeight('0.5:: pale blue')).toEqual({ text: 'pale blue', weight: 0.5 });
  });

  it('leaves text without a numeric prefix alone', () => {
    expect(splitLeadingWeight('cat::dog')).toEqual({ text: 'cat::dog' });
    expect(splitLeadingWeight('{0.5::a|b}')).toEqual({ text: '{0.5::a|b}' });
  });
});
