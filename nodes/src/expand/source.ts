import type { Place } from './expand-failure';
import type { TextField } from './types';

/** Characters that a backslash makes literal (EXPANSION.md §2). */
const ESCAPABLE = new Set(['[', ']', '{', '}', '|', ':', '$', '#']);

/**
 * Text prepared for parsing: one code point per entry, escapes resolved
 * (with a flag so the parser treats them as plain text), comments removed,
 * and each entry's offset in the text as written.
 */
export interface Source {
  readonly ch: readonly string[];
  readonly esc: readonly boolean[];
  readonly off: readonly number[];
  readonly field: TextField;
  /** Offset every diagnostic reports instead of its own (text inside a wildcard's value). */
  readonly origin: number | undefined;
  /** Written by the user (errors are errors) rather than read from a lookup value. */
  readonly strict: boolean;
  /** Offset just past the end, for diagnostics at the end of the text. */
  readonly endOffset: number;
  /** Whether a comment was removed (a comment-only wildcard value is skipped). */
  readonly hadComment: boolean;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
}

/** Prepares `text` for parsing; `origin` marks text that came from a wildcard value. */
export function makeSource(text: string, field: TextField, origin?: number): Source {
  const cps = Array.from(text);
  const ch: string[] = [];
  const esc: boolean[] = [];
  const off: number[] = [];
  let hadComment = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i] as string;
    if (c === '\\' && i + 1 < cps.length && ESCAPABLE.has(cps[i + 1] as string)) {
      ch.push(cps[i + 1] as string);
      esc.push(true);
      off.push(i);
      i++;
      continue;
    }
    // A comment: `#` at a line start or after white space, followed by white space or the end of the line.
    if (c === '#' && (i === 0 || isSpace(cps[i - 1])) && (i + 1 >= cps.length || isSpace(cps[i + 1]))) {
      hadComment = true;
      while (i + 1 < cps.length && cps[i + 1] !== '\n') i++;
      continue;
    }
    ch.push(c);
    esc.push(false);
    off.push(i);
  }
  return { ch, esc, off, field, origin, strict: origin === undefined, endOffset: cps.length, hadComment };
}

/** The place to report for entry `i` of `src` (its origin when inside a wildcard value). */
export function placeAt(src: Source, i: number): Place {
  if (src.origin !== undefined) return { offset: src.origin, field: src.field };
  return { offset: i < src.off.length ? (src.off[i] as number) : src.endOffset, field: src.field };
}

/** Whether entry `i` is the unescaped character `c`. */
export function isChar(src: Source, i: number, c: string): boolean {
  return src.ch[i] === c && src.esc[i] === false;
}

/** Whether entry `i` is white space (escaped or not: escapes never produce white space). */
export function isSpaceAt(src: Source, i: number): boolean {
  return isSpace(src.ch[i]);
}

/** The text of entries [a, b) with escapes resolved. */
export function sliceText(src: Source, a: number, b: number): string {
  return src.ch.slice(a, b).join('');
}

/** The text of entries [a, b) with escaped characters marked, so keys tell `\|` from `|`. */
export function sliceRaw(src: Source, a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += src.esc[i] ? `\\${src.ch[i] as string}` : (src.ch[i] as string);
  return s;
}
