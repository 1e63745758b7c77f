import type { LookupEntry } from '../types';

/**
 * Cuts a comment off one line, by the rule of EXPANSION.md §1: a `#` at the
 * start of the line or after white space, followed by white space or the end
 * of the line. `\#` is never a comment; escapes stay in the text because the
 * expander unescapes them when it parses the value as brace notation.
 */
export function stripLineComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '\\') {
      // Only `\#` matters here; any other backslash is text or another escape.
      if (line[i + 1] === '#') i++;
      continue;
    }
    if (char !== '#') continue;
    const before = i === 0 ? ' ' : (line[i - 1] ?? ' ');
    const after = line[i + 1];
    if (/\s/.test(before) && (after === undefined || /\s/.test(after))) return line.slice(0, i);
  }
  return line;
}

/**
 * Turns a (possibly multi-line) value into one line: comments come off each
 * line, comment-only and blank lines are dropped, and line breaks become a
 * space (YAML `|` values).
 */
export function cleanValueText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => stripLineComment(line).trim())
    .filter((line) => line !== '')
    .join(' ');
}

const LEADING_WEIGHT = /^(\d+(?:\.\d*)?|\.\d+)\s*::(.*)$/s;

/** Takes a leading `N::` weight off a cleaned value; the text stays as it is without one. */
export function splitLeadingWeight(value: string): LookupEntry {
  const match = LEADING_WEIGHT.exec(value);
  if (!match) return { text: value };
  return { text: (match[2] ?? '').trim(), weight: Number(match[1]) };
}

/** A weighted value is an entry object; an unweighted one stays a plain string, as lookups usually hold. */
export function toLookupValue(entry: LookupEntry): string | LookupEntry {
  return entry.weight === undefined ? entry.text : { text: entry.text, weight: entry.weight };
}
