import type { BackrefNode, BracketNode, Node, VarDefNode, VarUseNode, WrapNode } from './ast';
import type { CompileCtx, Env } from './compile-context';
import { MAX_EXPANSION_DEPTH, bind, spend } from './compile-context';
import { compileGroup, compileWildcard } from './compile-group';
import { makeToken } from './compile-token';
import { fail } from './expand-failure';
import { flattenLookup } from './flatten-lookup';
import { resolveLookupRef } from './lookup-index';
import { rngFor, distinctIndices } from './prng';
import { SeqBuilder } from './seq-builder';
import type { SeqNode } from './compiled';

/**
 * Compiles nodes into `b` in reading order, threading variable definitions
 * through `env`; returns the environment after the last node.
 */
export function compileNodes(nodes: readonly Node[], b: SeqBuilder, env: Env, cc: CompileCtx): Env {
  for (const node of nodes) {
    spend(cc);
    switch (node.type) {
      case 'text':
        b.addText(node.text);
        break;
      case 'bracket':
        compileBracket(node, b, env, cc);
        break;
      case 'backref':
        compileBackref(node, b, cc);
        break;
      case 'group':
        compileGroup(node, b, env, cc);
        break;
      case 'wildcard':
        compileWildcard(node, b, env, cc);
        break;
      case 'var-def':
        env = compileVarDef(node, b, env, cc);
        break;
      case 'var-use':
        compileVarUse(node, b, env, cc);
        break;
      case 'wrap':
        compileWrap(node, b, env, cc);
        break;
      case 'batch-split':
      case 'sub-split':
      case 'command':
        // Split by the batch layer before compiling; never reached from parsed text below the top level.
        break;
    }
  }
  return env;
}

/** Compiles `nodes` as a sequence of its own (a variant's scope for no-repeat and back references). */
export function compileScope(nodes: readonly Node[], env: Env, cc: CompileCtx): SeqNode {
  const b = new SeqBuilder();
  nested(cc, () => compileNodes(nodes, b, env, cc));
  return b.build();
}

/** Runs `body` one expansion level deeper, refusing runaway nesting. */
export function nested<T>(cc: CompileCtx, body: () => T): T {
  if (cc.depth >= MAX_EXPANSION_DEPTH) fail('too-deep', `Wildcards, variables and groups nest more than ${MAX_EXPANSION_DEPTH} levels deep; simplify them.`);
  cc.depth++;
  try {
    return body();
  } finally {
    cc.depth--;
  }
}

function keepAsWritten(node: BracketNode, reason: string | undefined, b: SeqBuilder, env: Env, cc: CompileCtx): void {
  if (reason !== undefined) {
    cc.warnings.add(
      'kept-as-written',
      `${node.raw} is kept as written because ${reason}; it reaches the provider untouched. To make it a token, list two or more values ([a,b]) or name a lookup.`,
      node.place,
    );
  }
  b.addText('[');
  compileNodes(node.content ?? [], b, env, cc);
  b.addText(']');
}

function compileBracket(node: BracketNode, b: SeqBuilder, env: Env, cc: CompileCtx): void {
  if (node.lenient) return keepAsWritten(node, undefined, b, env, cc);
  if (node.keptReason !== undefined) return keepAsWritten(node, node.keptReason, b, env, cc);
  if (node.values.length === 1 && !resolveLookupRef(cc.index, node.values[0] as string)) {
    return keepAsWritten(node, `its one value names no lookup or alias${node.pick ? ' (a pick count needs two or more values or a lookup)' : ''}`, b, env, cc);
  }
  if (node.hasBraceSyntax) {
    fail('brace-in-token', `${node.raw} is a token, and a token's values are plain text: brace groups, wildcards and variables cannot stand inside it.`, node.place);
  }
  const options: string[] = [];
  const instances: string[] = [];
  for (const value of node.values) {
    const ref = resolveLookupRef(cc.index, value);
    if (!ref) {
      options.push(value);
      continue;
    }
    instances.push(ref.instance);
    options.push(...flattenLookup(cc.index, ref.def, cc.flattenMemo,
      (path) => cc.warnings.add('nested-cycle', `The lookup "${ref.def.name}" reaches itself (${path.join(' → ')}); the repeated name stays as a value.`, node.place),
      (name) => cc.warnings.add('empty-lookup', `The lookup "${name}" has no values; it gives one empty value.`, node.place)));
  }
  let unique = [...new Set(options)];
  const site = cc.nextSite++;
  if (node.pick !== undefined) {
    if (node.pick > unique.length) {
      cc.warnings.add('pick-above-options', `${node.raw} asks for ${node.pick} values but has only ${unique.length}; it takes them all.`, node.place);
    } else {
      unique = distinctIndices(rngFor(cc.seed, cc.batch, site, 0x7069636b), unique.length, node.pick).map((i) => unique[i] as string);
    }
  }
  const d = b.addToken(makeToken(unique), instances);
  for (const inst of instances) b.lastToken.set(inst, d);
}

function compileBackref(node: BackrefNode, b: SeqBuilder, cc: CompileCtx): void {
  const name = node.name.toLowerCase();
  const d = b.lastToken.get(name);
  if (d !== undefined) return b.addPart({ k: 'backref', d });
  const ref = resolveLookupRef(cc.index, node.name);
  if (!ref) {
    cc.warnings.add('unknown-backref', `${node.raw} refers to "${node.name}", which names no lookup or alias; it is kept as written.`, node.place);
    return b.addText(node.raw);
  }
  const values = flattenLookup(cc.index, ref.def, cc.flattenMemo, () => undefined, () => undefined);
  cc.warnings.add('backref-before-use', `${node.raw} comes before any [${node.name}] token; it takes the lookup's first value.`, node.place);
  b.addText(values[0] ?? '');
}

function compileVarDef(node: VarDefNode, b: SeqBuilder, env: Env, cc: CompileCtx): Env {
  const prev = env.get(node.name);
  if (node.ifUndefined && prev) return env;
  if (!node.immediate) return bind(env, node.name, { kind: 'text', nodes: node.value, prev });
  const seq = compileScope(node.value, bind(env, node.name, prev), cc);
  const id = cc.nextImm++;
  const d = b.addSilentDigit({ kind: 'choice', variants: [seq], starts: [0n, seq.count], count: seq.count });
  b.addPart({ k: 'imm-def', d, id });
  return bind(env, node.name, { kind: 'imm', id, prev });
}

function compileVarUse(node: VarUseNode, b: SeqBuilder, env: Env, cc: CompileCtx): void {
  const def = env.get(node.name);
  if (!def) {
    if (node.fallback) {
      nested(cc, () => compileNodes(node.fallback ?? [], b, env, cc));
      return;
    }
    cc.warnings.add('undefined-variable', `The variable "${node.name}" is not defined here and has no default; ${node.raw} is kept as written.`, node.place);
    return b.addText(node.raw);
  }
  if (def.kind === 'imm') return b.addPart({ k: 'imm-use', id: def.id });
  if (cc.varStack.includes(def)) {
    cc.warnings.add('variable-cycle', `The variable "${node.name}" reaches itself; ${node.raw} is kept as written.`, node.place);
    return b.addText(node.raw);
  }
  cc.varStack.push(def);
  try {
    nested(cc, () => compileNodes(def.nodes, b, bind(env, node.name, def.prev), cc));
  } finally {
    cc.varStack.pop();
  }
}

function compileWrap(node: WrapNode, b: SeqBuilder, env: Env, cc: CompileCtx): void {
  const seq = compileScope([...node.before, ...node.inner, ...node.after], env, cc);
  b.addDigit({ kind: 'choice', variants: [seq], starts: [0n, seq.count], count: seq.count });
}
