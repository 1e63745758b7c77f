import type { DrawMode, GroupNode, Variant } from './ast';
import { fail } from './expand-failure';
import type { ParseCtx } from './parse-context';
import { parseNodes } from './parse';
import { matchBrace, rangesBetween, splitTop } from './scan';
import type { Source } from './source';
import { isChar, isSpaceAt, placeAt, sliceRaw, sliceText } from './source';

const MODES: Record<string, DrawMode> = { '~': 'random', '@': 'cycle', '!': 'all' };

/** Parses the brace group `{...}` at `i` (EXPANSION.md §4). */
export function parseGroup(src: Source, i: number, b: number, ctx: ParseCtx): { node: GroupNode; end: number } {
  const place = placeAt(src, i);
  const j = matchBrace(src, i, b);
  if (j < 0) fail('unbalanced-brace', 'This { has no closing }; close it or write \\{ for a literal brace.', place);
  let k = i + 1;
  let mode: DrawMode = 'all';
  const modeChar = src.esc[k] ? undefined : MODES[src.ch[k] as string];
  if (modeChar) {
    mode = modeChar;
    k++;
  }
  const spec = readPickSpec(src, k, j);
  let picks: GroupNode['picks'];
  let joiner = ',';
  if (spec) {
    picks = { lo: spec.lo, hi: spec.hi };
    k = spec.end;
    const seps = splitTop(src, k, j, '$$');
    if (seps.length > 0) {
      const s = seps[0] as number;
      for (let x = k; x < s; x++) {
        if (!src.esc[x] && (src.ch[x] === '$' || src.ch[x] === '{' || src.ch[x] === '}')) {
          fail('malformed-joiner', 'A joiner between $$ and $$ may not contain $, { or }.', placeAt(src, x));
        }
      }
      joiner = sliceText(src, k, s);
      k = s + 2;
    }
  }
  const variants: Variant[] = rangesBetween(k, j, splitTop(src, k, j, '|'), 1).map(([va, vb]) => readVariant(src, va, vb, ctx));
  return { node: { type: 'group', place, mode, picks, joiner, variants }, end: j + 1 };
}

/** Reads `N$$`, `N-M$$`, `-M$$`, `N-$$` at `k`; undefined when the group has no pick count. */
function readPickSpec(src: Source, k: number, end: number): { lo: number; hi: number | undefined; end: number } | undefined {
  let x = k;
  const skip = (): void => {
    while (x < end && isSpaceAt(src, x)) x++;
  };
  const digits = (): string => {
    let s = '';
    while (x < end && !src.esc[x] && /[0-9]/.test(src.ch[x] as string)) s += src.ch[x++] as string;
    return s;
  };
  skip();
  const first = digits();
  skip();
  let dash = false;
  let second = '';
  if (isChar(src, x, '-')) {
    dash = true;
    x++;
    skip();
    second = digits();
    skip();
  }
  if (!(isChar(src, x, '$') && isChar(src, x + 1, '$'))) return undefined;
  if (first === '' && !dash) return undefined;
  x += 2;
  if (!dash) return { lo: Number(first), hi: Number(first), end: x };
  let lo = first === '' ? 1 : Number(first);
  let hi = second === '' ? undefined : Number(second);
  if (hi !== undefined && hi < lo) [lo, hi] = [hi, lo];
  return { lo, hi, end: x };
}

const WEIGHT = /^\s*(\d+(?:\.\d+)?|\.\d+)::/;

function readVariant(src: Source, a: number, b: number, ctx: ParseCtx): Variant {
  let weight = 1;
  const head = src.ch.slice(a, Math.min(b, a + 40)).join('');
  const m = WEIGHT.exec(head);
  if (m) {
    let escaped = false;
    for (let x = a; x < a + m[0].length; x++) escaped ||= src.esc[x] === true;
    if (!escaped) {
      weight = Number(m[1]);
      a += m[0].length;
    }
  }
  return { weight, nodes: parseNodes(src, a, b, ctx, 'inner'), key: sliceRaw(src, a, b).trim() };
}
