import type { DrawMode, GroupNode, Node, WildcardNode } from './ast';
import type { ChoiceDigit, PicksDigit, SeqNode } from './compiled';
import type { CompileCtx, Env } from './compile-context';
import { checkCount } from './compile-context';
import { compileScope } from './compile';
import { resolveWildcard } from './compile-wildcard';
import { orderedPicks } from './picks-math';
import type { SeqBuilder } from './seq-builder';

/** A group's or wildcard's variants, ready to become a digit or a seeded part. */
interface Drawable {
  variants: SeqNode[];
  weights: number[];
  keys: string[];
}

/** Compiles a brace group into a digit (every combination) or a part (seeded pick, cycle). */
export function compileGroup(node: GroupNode, b: SeqBuilder, env: Env, cc: CompileCtx): void {
  const only = node.variants.length === 1 ? soleWildcard((node.variants[0] as GroupNode['variants'][number]).nodes) : undefined;
  let drawable: Drawable;
  if (only) {
    const values = resolveWildcard(only, env, cc);
    if (values === undefined) return b.addText(only.raw);
    drawable = values;
  } else {
    drawable = { variants: [], weights: [], keys: [] };
    const seen = new Set<string>();
    for (const v of node.variants) {
      if (seen.has(v.key)) continue;
      seen.add(v.key);
      drawable.variants.push(compileScope(v.nodes, env, cc));
      drawable.weights.push(v.weight);
      drawable.keys.push(v.key);
    }
  }
  drawable = withoutEmptyCounts(drawable);
  if (!node.picks) return place(node.mode, drawable, b, cc, undefined, node.joiner);
  const emptyAt = drawable.keys.findIndex((k) => k.trim() === '');
  // An empty variant adds no joiner, so picking it is picking one fewer (EXPANSION.md §4).
  if (emptyAt >= 0) drawable = { variants: drop(drawable.variants, emptyAt), weights: drop(drawable.weights, emptyAt), keys: drop(drawable.keys, emptyAt) };
  const n = drawable.variants.length;
  const hi = Math.min(node.picks.hi ?? n, n);
  let lo = Math.min(node.picks.lo, hi);
  if (emptyAt >= 0) lo = Math.max(lo - 1, 0);
  place(node.mode, drawable, b, cc, { lo, hi }, node.joiner);
}

/** Compiles a wildcard into a digit or a part; unknown in a lookup value, it stays as written. */
export function compileWildcard(node: WildcardNode, b: SeqBuilder, env: Env, cc: CompileCtx): void {
  const values = resolveWildcard(node, env, cc);
  if (values === undefined) return b.addText(node.raw);
  place(node.mode, withoutEmptyCounts(values), b, cc, undefined, ',');
}

function place(mode: DrawMode, d: Drawable, b: SeqBuilder, cc: CompileCtx, picks: { lo: number; hi: number } | undefined, joiner: string): void {
  if (mode === 'random') {
    const site = cc.nextSite++;
    b.addPart({ k: 'random', variants: d.variants, weights: d.weights, lo: picks?.lo ?? 1, hi: picks?.hi ?? 1, joiner, picks: picks !== undefined, site });
    return;
  }
  const digit: ChoiceDigit | PicksDigit = picks ? picksDigit(d.variants, picks.lo, picks.hi, joiner) : choiceDigit(d.variants);
  if (mode === 'cycle') b.addPart({ k: 'cycle', inner: digit, site: cc.nextSite++ });
  else b.addDigit(digit);
}

/** A digit taking each variant's expansions in turn. */
export function choiceDigit(variants: readonly SeqNode[]): ChoiceDigit {
  const starts: bigint[] = [0n];
  let count = 0n;
  for (const v of variants) {
    count = checkCount(count + v.count);
    starts.push(count);
  }
  return { kind: 'choice', variants, starts, count };
}

function picksDigit(variants: readonly SeqNode[], lo: number, hi: number, joiner: string): PicksDigit {
  const counts = variants.map((v) => v.count);
  const byK: bigint[] = [];
  let count = 0n;
  for (let k = lo; k <= hi; k++) {
    const c = orderedPicks(counts, k);
    byK.push(c);
    count = checkCount(count + c);
  }
  return { kind: 'picks', variants, counts, lo, hi, joiner, byK, count };
}

function withoutEmptyCounts(d: Drawable): Drawable {
  if (d.variants.every((v) => v.count > 0n)) return d;
  const keep = d.variants.map((v) => v.count > 0n);
  return { variants: d.variants.filter((_, i) => keep[i]), weights: d.weights.filter((_, i) => keep[i]), keys: d.keys.filter((_, i) => keep[i]) };
}

function drop<T>(list: readonly T[], at: number): T[] {
  return list.filter((_, i) => i !== at);
}

function soleWildcard(nodes: readonly Node[]): WildcardNode | undefined {
  const meaningful = nodes.filter((n) => !(n.type === 'text' && n.text.trim() === ''));
  const only = meaningful[0];
  return meaningful.length === 1 && only?.type === 'wildcard' && only.mode === 'all' ? only : undefined;
}

