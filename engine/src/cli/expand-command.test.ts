import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCase, loadConformanceCases, type CaseOutcome, type ConformanceCase } from '@artfactory/nodes/testing';
import { runCli, type CliRun } from '../test-support/run-cli';

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'expand-cli-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function put(path: string, content: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, 'utf8');
  return path;
}

/** Reads the one JSON object the CLI printed, failing loudly on anything else. */
function parseJson(run: CliRun): Record<string, unknown> {
  try {
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${run.code}):\n${run.stdout.slice(0, 500)}\nstderr:\n${run.stderr.slice(0, 2000)}`);
  }
}

function toOutcome(run: CliRun): CaseOutcome {
  const json = parseJson(run);
  if (run.code === 2) {
    expect(json.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(json.error).toHaveProperty('offset');
    return { ok: false, error: json.error as { code: string; message: string; offset: number | null } };
  }
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr.slice(0, 2000)}`);
  const items = json.items as Extract<CaseOutcome, { ok: true }>['items'];
  return {
    ok: true,
    total: BigInt(json.total as number | string),
    count: items.length,
    items,
    warnings: json.warnings as Array<{ code: string }>,
    dryRun: json.dryRun as boolean,
  };
}

/** The command line for a case: lookups go to a JSON file, wildcard files into a fresh folder. */
async function caseArgs(testCase: ConformanceCase, dir: string): Promise<string[]> {
  const args = ['expand', '--json', `--seed=${testCase.seed ?? 0}`];
  if (testCase.negativePrompt !== undefined) args.push(`--negative=${testCase.negativePrompt}`);
  if (testCase.lookups) args.push(`--lookups=${await put(join(dir, 'lookups.json'), JSON.stringify(testCase.lookups))}`);
  if (testCase.wildcardFiles) {
    const folder = join(dir, 'wildcards');
    await mkdir(folder, { recursive: true });
    for (const [path, content] of Object.entries(testCase.wildcardFiles)) await put(join(folder, path), content);
    args.push(`--wildcards=${folder}`);
  }
  return args;
}

describe('artfactory expand --json meets every expansion conformance case', () => {
  const cases = loadConformanceCases();

  it('finds the shared conformance cases', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  cases.forEach((testCase, index) => {
    it.concurrent(testCase.name, async () => {
      const args = await caseArgs(testCase, join(workDir, `case-${index}`));
      await assertCase(testCase, async (limit) => {
        const limitArg = `--limit=${limit ?? testCase.limit ?? 1000}`;
        return toOutcome(await runCli([...args, limitArg, '--', testCase.prompt]));
      });
    });
  });
});

describe('artfactory expand input and output', () => {
  it('reads the prompt from a file and from standard input with the same result as inline', async () => {
    const prompt = 'a [red,blue]\ncat   on a\tmat';
    const file = await put(join(workDir, 'io', 'prompt.txt'), prompt);
    const [inline, fromFile, fromStdin] = await Promise.all([
      runCli(['expand', '--json', '--', prompt]),
      runCli(['expand', '--json', `--prompt-file=${file}`]),
      runCli(['expand', '--json', '--prompt-file=-', '--negative=blurry'], { stdin: prompt }),
    ]);
    expect(inline.code).toBe(0);
    expect(parseJson(fromFile)).toEqual(parseJson(inline));
    const viaStdin = parseJson(fromStdin) as { items: Array<{ prompt: string; negativePrompt: string }> };
    expect(viaStdin.items.map((item) => item.prompt)).toEqual((parseJson(inline).items as Array<{ prompt: string }>).map((item) => item.prompt));
    expect(viaStdin.items.every((item) => item.negativePrompt === 'blurry')).toBe(true);
  });

  it('reads a megabyte prompt and a NUL character from a file', async () => {
    const prompt = `${'word '.repeat(200_000)}\u0000 [x,y]`;
    const file = await put(join(workDir, 'io', 'big.txt'), prompt);
    const negativeFile = await put(join(workDir, 'io', 'negative.txt'), 'blurry');
    const run = await runCli(['expand', '--json', `--prompt-file=${file}`, `--negative-file=${negativeFile}`], { timeoutMs: 60_000 });
    const json = parseJson(run) as { total: number; items: Array<{ prompt: string; negativePrompt: string }> };
    expect(run.code).toBe(0);
    expect(json.total).toBe(2);
    expect(json.items[0]?.prompt.length).toBeGreaterThan(1_000_000);
    expect(json.items[1]?.prompt.endsWith('\u0000 y')).toBe(true);
    expect(json.items[0]?.negativePrompt).toBe('blurry');
  });

  it('writes totals above 2^53 as decimal strings and smaller ones as numbers', async () => {
    const ten = '[a,b,c,d,e,f,g,h,i,j]';
    const run = await runCli(['expand', '--json', '--limit=3', '--', `${ten.repeat(16)} batch:maxbatchitems:2`]);
    const json = parseJson(run) as { total: unknown; items: unknown[]; batches: Array<{ total: unknown; kept: number; limited: boolean }> };
    expect(run.code).toBe(0);
    expect(json.total).toBe('10000000000000000');
    expect(json.batches).toEqual([{ total: '10000000000000000', kept: 2, limited: true }]);
    expect(json.items).toHaveLength(2);
    const small = parseJson(await runCli(['expand', '--json', '--', ten.repeat(15)]));
    expect(small.total).toBe(10 ** 15);
  });

  it('prints a readable summary without --json: counts per batch, the first 20 items, the warnings', async () => {
    const run = await runCli(['expand', '--negative=blurry', '--', '[a,b,c,d,e,f] [1,2,3,4,5] [blurry] (&) a dog']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Batch 1: 30 combinations, 30 kept');
    expect(run.stdout).toContain('Batch 2: 1 combination, 1 kept');
    expect(run.stdout).toContain('First 20 of 31 generations:');
    expect(run.stdout).toMatch(/^ {3}1\. a 1 \[blurry\]$/m);
    expect(run.stdout).toMatch(/^ {6}negative: blurry$/m);
    expect(run.stdout).toMatch(/^ {2}20\. d 5 \[blurry\]$/m);
    expect(run.stdout).not.toMatch(/^ {2}21\./m);
    expect(run.stdout).toMatch(/Warnings \(\d+\):\n {2}kept-as-written: /);
  });

  it('says when a cap cut a batch in the summary', async () => {
    const run = await runCli(['expand', '--limit=2', '--', '[a,b,c]']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Batch 1: 3 combinations, 2 kept (limited');
    expect(run.stdout).toContain('generation-limit');
  });
});

describe('artfactory expand exit codes', () => {
  it('exits 2 with an error object holding code, message and offset for a prompt that does not parse', async () => {
    const run = await runCli(['expand', '--json', '--', 'a [red dog']);
    expect(run.code).toBe(2);
    const { error } = parseJson(run) as { error: { code: string; message: string; offset: number } };
    expect(error.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.offset).toBe(2);
  });

  it('exits 2 with the message on standard error, and nothing on standard output, without --json', async () => {
    const run = await runCli(['expand', '--', 'a [red dog']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/offset 2/);
  });

  it('exits 2 naming the problem in a lookups file that is not name → list of strings', async () => {
    const file = await put(join(workDir, 'bad', 'lookups.json'), JSON.stringify({ color: ['red', 3] }));
    const notJson = await put(join(workDir, 'bad', 'broken.json'), '{"color": [');
    const [wrongShape, broken, missing] = await Promise.all([
      runCli(['expand', '--json', `--lookups=${file}`, '--', '[color]']),
      runCli(['expand', '--json', `--lookups=${notJson}`, '--', '[color]']),
      runCli(['expand', '--json', `--lookups=${join(workDir, 'nope.json')}`, '--', '[color]']),
    ]);
    for (const run of [wrongShape, broken, missing]) expect(run.code).toBe(2);
    expect((parseJson(wrongShape).error as { message: string }).message).toContain('"color"[1]');
    expect((parseJson(broken).error as { message: string }).message).toContain('not valid JSON');
    expect((parseJson(missing).error as { message: string }).message).toContain('nope.json');
  });

  it('exits 2 for a missing wildcard folder, a bad seed or limit, an unknown option and no prompt', async () => {
    const runs = await Promise.all([
      runCli(['expand', '--json', `--wildcards=${join(workDir, 'no-such-folder')}`, '--', 'a']),
      runCli(['expand', '--json', '--seed=-1', '--', 'a']),
      runCli(['expand', '--json', '--limit=many', '--', 'a']),
      runCli(['expand', '--json', '--no-such-option', '--', 'a']),
      runCli(['expand', '--json']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(parseJson(run).error).toMatchObject({ code: 'invalid-argument', message: expect.any(String), offset: null });
    }
  });

  it('exits 2 when two wildcard files define the same name, naming both', async () => {
    const folder = join(workDir, 'clash');
    await put(join(folder, 'colors.txt'), 'red\n');
    await put(join(folder, 'Colors.yaml'), '- blue\n');
    const run = await runCli(['expand', '--json', `--wildcards=${folder}`, '--', '__colors__']);
    expect(run.code).toBe(2);
    const { error } = parseJson(run) as { error: { message: string } };
    expect(error.message).toContain('colors.txt');
    expect(error.message).toContain('Colors.yaml');
  });

  it('carries wildcard import warnings into the result', async () => {
    const folder = join(workDir, 'warn');
    await put(join(folder, 'animals.yaml'), 'pets: [cat, dog]\nbad: 5\n');
    const run = await runCli(['expand', '--json', `--wildcards=${folder}`, '--', 'a __pets__']);
    expect(run.code).toBe(0);
    expect((parseJson(run).warnings as Array<{ code: string }>).map((w) => w.code)).toContain('import-skipped');
  });
});
