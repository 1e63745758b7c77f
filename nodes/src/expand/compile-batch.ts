import type { CommandNode } from './ast';
import type { BatchSource } from './batches';
import type { SeqNode } from './compiled';
import { compileNodes } from './compile';
import type { CompileCtx, Env } from './compile-context';
import { MAX_PARTS } from './compile-context';
import { fail } from './expand-failure';
import type { ParamPlan, ParamSource } from './params-plan';
import { planParams } from './params-plan';
import { SeqBuilder } from './seq-builder';
import type { ParamTypeDecl } from './types';

/** The default of `batch:maxbatchitems`. */
export const DEFAULT_BATCH_CAP = 100;

/** A batch ready to iterate: its compiled text, sub-prompt layout, parameter plans and caps. */
export interface CompiledBatch {
  seq: SeqNode;
  prompts: number;
  negatives: number;
  plans: ParamPlan[];
  cap: number;
  sample: number | undefined;
}

/** What every batch shares: caches, warnings, node params and meta commands. */
export type SharedCompile = Omit<CompileCtx, 'batch' | 'wildcardPath' | 'varStack' | 'nextSite' | 'nextImm' | 'budget' | 'depth'>;

function positiveInt(command: CommandNode, code: string, what: string): number {
  if (!/^\d+$/.test(command.value) || Number(command.value) < 1) {
    fail(code, `batch:${command.key}:${command.value} needs ${what} as a positive whole number.`, command.place);
  }
  return Number(command.value);
}

function toSource(c: CommandNode): ParamSource {
  return { name: c.key, value: c.value, place: c.place };
}

/** Compiles one batch (EXPANSION.md §1 stages 3–7). */
export function compileBatch(src: BatchSource, batch: number, shared: SharedCompile, base: readonly ParamSource[], types: Record<string, ParamTypeDecl> | undefined): CompiledBatch {
  let cap = DEFAULT_BATCH_CAP;
  let sample: number | undefined;
  const seen = new Map<string, CommandNode>();
  const batchParams: ParamSource[] = [];
  for (const c of src.batchCommands) {
    const key = c.key.toLowerCase();
    const prior = seen.get(key);
    if (prior) {
      shared.warnings.add('duplicate-batch-command', `batch:${c.key} is given more than once in this batch; the last one (${c.value}) wins over ${prior.value}.`, c.place);
    }
    seen.set(key, c);
    if (key === 'maxbatchitems') cap = positiveInt(c, 'invalid-batch-cap', 'the number of items to keep');
    else if (key === 'sample') sample = positiveInt(c, 'invalid-sample', 'the number of items to sample');
    else batchParams.push(toSource(c));
  }
  const cc: CompileCtx = { ...shared, batch, wildcardPath: [], varStack: [], nextSite: 0, nextImm: 0, budget: MAX_PARTS, depth: 0 };
  const builder = new SeqBuilder();
  let env: Env = new Map();
  const prompts = src.promptSubs.length;
  src.promptSubs.forEach((nodes, s) => {
    builder.addPart({ k: 'seg', seg: s });
    env = compileNodes(nodes, builder, env, cc);
  });
  src.negativeSubs.forEach((nodes, q) => {
    builder.addPart({ k: 'seg', seg: prompts + q });
    env = compileNodes(nodes, builder, env, cc);
  });
  const plans = src.pipeline.map((commands) => planParams([...base, ...batchParams, ...commands.map(toSource)], types));
  return { seq: builder.build(), prompts, negatives: src.negativeSubs.length, plans, cap, sample };
}
