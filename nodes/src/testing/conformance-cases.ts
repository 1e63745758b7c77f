import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/*
 * The expansion conformance cases (/shared/conformance/expansion.json) and
 * the one place that decides whether an expansion meets one. The CLI test
 * and the expander's own conformance test both run every case through
 * `assertCase`, each with its own runner, so the two can never disagree
 * about what a case means.
 */

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const itemSchema = z.object({
  prompt: z.string(),
  negativePrompt: z.string().optional(),
  params: z.record(z.string(), scalar).optional(),
});

const caseSchema = z.object({
  name: z.string(),
  prompt: z.string(),
  negativePrompt: z.string().optional(),
  lookups: z.record(z.string(), z.array(z.string())).optional(),
  seed: z.number().int().optional(),
  limit: z.number().int().optional(),
  wildcardFiles: z.record(z.string(), z.string()).optional(),
  expect: z.object({
    items: z.array(itemSchema).optional(),
    total: z.number().optional(),
    count: z.number().optional(),
    minWarnings: z.number().optional(),
    error: z.boolean().optional(),
    errorOffset: z.number().optional(),
    deterministic: z.boolean().optional(),
    distinct: z.boolean().optional(),
    subsetOf: z.array(z.string()).optional(),
    paramIn: z.record(z.string(), z.array(scalar)).optional(),
    dryRun: z.boolean().optional(),
    warningCodes: z.array(z.string()).optional(),
    stableAcrossLimits: z.array(z.number().int()).optional(),
  }),
});

/** One conformance case as the shared file states it. */
export type ConformanceCase = z.infer<typeof caseSchema>;

/** One generation as a runner reports it. */
export interface OutcomeItem {
  prompt: string;
  negativePrompt: string;
  params: Record<string, string | number | boolean>;
}

/** What a runner reports for one run of a case: the expansion, or the error that rejected the input. */
export type CaseOutcome =
  | { ok: true; total: bigint; count: number; items: OutcomeItem[]; warnings: Array<{ code: string }>; dryRun: boolean }
  | { ok: false; error: { code: string; message: string; offset?: number | null } };

/** Runs the case once; `limit` overrides the case's generation limit (for `stableAcrossLimits`). */
export type CaseRunner = (limit?: number) => CaseOutcome | Promise<CaseOutcome>;

/** Where the shared cases live: `<repo root>/../shared/conformance/expansion.json`, as in CI. */
export const CONFORMANCE_FILE = fileURLToPath(new URL('../../../../shared/conformance/expansion.json', import.meta.url));

/** Loads and checks the shape of every expansion conformance case. */
export function loadConformanceCases(file = CONFORMANCE_FILE): ConformanceCase[] {
  const parsed = z.object({ cases: z.array(caseSchema) }).parse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.cases;
}

/** The problems with a case's outcome, as sentences; an empty list means the case passes. */
export async function checkCase(testCase: ConformanceCase, run: CaseRunner): Promise<string[]> {
  const expected = testCase.expect;
  const outcome = await run();
  if (expected.error) {
    if (outcome.ok) return [`expected an error, got ${outcome.items.length} item(s): ${JSON.stringify(outcome.items.slice(0, 3))}`];
    if (expected.errorOffset !== undefined && outcome.error.offset !== expected.errorOffset) {
      return [`expected the error at offset ${expected.errorOffset}, got ${String(outcome.error.offset)} (${outcome.error.message})`];
    }
    return [];
  }
  if (!outcome.ok) return [`expected items, got the error ${outcome.error.code}: ${outcome.error.message}`];
  const problems = checkExpansion(testCase, outcome);
  if (expected.deterministic) {
    const again = await run();
    if (!again.ok || !sameItems(again.items, outcome.items)) problems.push('the same seed gave different items on a second run');
  }
  if (expected.stableAcrossLimits) problems.push(...(await checkStableAcrossLimits(testCase, outcome, run)));
  return problems;
}

/** Throws one error listing every problem with a case's outcome. */
export async function assertCase(testCase: ConformanceCase, run: CaseRunner): Promise<void> {
  const problems = await checkCase(testCase, run);
  if (problems.length > 0) throw new Error(`case "${testCase.name}":\n  ${problems.join('\n  ')}`);
}

type Expanded = Extract<CaseOutcome, { ok: true }>;

function checkExpansion(testCase: ConformanceCase, outcome: Expanded): string[] {
  const expected = testCase.expect;
  const problems: string[] = [];
  const { items } = outcome;
  if (expected.items) {
    const want = expected.items.map((item) => ({ prompt: item.prompt, negativePrompt: item.negativePrompt ?? '', params: item.params ?? {} }));
    if (!sameItems(items, want)) problems.push(`items differ:\n    expected ${JSON.stringify(want)}\n    got      ${JSON.stringify(items)}`);
  }
  if (expected.total !== undefined && outcome.total !== BigInt(expected.total)) problems.push(`total: expected ${expected.total}, got ${outcome.total}`);
  if (expected.count !== undefined && outcome.count !== expected.count) problems.push(`count: expected ${expected.count}, got ${outcome.count}`);
  if (outcome.count !== items.length) problems.push(`count says ${outcome.count} but ${items.length} item(s) came out`);
  if (expected.minWarnings !== undefined && outcome.warnings.length < expected.minWarnings) {
    problems.push(`expected at least ${expected.minWarnings} warning(s), got ${JSON.stringify(outcome.warnings)}`);
  }
  const codes = new Set(outcome.warnings.map((warning) => warning.code));
  for (const code of expected.warningCodes ?? []) if (!codes.has(code)) problems.push(`missing the warning code ${code} (got ${[...codes].join(', ') || 'none'})`);
  if (expected.distinct && new Set(items.map(itemKey)).size !== items.length) problems.push('two items are equal');
  if (expected.subsetOf) {
    const allowed = new Set(expected.subsetOf);
    for (const item of items) if (!allowed.has(item.prompt)) problems.push(`the prompt "${item.prompt}" is not one of ${JSON.stringify(expected.subsetOf)}`);
  }
  for (const [param, values] of Object.entries(expected.paramIn ?? {})) {
    for (const item of items) {
      const value = item.params[param];
      if (value === undefined || !values.some((allowed) => sameParam(value, allowed))) problems.push(`param ${param}=${String(value)} is not one of ${JSON.stringify(values)}`);
    }
  }
  if (expected.dryRun !== undefined && outcome.dryRun !== expected.dryRun) problems.push(`dryRun: expected ${expected.dryRun}, got ${outcome.dryRun}`);
  return problems;
}

async function checkStableAcrossLimits(testCase: ConformanceCase, base: Expanded, run: CaseRunner): Promise<string[]> {
  const runs: Array<{ limit: number; items: OutcomeItem[] }> = [{ limit: testCase.limit ?? 1000, items: base.items }];
  for (const limit of testCase.expect.stableAcrossLimits ?? []) {
    const outcome = await run(limit);
    if (!outcome.ok) return [`with limit ${limit}: the error ${outcome.error.code}: ${outcome.error.message}`];
    runs.push({ limit, items: outcome.items });
  }
  const longest = runs.reduce((a, b) => (b.limit > a.limit ? b : a));
  return runs
    .filter((other) => !sameItems(other.items, longest.items.slice(0, other.items.length)))
    .map((other) => `with limit ${other.limit} the items are not the first items of the run with limit ${longest.limit}: ${JSON.stringify(other.items)}`);
}

function sameItems(a: readonly OutcomeItem[], b: readonly OutcomeItem[]): boolean {
  return a.length === b.length && a.every((item, i) => sameItem(item, b[i]));
}

function sameItem(a: OutcomeItem, b: OutcomeItem | undefined): boolean {
  if (b === undefined || a.prompt !== b.prompt || a.negativePrompt !== b.negativePrompt) return false;
  const keys = Object.keys(a.params);
  if (keys.length !== Object.keys(b.params).length) return false;
  return keys.every((key) => key in b.params && sameParam(a.params[key] as string | number | boolean, b.params[key] as string | number | boolean));
}

/** Params compare as numbers where both sides read as numbers, else as strings (the cases' `about`). */
export function sameParam(a: string | number | boolean, b: string | number | boolean): boolean {
  const x = asNumber(a);
  const y = asNumber(b);
  return x !== null && y !== null ? x === y : String(a) === String(b);
}

function asNumber(value: string | number | boolean): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

function itemKey(item: OutcomeItem): string {
  const params = Object.keys(item.params).sort().map((key) => [key, String(item.params[key])]);
  return JSON.stringify([item.prompt, item.negativePrompt, params]);
}
