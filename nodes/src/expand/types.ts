/** A lookup value with an optional weight (weights matter only for random picks). */
export interface LookupEntry {
  text: string;
  weight?: number;
}

/** Lookups by name → values; names match case-insensitively. A plain string is weight 1. */
export type LookupTable = Record<string, ReadonlyArray<string | LookupEntry>>;

/** Something odd but not fatal, carried with the result (codes listed in EXPANSION.md §10). */
export interface ExpandWarning {
  code: string;
  message: string;
  offset?: number;
  field?: 'prompt' | 'negativePrompt';
}

/** Why an expansion was refused, with the offset (code points) of the text it concerns. */
export interface ExpandError {
  code: string;
  message: string;
  offset?: number;
  field?: 'prompt' | 'negativePrompt' | 'params' | 'wildcards';
}

/** How a target parameter is typed, so sweep values can be converted (EXPANSION.md §3). */
export interface ParamTypeDecl {
  type: 'number' | 'integer' | 'boolean' | 'enum' | 'string';
  options?: readonly string[];
  aliases?: readonly string[];
}

/** One parameter set to expand, with the lookups, seed and limits that apply. */
export interface ExpandRequest {
  prompt: string;
  negativePrompt?: string;
  params?: Record<string, string | number | boolean>;
  paramTypes?: Record<string, ParamTypeDecl>;
  lookups?: LookupTable;
  seed?: number;
  limit?: number;
  warnings?: readonly ExpandWarning[];
}

/** One generation: the final prompt, negative prompt and parameters. */
export interface ExpandedItem {
  prompt: string;
  negativePrompt: string;
  params: Record<string, string | number | boolean>;
}

/** Per-batch figures for the preview: combinations, items kept, and whether a cap cut it. */
export interface BatchSummary {
  total: bigint;
  kept: number;
  limited: boolean;
}

/** The result of a successful expansion; items are produced lazily. */
export interface Expansion {
  total: bigint;
  count: number;
  batches: BatchSummary[];
  warnings: ExpandWarning[];
  dryRun: boolean;
  items(): IterableIterator<ExpandedItem>;
}

/** Either an expansion or the error that stopped it. */
export type ExpandResult = { ok: true; value: Expansion } | { ok: false; error: ExpandError };

/** Which text a position refers to. */
export type TextField = 'prompt' | 'negativePrompt';
