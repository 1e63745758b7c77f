import { importWildcardFiles, type ExpandRequest, type ExpandWarning, type LookupTable } from '@artfactory/nodes';
import { readWildcardFolder } from '../../lookups/read-wildcard-folder';
import { invalidArgument, type CliInput } from './cli-input-error';
import { readLookupsFile } from './read-lookups-file';
import { readTextSource } from './read-text-source';

/** The options of `artfactory expand`, as commander hands them over. */
export interface ExpandOptions {
  json?: boolean;
  negative?: string;
  lookups?: string;
  wildcards?: string;
  seed: string;
  limit: string;
  promptFile?: string;
  negativeFile?: string;
}

/** Turns the command line into the request `expand()` takes, reading every file it names. */
export async function buildExpandRequest(words: readonly string[], options: ExpandOptions): Promise<CliInput<ExpandRequest>> {
  if (options.promptFile === '-' && options.negativeFile === '-') {
    return invalidArgument('Only one of --prompt-file and --negative-file can read standard input (-).');
  }
  const prompt = await pickText(words.length > 0 ? words.join(' ') : undefined, options.promptFile, 'prompt', '-- PROMPT');
  if (!prompt.ok) return prompt;
  if (prompt.value === undefined) return invalidArgument('Give a prompt after --, e.g. artfactory expand -- "a [red,blue] cat", or use --prompt-file FILE.');
  const negative = await pickText(options.negative, options.negativeFile, 'negative prompt', '--negative');
  if (!negative.ok) return negative;
  const seed = readInteger(options.seed, '--seed', 0);
  if (!seed.ok) return seed;
  const limit = readInteger(options.limit, '--limit', 0);
  if (!limit.ok) return limit;
  const lookups = await gatherLookups(options);
  if (!lookups.ok) return lookups;
  return {
    ok: true,
    value: {
      prompt: prompt.value,
      negativePrompt: negative.value ?? '',
      lookups: lookups.value.lookups,
      seed: seed.value,
      limit: limit.value,
      warnings: lookups.value.warnings,
    },
  };
}

async function pickText(inline: string | undefined, file: string | undefined, what: string, flag: string): Promise<CliInput<string | undefined>> {
  if (file === undefined) return { ok: true, value: inline };
  if (inline !== undefined) return invalidArgument(`Give the ${what} either with ${flag} or from a file, not both.`);
  return readTextSource(file, what);
}

function readInteger(text: string, flag: string, min: number): CliInput<number> {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    return invalidArgument(`${flag} must be a whole number of ${min} or more, not "${text}".`);
  }
  return { ok: true, value };
}

async function gatherLookups(options: ExpandOptions): Promise<CliInput<{ lookups: LookupTable; warnings: ExpandWarning[] }>> {
  const lookups: LookupTable = {};
  const warnings: ExpandWarning[] = [];
  if (options.wildcards !== undefined) {
    const folder = await readWildcardFolder(options.wildcards);
    if (!folder.ok) return { ok: false, error: { code: folder.error.code, message: folder.error.message } };
    const imported = importWildcardFiles(folder.value);
    if (!imported.ok) return { ok: false, error: imported.error };
    addLookups(lookups, imported.lookups);
    warnings.push(...imported.warnings);
  }
  if (options.lookups !== undefined) {
    const file = await readLookupsFile(options.lookups);
    if (!file.ok) return file;
    const fromFolder = new Set(Object.keys(lookups).map((name) => name.toLowerCase()));
    const clash = Object.keys(file.value).find((name) => fromFolder.has(name.toLowerCase()));
    if (clash !== undefined) {
      return invalidArgument(`The lookup "${clash}" is defined both in "${options.lookups}" and in the wildcard folder "${options.wildcards}"; rename one of them.`);
    }
    addLookups(lookups, file.value);
  }
  return { ok: true, value: { lookups, warnings } };
}

/** Copies lookups by defining properties, so a lookup named `__proto__` stays a lookup. */
function addLookups(target: LookupTable, source: LookupTable): void {
  for (const [name, values] of Object.entries(source)) {
    Object.defineProperty(target, name, { value: values, enumerable: true, writable: true, configurable: true });
  }
}
