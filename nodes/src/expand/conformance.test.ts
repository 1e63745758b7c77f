import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as expansionApi from './index';
import type { ExpandRequest, ExpandResult, ExpandWarning, LookupTable } from './index';

type Scalar = string | number | boolean;
interface ExpectedItem {
  prompt: string;
  negativePrompt: string;
  params?: Record<string, Scalar>;
}
interface Case {
  name: string;
  prompt: string;
  negativePrompt?: string;
  lookups?: LookupTable;
  seed?: number;
  limit?: number;
  wildcardFiles?: Record<string, string>;
  expect: {
    items?: ExpectedItem[];
    total?: number;
    count?: number;
    minWarnings?: number;
    error?: boolean;
    errorOffset?: number;
    deterministic?: boolean;
    distinct?: boolean;
    subsetOf?: string[];
    paramIn?: Record<string, Scalar[]>;
    dryRun?: boolean;
    warningCodes?: string[];
    stableAcrossLimits?: number[];
  };
}

const here = dirname(fileURLToPath(import.meta.url));
// The repository root is three levels up; shared/ sits beside it (../shared in CI, /work/shared here).
const casesPath = resolve(here, '../../../../shared/conformance/expansion.json');
const cases: Case[] = existsSync(casesPath) ? (JSON.parse(readFileSync(casesPath, 'utf8')) as { cases: Case[] }).cases : [];

type Importer = (files: ReadonlyArray<{ path: string; content: string }>) =>
  { ok: true; lookups: LookupTable; warnings: ExpandWarning[] } | { ok: false; error: { code: string; message: string } };

/** Builds the request, importing wildcard files through importWildcardFiles when the case has them. */
function requestFor(c: Case, limit?: number): { ok: true; request: ExpandRequest } | { ok: false; reason: string } {
  const request: ExpandRequest = { prompt: c.prompt, negativePrompt: c.negativePrompt ?? '', lookups: c.lookups ?? {}, seed: c.seed ?? 0 };
  const lim = limit ?? c.limit;
  if (lim !== undefined) request.limit = lim;
  if (!c.wildcardFiles) return { ok: true, request };
  const importer = (expansionApi as Record<string, unknown>).importWildcardFiles as Importer | undefined;
  if (typeof importer !== 'function') return { ok: false, reason: 'importWildcardFiles is not exported from nodes/src/expand/index.ts yet' };
  const imported = importer(Object.entries(c.wildcardFiles).map(([path, content]) => ({ path, content })));
  if (!imported.ok) return { ok: false, reason: `import error: ${imported.error.code}` };
  request.lookups = { ...request.lookups, ...imported.lookups };
  request.warnings = imported.warnings;
  return { ok: true, request };
}

function runCase(c: Case, limit?: number): ExpandResult | { ok: false; error: { code: string; message: string; offset?: number } } {
  const built = requestFor(c, limit);
  if (!built.ok) {
    if (built.reason.startsWith('import error')) return { ok: false, error: { code: built.reason, message: built.reason } };
    throw new Error(built.reason);
  }
  return expansionApi.expand(built.request);
}

function itemsOf(result: ExpandResult): Array<{ prompt: string; negativePrompt: string; params: Record<string, Scalar> }> {
  if (!result.ok) throw new Error(`expected items, got error ${result.error.code}: ${result.error.message}`);
  return [...result.value.items()];
}

/** Params compare as numbers where both sides read as numbers, else as strings. */
function sameScalar(a: Scalar | undefined, b: Scalar | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const na = Number(a);
  const nb = Number(b);
  if (String(a).trim() !== '' && String(b).trim() !== '' && !Number.isNaN(na) && !Number.isNaN(nb)) return na === nb;
  return String(a) === String(b);
}

function sameParams(actual: Record<string, Scalar>, expected: Record<string, Scalar> | undefined): boolean {
  const exp = expected ?? {};
  const keys = new Set([...Object.keys(actual), ...Object.keys(exp)]);
  for (const k of keys) if (!sameScalar(actual[k], exp[k])) return false;
  return true;
}

describe('expansion conformance (shared/conformance/expansion.json)', () => {
  it('finds the conformance cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(c.name, () => {
      const e = c.expect;
      const result = runCase(c);
      if (e.error) {
        expect(result.ok, 'the input must be rejected').toBe(false);
        if (!result.ok && e.errorOffset !== undefined) expect(result.error.offset).toBe(e.errorOffset);
        return;
      }
      if (!result.ok) throw new Error(`unexpected error ${result.error.code}: ${result.error.message}`);
      const value = result.value;
      const items = itemsOf(result);
      if (e.items) {
        expect(items.map((i) => ({ prompt: i.prompt, negativePrompt: i.negativePrompt }))).toEqual(e.items.map((i) => ({ prompt: i.prompt, negativePrompt: i.negativePrompt })));
        e.items.forEach((exp, k) => {
          const actual = items[k]?.params ?? {};
          expect(sameParams(actual, exp.params), `params of item ${k}: ${JSON.stringify(actual)} vs ${JSON.stringify(exp.params ?? {})}`).toBe(true);
        });
      }
      if (e.total !== undefined) expect(value.total).toBe(BigInt(e.total));
      if (e.count !== undefined) {
        expect(value.count).toBe(e.count);
        expect(items.length).toBe(e.count);
      }
      if (e.minWarnings !== undefined) expect(value.warnings.length).toBeGreaterThanOrEqual(e.minWarnings);
      if (e.warningCodes) expect(value.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(e.warningCodes));
      if (e.dryRun !== undefined) expect(value.dryRun).toBe(e.dryRun);
      if (e.deterministic) expect(itemsOf(runCase(c))).toEqual(items);
      if (e.distinct) expect(new Set(items.map((i) => JSON.stringify(i))).size).toBe(items.length);
      if (e.subsetOf) for (const i of items) expect(e.subsetOf).toContain(i.prompt);
      if (e.paramIn) {
        for (const i of items) {
          for (const [name, allowed] of Object.entries(e.paramIn)) {
            expect(allowed.some((a) => sameScalar(i.params[name], a)), `${name}=${String(i.params[name])}`).toBe(true);
          }
        }
      }
      if (e.stableAcrossLimits) {
        const largest = Math.max(...e.stableAcrossLimits);
        const reference = itemsOf(runCase(c, largest));
        for (const limit of e.stableAcrossLimits) {
          const run = itemsOf(runCase(c, limit));
          expect(run).toEqual(reference.slice(0, run.length));
        }
      }
    });
  }
});
