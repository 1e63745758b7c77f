import type { PicksDigit, SeqNode } from './compiled';
import type { PicksCursor } from './picks-cursor';
import type { SeqCursor } from './seq-cursor';

/** What rendering one item needs besides the cursors' positions. */
export interface RenderCtx {
  /** The item's rank among its batch's combinations (cycles and seeded picks depend on it). */
  rank: bigint;
  seed: number;
  batch: number;
  /** Values chosen by immediate variables, by definition id. */
  imm: string[];
  /** Output per segment (prompt sub-prompts, then negative ones) at the top level. */
  segs: string[][];
  /** Cursors that cycles and seeded picks position freely, made once per node. */
  cursors: Map<SeqNode, SeqCursor>;
  picksCursors: Map<PicksDigit, PicksCursor>;
}

/** A fresh render context. */
export function makeRenderCtx(seed: number, batch: number, segments: number): RenderCtx {
  return {
    rank: 0n,
    seed,
    batch,
    imm: [],
    segs: Array.from({ length: segments }, () => []),
    cursors: new Map(),
    picksCursors: new Map(),
  };
}

const SPACE_RUN = /[ \t\n\r\f\v]+/g;

/** Collapses runs of white space to one space and trims the ends (EXPANSION.md §1). */
export function collapse(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}
