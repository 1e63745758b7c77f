import { defineRun } from '../../kit/define-node';
import { inputPromptSpec } from './spec';

/** Emits the node's params as one parameter set. */
export const inputPromptRun = defineRun(inputPromptSpec, (_inputs, params) => ({
  params: {
    prompt: params.prompt,
    negativePrompt: params.negativePrompt,
    params: { width: params.width, height: params.height },
  },
}));
