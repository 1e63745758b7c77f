import { expand } from '../../expand';
import { defineRun } from '../../kit/define-node';
import { ArtFailure, artError } from '../../kit/errors';
import type { ParamSet } from '../../kit/value-types';
import { expandPromptSpec } from './spec';

/** Expands the incoming parameter set with the user's lookups; a dry run yields nothing. */
export const expandPromptRun = defineRun(expandPromptSpec, async function* (inputs, params, context) {
  const lookups = context.lookups ? await context.lookups.table() : {};
  const result = expand({
    prompt: inputs.params.prompt,
    negativePrompt: inputs.params.negativePrompt,
    params: inputs.params.params,
    lookups,
    seed: context.seed,
    limit: params.limit,
  });
  if (!result.ok) {
    const { error } = result;
    const where = error.offset === undefined ? '' : ` at character ${error.offset}`;
    throw new ArtFailure(
      artError('expansion-failed', `${error.field ?? 'prompt'}${where}: ${error.message}`, {
        path: error.field ?? 'prompt',
        details: { expansionCode: error.code, offset: error.offset },
      }),
    );
  }
  if (result.value.dryRun) return;
  for (const item of result.value.items()) {
    if (context.signal.aborted) return;
    const out: ParamSet = { prompt: item.prompt, negativePrompt: item.negativePrompt, params: item.params };
    yield { params: out };
  }
});
