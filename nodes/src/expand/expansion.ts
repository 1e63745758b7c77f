import type { CompiledBatch } from './compile-batch';
import type { WarningSink } from './expand-failure';
import { fail } from './expand-failure';
import { paramsAt } from './params-plan';
import { rngFor } from './prng';
import { collapse, makeRenderCtx } from './render-context';
import { MAX_SAMPLE, sampleRanks } from './sample';
import { SeqCursor } from './seq-cursor';
import type { BatchSummary, ExpandedItem, Expansion } from './types';

/** A batch's share of the run: which combinations it yields and how many generations. */
interface BatchRun {
  batch: CompiledBatch;
  /** Sampled ranks in ascending order, or undefined to take the first combinations. */
  ranks: bigint[] | undefined;
  /** Combinations to render. */
  kept: number;
  /** Generations to yield (after sub-prompts, sweeps and the generation limit). */
  gens: number;
}

const SAMPLE_KEY = 0x73616d70;
const PICK_KEY = 0x70617261;

/**
 * Plans caps, samples and the generation limit for compiled batches
 * (EXPANSION.md §5) and returns the lazy expansion.
 */
export function makeExpansion(batches: readonly CompiledBatch[], seed: number, limit: number, dryRun: boolean, warnings: WarningSink): Expansion {
  const runs: BatchRun[] = [];
  const summaries: BatchSummary[] = [];
  let remaining = Math.max(0, Math.floor(limit));
  let limitHit = false;
  let total = 0n;
  batches.forEach((batch, b) => {
    const count = batch.seq.count;
    total += count;
    let ranks: bigint[] | undefined;
    let pool = count;
    if (batch.sample !== undefined) {
      if (BigInt(batch.sample) >= count) {
        if (BigInt(batch.sample) > count) {
          warnings.add('sample-above-total', `Batch ${b + 1} asks for a sample of ${batch.sample} but has only ${count} combinations; it takes them all.`);
        }
      } else {
        if (batch.sample > MAX_SAMPLE) fail('sample-too-large', `batch:sample:${batch.sample} is above the largest sample, ${MAX_SAMPLE}; sample fewer items.`);
        ranks = sampleRanks(rngFor(seed, b, SAMPLE_KEY), count, batch.sample);
        pool = BigInt(batch.sample);
      }
    }
    const capped = pool > BigInt(batch.cap);
    if (capped) {
      warnings.add('batch-cap', `Batch ${b + 1} has ${pool} items; only the first ${batch.cap} are kept (batch:maxbatchitems:${batch.cap}).`);
    }
    const keptByCap = capped ? batch.cap : Number(pool);
    const perItem = batch.plans.reduce((sum, p) => sum + p.gens, 0);
    let gens = keptByCap * perItem;
    if (gens > remaining) {
      gens = remaining;
      limitHit = true;
    }
    remaining -= gens;
    const kept = perItem === 0 ? 0 : Math.ceil(gens / perItem);
    runs.push({ batch, ranks, kept, gens });
    summaries.push({ total: count, kept, limited: capped || kept < keptByCap });
  });
  if (limitHit) warnings.add('generation-limit', `The run stops at the generation limit of ${limit}; raise the limit to get more.`);
  const count = runs.reduce((sum, r) => sum + r.gens, 0);
  return {
    total,
    count,
    batches: summaries,
    warnings: warnings.list,
    dryRun,
    items: () => generate(runs, seed),
  };
}

function* generate(runs: readonly BatchRun[], seed: number): Generator<ExpandedItem, void, undefined> {
  for (let b = 0; b < runs.length; b++) {
    const run = runs[b] as BatchRun;
    const { batch } = run;
    let left = run.gens;
    if (left === 0) continue;
    const ctx = makeRenderCtx(seed, b, batch.prompts + batch.negatives);
    const cursor = new SeqCursor(batch.seq);
    for (let i = 0; i < run.kept && left > 0; i++) {
      if (run.ranks) {
        ctx.rank = run.ranks[i] as bigint;
        cursor.seek(ctx.rank);
      } else {
        if (!(i === 0 ? cursor.reset() : cursor.next())) break;
        ctx.rank = BigInt(i);
      }
      for (const seg of ctx.segs) seg.length = 0;
      cursor.render(ctx, ctx.segs[0] as string[]);
      const texts = ctx.segs.map((s) => collapse(s.join('')));
      const rank = ctx.rank;
      for (let s = 0; s < batch.prompts && left > 0; s++) {
        const negativePrompt = (batch.negatives === 1 ? texts[batch.prompts] : texts[batch.prompts + s]) as string;
        const plan = batch.plans[s];
        if (!plan) continue;
        for (let j = 0; j < plan.gens && left > 0; j++, left--) {
          const params = plan.dims.length === 0 ? {} : paramsAt(plan, j, () => rngFor(seed, b, rank, s, j, PICK_KEY));
          yield { prompt: texts[s] as string, negativePrompt, params };
        }
      }
    }
  }
}
