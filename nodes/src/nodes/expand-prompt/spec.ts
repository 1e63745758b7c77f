import { defineNode } from '../../kit/define-node';

/** Turns one parameter set into every generation its expansion language defines. */
export const expandPromptSpec = defineNode({
  type: 'expand.prompt',
  version: 1,
  title: 'Expand',
  category: 'expand',
  description:
    'Expands [red,blue] tokens, lookups, {a|b} variants, __wildcards__, batches and sweeps into one parameter set per generation.',
  inputs: { params: { type: 'params', label: 'Parameters' } },
  outputs: { params: { type: 'params', label: 'Parameters' } },
  params: {
    seed: { kind: 'seed', default: 0, label: 'Seed', description: 'Seeds random picks; -1 picks a new seed each run.' },
    limit: { kind: 'int', default: 1000, min: 1, max: 100_000, label: 'Generation limit' },
  },
  runsOn: 'main',
  emits: 'many',
  dependsOn: ['lookups'],
});
