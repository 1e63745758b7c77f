import { fail } from './expand-failure';
import type { Source } from './source';
import { isChar, placeAt } from './source';

/**
 * Index of the `]` closing the `[` at `i`. Square brackets do not nest: in
 * user text an inner `[` or a missing `]` is an error; in a lookup value
 * (lenient) nesting is counted and -1 means "no partner, read it as text".
 */
export function matchBracket(src: Source, i: number, end: number): number {
  let depth = 0;
  for (let j = i + 1; j < end; j++) {
    if (isChar(src, j, '[')) {
      if (src.strict) fail('nested-bracket', 'A square bracket cannot stand inside a token; write \\[ for a literal bracket.', placeAt(src, j));
      depth++;
    } else if (isChar(src, j, ']')) {
      if (depth === 0) return j;
      depth--;
    }
  }
  if (src.strict) fail('unbalanced-bracket', 'This [ has no closing ]; close it or write \\[ for a literal bracket.', placeAt(src, i));
  return -1;
}

/** Index of the `}` closing the `{` at `i` (square brackets are matched first), or -1. */
export function matchBrace(src: Source, i: number, end: number): number {
  // Iterative, so a long run of `{` cannot overflow the stack.
  let depth = 0;
  let j = i;
  while (j < end) {
    if (isChar(src, j, '{')) {
      depth++;
    } else if (isChar(src, j, '[')) {
      const k = matchBracket(src, j, end);
      if (k >= 0) j = k;
    } else if (isChar(src, j, '}')) {
      depth--;
      if (depth === 0) return j;
    }
    j++;
  }
  return -1;
}

/** Index of the `)` closing the `(` at `i` on the same line, or -1. */
export function matchParen(src: Source, i: number, end: number): number {
  let depth = 0;
  for (let j = i; j < end; j++) {
    const c = src.ch[j];
    if (c === '\n') return -1;
    if (c === '(' && !src.esc[j]) depth++;
    else if (c === ')' && !src.esc[j]) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/**
 * Positions in [a, b) of `sep` outside nested braces, brackets (and parens
 * when asked), in order. `sep` is one character, or `$$`.
 */
export function splitTop(src: Source, a: number, b: number, sep: string, parens = false): number[] {
  const at: number[] = [];
  let j = a;
  while (j < b) {
    if (isChar(src, j, '{')) {
      const k = matchBrace(src, j, b);
      j = k < 0 ? j + 1 : k + 1;
    } else if (isChar(src, j, '[')) {
      const k = matchBracket(src, j, b);
      j = k < 0 ? j + 1 : k + 1;
    } else if (parens && isChar(src, j, '(')) {
      const k = matchParen(src, j, b);
      j = k < 0 ? j + 1 : k + 1;
    } else if (sep === '$$' ? isChar(src, j, '$') && isChar(src, j + 1, '$') : isChar(src, j, sep)) {
      at.push(j);
      j += sep.length;
    } else {
      j++;
    }
  }
  return at;
}

/** Ranges [start, end) between the separators found by `splitTop`. */
export function rangesBetween(a: number, b: number, seps: readonly number[], sepLength: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = a;
  for (const s of seps) {
    ranges.push([start, s]);
    start = s + sepLength;
  }
  ranges.push([start, b]);
  return ranges;
}

/** [a, b) with white space trimmed from both ends. */
export function trimRange(src: Source, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(src.ch[a] as string)) a++;
  while (b > a && /\s/.test(src.ch[b - 1] as string)) b--;
  return [a, b];
}
