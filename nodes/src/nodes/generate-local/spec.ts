import { defineNode } from '../../kit/define-node';

/** The embedded provider: real images made on this machine, no network, no key. */
export const generateLocalSpec = defineNode({
  type: 'generate.local',
  version: 1,
  title: 'Local generator',
  category: 'generate',
  description:
    'Paints an image from the prompt on this machine: colour words set the palette, scene words the composition, style words the rendering. Deterministic from prompt, seed and size.',
  inputs: { params: { type: 'params', label: 'Parameters' } },
  outputs: { image: { type: 'image', label: 'Image' } },
  params: {
    seed: { kind: 'seed', default: 0, label: 'Seed', description: 'A seed in the parameter set wins; -1 picks a new seed each run.' },
    detail: { kind: 'float', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Detail' },
    width: { kind: 'int', default: 512, min: 64, max: 2048, step: 8, label: 'Width', description: 'Used when the parameter set has no width.' },
    height: { kind: 'int', default: 512, min: 64, max: 2048, step: 8, label: 'Height', description: 'Used when the parameter set has no height.' },
  },
  runsOn: 'worker',
});
