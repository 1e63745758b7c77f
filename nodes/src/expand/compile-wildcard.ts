import type { Node, WildcardNode } from './ast';
import type { CompileCtx, Env, VarDef, WildcardValues } from './compile-context';
import { bind } from './compile-context';
import { compileScope } from './compile';
import { fail } from './expand-failure';
import type { Place } from './expand-failure';
import type { LookupDef } from './lookup-index';
import { matchWildcard } from './lookup-index';
import { parseNodes } from './parse';
import { collapse, makeRenderCtx } from './render-context';
import { SeqCursor } from './seq-cursor';
import { makeSource } from './source';

/** How many names a wildcard name with groups or variables may expand to. */
const MAX_NAMES = 1000;

/**
 * The compiled values of a wildcard (EXPANSION.md §4 "Finding a wildcard"):
 * undefined when it must stay as written (unknown inside a lookup value, or
 * reaching itself), an error when the user wrote an unknown name.
 */
export function resolveWildcard(node: WildcardNode, env: Env, cc: CompileCtx): WildcardValues | undefined {
  const out: WildcardValues = { variants: [], weights: [], keys: [] };
  for (const name of wildcardNames(node, env, cc)) {
    const match = matchWildcard(cc.index, name);
    if (!match.ok) {
      const list = match.candidates.length > 0 ? ` Candidates: ${match.candidates.join(', ')}.` : ' There are no lookups.';
      const message = match.several
        ? `The wildcard __${name}__ matches several lookups by the end of their path; write more of the path.${list}`
        : `The wildcard __${name}__ matches no lookup.${list}`;
      if (node.strict) fail(match.several ? 'ambiguous-wildcard' : 'unknown-wildcard', message, node.place);
      cc.warnings.add('unknown-wildcard', `${message} It is kept as written.`, node.place);
      return undefined;
    }
    if (match.shortName) {
      cc.warnings.add('wildcard-short-name', `__${name}__ was found by the end of its path as "${(match.defs[0] as LookupDef).name}"; write the full name to be sure.`, node.place);
    }
    const cycle = match.defs.find((d) => cc.wildcardPath.includes(d.lower));
    if (cycle) {
      cc.warnings.add('wildcard-cycle', `The wildcard __${cycle.name}__ reaches itself through its values; the recursion stops and it is kept as written.`, node.place);
      return undefined;
    }
    const values = valuesOf(match.defs, node, env, cc);
    out.variants.push(...values.variants);
    out.weights.push(...values.weights);
    out.keys.push(...values.keys);
  }
  return out;
}

function valuesOf(defs: readonly LookupDef[], node: WildcardNode, env: Env, cc: CompileCtx): WildcardValues {
  const memoKey = env.size === 0 && node.params.length === 0 ? defs.map((d) => d.lower).join('\u0000') : undefined;
  const cached = memoKey === undefined ? undefined : cc.wildcardMemo.get(memoKey);
  if (cached) return cached;
  const seen = new Set<string>();
  const entries: Array<{ text: string; weight: number }> = [];
  for (const def of defs) {
    for (const e of def.entries) {
      if (seen.has(e.text)) continue;
      seen.add(e.text);
      entries.push(e);
    }
  }
  if (entries.length === 0) {
    cc.warnings.add('empty-lookup', `The lookup "${defs.map((d) => d.name).join(', ')}" has no values; __…__ gives one empty value.`, node.place);
    entries.push({ text: '', weight: 1 });
  }
  let inner = env;
  for (const p of node.params) inner = bind(inner, p.name, { kind: 'text', nodes: p.value, prev: inner.get(p.name) } satisfies VarDef);
  const out: WildcardValues = { variants: [], weights: [], keys: [] };
  cc.wildcardPath.push(...defs.map((d) => d.lower));
  try {
    for (const e of entries) {
      const ast = valueAst(e.text, node.place, cc);
      if (ast.skip) continue;
      out.variants.push(compileScope(ast.nodes, inner, cc));
      out.weights.push(e.weight);
      out.keys.push(e.text.trim());
    }
  } finally {
    cc.wildcardPath.length -= defs.length;
  }
  if (memoKey !== undefined) cc.wildcardMemo.set(memoKey, out);
  return out;
}

/** Characters that make a lookup value more than plain text. */
const SYNTAX = /[[\]{}$%\\#]|__/;

function valueAst(text: string, place: Place, cc: CompileCtx): { nodes: Node[]; skip: boolean } {
  if (!SYNTAX.test(text)) return { nodes: text === '' ? [] : [{ type: 'text', text }], skip: false };
  const key = `${place.field}\u0000${place.offset}\u0000${text}`;
  let ast = cc.valueAst.get(key);
  if (!ast) {
    const src = makeSource(text, place.field, place.offset);
    const nodes = parseNodes(src, 0, src.ch.length, cc.parse, 'inner');
    ast = { nodes, skip: src.hadComment && src.ch.every((c) => /\s/.test(c)) };
    cc.valueAst.set(key, ast);
  }
  return ast;
}

function wildcardNames(node: WildcardNode, env: Env, cc: CompileCtx): string[] {
  if (node.name.every((n) => n.type === 'text')) return [node.name.map((n) => (n.type === 'text' ? n.text : '')).join('').trim()];
  const seq = compileScope(node.name, env, cc);
  if (seq.count > BigInt(MAX_NAMES)) fail('too-complex', `The wildcard name ${node.raw} expands to more than ${MAX_NAMES} names.`, node.place);
  const names: string[] = [];
  const cursor = new SeqCursor(seq);
  const ctx = makeRenderCtx(cc.seed, cc.batch, 1);
  for (let ok = cursor.reset(); ok; ok = cursor.next()) {
    const tmp: string[] = [];
    cursor.render(ctx, tmp);
    names.push(collapse(tmp.join('')));
  }
  return names;
}
