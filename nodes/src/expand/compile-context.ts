import type { Node } from './ast';
import type { SeqNode } from './compiled';
import type { WarningSink } from './expand-failure';
import { fail } from './expand-failure';
import type { FlattenMemo } from './flatten-lookup';
import type { LookupIndex } from './lookup-index';
import type { ParseCtx } from './parse-context';

/** A variable: text written again at each use, or the value chosen once by an immediate definition. */
export type VarDef = { kind: 'text'; nodes: Node[]; prev: VarDef | undefined } | { kind: 'imm'; id: number; prev: VarDef | undefined };

/** Variables in scope, by name. Copied on write so a variant's definitions stay inside it. */
export type Env = ReadonlyMap<string, VarDef>;

/** A wildcard's compiled values: one sequence per value, with weights and the text each was read from. */
export interface WildcardValues {
  variants: SeqNode[];
  weights: number[];
  keys: string[];
}

/** How many compiled parts one expansion may hold before it is refused as too complex. */
export const MAX_PARTS = 500_000;
/** How deep wildcards and variables may expand inside each other. */
export const MAX_EXPANSION_DEPTH = 300;

/** State shared while compiling one batch. */
export interface CompileCtx {
  index: LookupIndex;
  warnings: WarningSink;
  parse: ParseCtx;
  seed: number;
  batch: number;
  flattenMemo: FlattenMemo;
  valueAst: Map<string, { nodes: Node[]; skip: boolean }>;
  wildcardMemo: Map<string, WildcardValues>;
  wildcardPath: string[];
  varStack: VarDef[];
  nextSite: number;
  nextImm: number;
  budget: number;
  depth: number;
}

/** Spends compile budget, refusing input that would compile to an enormous tree. */
export function spend(cc: CompileCtx, n = 1): void {
  cc.budget -= n;
  if (cc.budget < 0) fail('too-complex', `This prompt compiles to more than ${MAX_PARTS} parts (wildcards or variables expand into each other too much); simplify it.`);
}

/** `env` with `name` bound to `def` (or unbound when `def` is undefined). */
export function bind(env: Env, name: string, def: VarDef | undefined): Env {
  const next = new Map(env);
  if (def) next.set(name, def);
  else next.delete(name);
  return next;
}

/** Counts above 2^65536 (about 10^19728) are refused: they only come from wildcards that square themselves. */
const MAX_COUNT = 1n << 65536n;

/** Refuses a count too large to be meaningful, before BigInt arithmetic on it grows without bound. */
export function checkCount(count: bigint): bigint {
  if (count > MAX_COUNT) fail('too-complex', 'This prompt has more than 10^19728 combinations (wildcards that multiply into themselves); simplify it.');
  return count;
}
