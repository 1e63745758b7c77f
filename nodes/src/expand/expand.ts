import { layOut } from './batches';
import { compileBatch } from './compile-batch';
import type { SharedCompile } from './compile-batch';
import { ExpandFailure, WarningSink } from './expand-failure';
import { makeExpansion } from './expansion';
import { indexLookups } from './lookup-index';
import { parseNodes } from './parse';
import type { ParseCtx } from './parse-context';
import type { ParamSource } from './params-plan';
import { makeSource } from './source';
import type { ExpandRequest, ExpandResult } from './types';

/** The generation limit when the request gives none. */
export const DEFAULT_LIMIT = 1000;

/** Expands one parameter set into the generations it defines. Never throws on user input. */
export function expand(request: ExpandRequest): ExpandResult {
  try {
    return { ok: true, value: run(request) };
  } catch (e) {
    if (e instanceof ExpandFailure) return { ok: false, error: e.error };
    if (e instanceof RangeError) {
      return { ok: false, error: { code: 'too-complex', message: 'This prompt is too complex to expand (it nests or repeats too much); simplify it.' } };
    }
    throw e;
  }
}

function run(request: ExpandRequest): ReturnType<typeof makeExpansion> {
  const warnings = new WarningSink();
  for (const w of request.warnings ?? []) warnings.add(w.code, w.message, w.offset !== undefined && w.field ? { offset: w.offset, field: w.field } : undefined);
  const parse: ParseCtx = { warnings, depth: 0 };
  const promptSrc = makeSource(request.prompt, 'prompt');
  const negativeSrc = makeSource(request.negativePrompt ?? '', 'negativePrompt');
  const layout = layOut(
    parseNodes(promptSrc, 0, promptSrc.ch.length, parse, 'top'),
    parseNodes(negativeSrc, 0, negativeSrc.ch.length, parse, 'top'),
  );
  let dryRun = false;
  const base: ParamSource[] = Object.entries(request.params ?? {}).map(([name, value]) => ({ name, value }));
  for (const c of layout.meta) {
    if (c.key.toLowerCase() === 'debug' && c.value.toLowerCase() === 'dryrun') dryRun = true;
    else base.push({ name: c.key, value: c.value, place: c.place });
  }
  const seed = request.seed ?? 0;
  const shared: SharedCompile = {
    index: indexLookups(request.lookups),
    warnings,
    parse,
    seed,
    flattenMemo: new Map(),
    valueAst: new Map(),
    wildcardMemo: new Map(),
  };
  const batches = layout.batches.map((b, i) => compileBatch(b, i, shared, base, request.paramTypes));
  return makeExpansion(batches, seed, request.limit ?? DEFAULT_LIMIT, dryRun, warnings);
}
