import { defineNode } from '../../kit/define-node';

/** A prompt, its negative prompt and the image size, as one parameter set. */
export const inputPromptSpec = defineNode({
  type: 'input.prompt',
  version: 1,
  title: 'Prompt',
  category: 'input',
  description: 'A prompt, a negative prompt and the image size, as one parameter set.',
  inputs: {},
  outputs: { params: { type: 'params', label: 'Parameters' } },
  params: {
    prompt: { kind: 'text', default: '', label: 'Prompt', maxLength: 1_000_000 },
    negativePrompt: { kind: 'text', default: '', label: 'Negative prompt', maxLength: 1_000_000 },
    width: { kind: 'int', default: 512, min: 64, max: 2048, step: 8, label: 'Width' },
    height: { kind: 'int', default: 512, min: 64, max: 2048, step: 8, label: 'Height' },
  },
  runsOn: 'main',
});
