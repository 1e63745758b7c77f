import { describe, expect, it } from 'vitest';
import { assertCase, loadConformanceCases, type CaseOutcome, type ConformanceCase } from '../testing/conformance-cases';
import { expand } from './expand';
import type { ExpandRequest } from './types';
import { importWildcardFiles } from './wildcard-files';

// Every public case of ../shared/conformance/expansion.json, run through the
// library; the CLI's test runs the same cases through `artfactory expand`
// with the same checker.
const cases = loadConformanceCases();

function runner(testCase: ConformanceCase) {
  return (limit?: number): CaseOutcome => {
    const request: ExpandRequest = {
      prompt: testCase.prompt,
      negativePrompt: testCase.negativePrompt ?? '',
      lookups: testCase.lookups ?? {},
      seed: testCase.seed ?? 0,
    };
    const effectiveLimit = limit ?? testCase.limit;
    if (effectiveLimit !== undefined) request.limit = effectiveLimit;
    if (testCase.wildcardFiles) {
      const imported = importWildcardFiles(Object.entries(testCase.wildcardFiles).map(([path, content]) => ({ path, content })));
      if (!imported.ok) return { ok: false, error: imported.error };
      request.lookups = { ...request.lookups, ...imported.lookups };
      request.warnings = imported.warnings;
    }
    const result = expand(request);
    if (!result.ok) return { ok: false, error: result.error };
    const { total, count, warnings, dryRun } = result.value;
    return { ok: true, total, count, warnings, dryRun, items: [...result.value.items()] };
  };
}

describe('expansion conformance (shared/conformance/expansion.json)', () => {
  it('finds the conformance cases', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  for (const testCase of cases) {
    it(testCase.name, async () => assertCase(testCase, runner(testCase)));
  }
});
