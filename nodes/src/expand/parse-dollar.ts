import type { Node, VarDefNode, VarUseNode, WrapNode } from './ast';
import { fail } from './expand-failure';
import type { ParseCtx } from './parse-context';
import { parseNodes } from './parse';
import { matchBrace, splitTop, trimRange } from './scan';
import type { Source } from './source';
import { isChar, isSpaceAt, placeAt, sliceText } from './source';

const NAME_START = /^[\p{L}_]$/u;
const NAME_PART = /^[\p{L}\p{M}\p{N}_-]$/u;

/** Parses `${...}` at `i`: a definition or a use (EXPANSION.md §4 "Variables", §10). */
export function parseVariable(src: Source, i: number, b: number, ctx: ParseCtx): { node: VarDefNode | VarUseNode; end: number } {
  const place = placeAt(src, i);
  const j = matchBrace(src, i + 1, b);
  const malformed = (why: string): never =>
    fail('malformed-variable', `This \${…} is malformed: ${why}. Write \${name}, \${name=value} or \${name:default}.`, place);
  if (j < 0) malformed('it has no closing }');
  let k = i + 2;
  while (k < j && isSpaceAt(src, k)) k++;
  const nameStart = k;
  if (k < j && !src.esc[k] && NAME_START.test(src.ch[k] as string)) {
    k++;
    while (k < j && !src.esc[k] && NAME_PART.test(src.ch[k] as string)) k++;
  }
  if (k === nameStart) malformed('a name must start with a letter or _');
  const name = sliceText(src, nameStart, k);
  while (k < j && isSpaceAt(src, k)) k++;
  const raw = `\${${sliceText(src, i + 2, j)}}`;
  if (k === j) return { node: { type: 'var-use', place, name, fallback: undefined, raw }, end: j + 1 };
  let ifUndefined = false;
  let immediate = false;
  if (isChar(src, k, ':')) {
    const [va, vb] = trimRange(src, k + 1, j);
    return { node: { type: 'var-use', place, name, fallback: parseNodes(src, va, vb, ctx, 'inner'), raw }, end: j + 1 };
  }
  if (isChar(src, k, '?')) {
    ifUndefined = true;
    k++;
  }
  if (!isChar(src, k, '=')) malformed(`"${name}" must be followed by =, ?=, : or }`);
  k++;
  while (k < j && isSpaceAt(src, k)) k++;
  if (isChar(src, k, '!')) {
    immediate = true;
    k++;
  }
  const [va, vb] = trimRange(src, k, j);
  const value = parseNodes(src, va, vb, ctx, 'inner');
  return { node: { type: 'var-def', place, name, immediate, ifUndefined, value }, end: j + 1 };
}

/** Parses `%{WRAPPER$$INNER}` at `i`, splitting the wrapper at its marker (`…` or three or more dots). */
export function parseWrap(src: Source, i: number, b: number, ctx: ParseCtx): { node: WrapNode; end: number } {
  const place = placeAt(src, i);
  const j = matchBrace(src, i + 1, b);
  if (j < 0) fail('malformed-wrap', 'This %{…} has no closing }.', place);
  const seps = splitTop(src, i + 2, j, '$$');
  if (seps.length === 0) fail('malformed-wrap', 'A wrap needs $$ between the wrapper and what it wraps: %{wrapper … text$${inner}}.', place);
  const s = seps[0] as number;
  const marker = findMarker(src, i + 2, s);
  let before: Node[];
  let after: Node[];
  if (marker) {
    before = parseNodes(src, i + 2, marker[0], ctx, 'inner');
    after = parseNodes(src, marker[1], s, ctx, 'inner');
  } else {
    ctx.warnings.add('wrap-without-marker', 'This wrapper has no … or ... marker, so it is written before what it wraps.', place);
    before = parseNodes(src, i + 2, s, ctx, 'inner');
    after = [];
  }
  return { node: { type: 'wrap', place, before, after, inner: parseNodes(src, s + 2, j, ctx, 'inner') }, end: j + 1 };
}

function findMarker(src: Source, a: number, b: number): [number, number] | undefined {
  let depth = 0;
  for (let x = a; x < b; x++) {
    if (src.esc[x]) continue;
    const c = src.ch[x];
    if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && c === '…') return [x, x + 1];
    else if (depth === 0 && c === '.') {
      let y = x;
      while (y < b && isChar(src, y, '.')) y++;
      if (y - x >= 3) return [x, y];
      x = y - 1;
    }
  }
  return undefined;
}
