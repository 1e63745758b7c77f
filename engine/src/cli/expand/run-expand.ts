import { expand } from '@artfactory/nodes';
import { buildExpandRequest, type ExpandOptions } from './build-expand-request';
import type { CliInputError } from './cli-input-error';
import { expansionJsonChunks, expansionSummary } from './expansion-report';

/** Exit code for input the user can fix (bad prompt, option or file). */
export const EXIT_BAD_INPUT = 2;

/** Runs `artfactory expand` with parsed arguments and returns the exit code: 0, or 2 for bad input. */
export async function runExpand(words: readonly string[], options: ExpandOptions): Promise<number> {
  const request = await buildExpandRequest(words, options);
  if (!request.ok) return failExpand(request.error, options.json === true);
  const result = expand(request.value);
  if (!result.ok) return failExpand(result.error, options.json === true);
  if (!options.json) process.stdout.write(expansionSummary(result.value));
  else for (const chunk of expansionJsonChunks(result.value)) process.stdout.write(chunk);
  return 0;
}

/** Reports bad input — as `{ error }` on stdout with --json, else on stderr — and returns exit code 2. */
export function failExpand(error: CliInputError, json: boolean): number {
  if (json) {
    // `offset` is always present so that tools can read it without a key check; null when the error has no place.
    process.stdout.write(`${JSON.stringify({ error: { ...error, offset: error.offset ?? null } })}\n`);
  } else {
    const where = error.offset === undefined ? '' : ` (${error.field === 'negativePrompt' ? 'negative prompt' : 'prompt'}, offset ${error.offset})`;
    process.stderr.write(`artfactory expand: ${error.code}: ${error.message}${where}\n`);
  }
  return EXIT_BAD_INPUT;
}
