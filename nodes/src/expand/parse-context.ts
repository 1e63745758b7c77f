import type { WarningSink } from './expand-failure';
import { fail } from './expand-failure';
import type { Source } from './source';
import { placeAt } from './source';

/** How deep constructs may nest before the parser refuses (a guard against runaway input). */
export const MAX_NESTING = 300;

/** Where the parser is: the top level of user text recognises commands and splits; a wildcard name only groups and variables. */
export type ParseLevel = 'top' | 'inner' | 'name';

/** State shared by one parse. */
export interface ParseCtx {
  warnings: WarningSink;
  depth: number;
}

/** Runs `body` one nesting level deeper, refusing input nested beyond `MAX_NESTING`. */
export function deeper<T>(ctx: ParseCtx, src: Source, at: number, body: () => T): T {
  if (ctx.depth >= MAX_NESTING) {
    fail('too-deep', `Constructs are nested more than ${MAX_NESTING} levels deep here; flatten the prompt.`, placeAt(src, at));
  }
  ctx.depth++;
  try {
    return body();
  } finally {
    ctx.depth--;
  }
}
