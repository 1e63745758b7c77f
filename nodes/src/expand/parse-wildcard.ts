import type { DrawMode, WildcardNode, WildcardParam } from './ast';
import type { ParseCtx } from './parse-context';
import { parseNodes } from './parse';
import { matchBrace, matchParen, rangesBetween, splitTop, trimRange } from './scan';
import type { Source } from './source';
import { isChar, isSpaceAt, placeAt, sliceText } from './source';

const MODES: Record<string, DrawMode> = { '~': 'random', '@': 'cycle', '!': 'all' };
const PARAM_NAME = /^\s*([\p{L}_][\p{L}\p{M}\p{N}_-]*)\s*=/u;

/**
 * Parses the wildcard `__name__` at `i`; undefined when no closing `__`
 * stands on the same line (then the `__` is text).
 */
export function parseWildcard(src: Source, i: number, b: number, ctx: ParseCtx): { node: WildcardNode; end: number } | undefined {
  let k = i + 2;
  let mode: DrawMode = 'all';
  const modeChar = src.esc[k] ? undefined : MODES[src.ch[k] as string];
  if (modeChar) {
    mode = modeChar;
    k++;
  }
  const nameStart = k;
  let nameEnd = -1;
  let close = -1;
  let params: WildcardParam[] = [];
  while (k < b) {
    if (src.ch[k] === '\n') return undefined;
    if (isChar(src, k, '{')) {
      const m = matchBrace(src, k, b);
      if (m < 0) return undefined;
      k = m + 1;
      continue;
    }
    if (isChar(src, k, '(')) {
      const m = matchParen(src, k, b);
      if (m >= 0 && isChar(src, m + 1, '_') && isChar(src, m + 2, '_')) {
        const parsed = readParams(src, k + 1, m, ctx);
        if (parsed) {
          params = parsed;
          nameEnd = k;
          close = m + 1;
          break;
        }
      }
      k++;
      continue;
    }
    if (isChar(src, k, '_') && isChar(src, k + 1, '_')) {
      nameEnd = k;
      close = k;
      break;
    }
    k++;
  }
  if (close < 0) return undefined;
  const [na, nb] = trimRange(src, nameStart, nameEnd);
  if (na === nb) return undefined;
  const place = placeAt(src, i);
  const raw = sliceText(src, i, close + 2);
  const name = parseNodes(src, na, nb, ctx, 'name');
  return { node: { type: 'wildcard', place, mode, name, params, raw, strict: src.strict }, end: close + 2 };
}

function readParams(src: Source, a: number, b: number, ctx: ParseCtx): WildcardParam[] | undefined {
  const params: WildcardParam[] = [];
  for (const [pa, pb] of rangesBetween(a, b, splitTop(src, a, b, ',', true), 1)) {
    const m = PARAM_NAME.exec(src.ch.slice(pa, pb).join(''));
    if (!m) return undefined;
    let x = pa;
    while (x < pb && isSpaceAt(src, x)) x++;
    let eq = x;
    while (eq < pb && !isChar(src, eq, '=')) eq++;
    const [va, vb] = trimRange(src, eq + 1, pb);
    params.push({ name: m[1] as string, value: parseNodes(src, va, vb, ctx, 'inner') });
  }
  return params.length > 0 ? params : undefined;
}

