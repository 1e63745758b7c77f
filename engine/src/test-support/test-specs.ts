import { defineNode } from '@artfactory/nodes';

const text = { text: { type: 'text' } } as const;
const probeParam = { probe: { kind: 'string', default: '' } } as const;

/** One text item from its param. */
export const sourceSpec = defineNode({
  type: 'test.source', version: 1, title: 'Source', category: 'input', description: 'Emits its text param.',
  inputs: {}, outputs: text, params: { text: { kind: 'string', default: 'x' } }, runsOn: 'main',
});

/** `count` items per input item, optionally slowly, logging each to a probe. */
export const emitManySpec = defineNode({
  type: 'test.emit-many', version: 1, title: 'Emit many', category: 'expand', description: 'Emits count items.',
  inputs: { text: { type: 'text', optional: true } }, outputs: text,
  params: { count: { kind: 'int', default: 3, min: 0 }, delayMs: { kind: 'int', default: 0, min: 0 }, failAt: { kind: 'int', default: -1 }, ...probeParam },
  runsOn: 'main', emits: 'many',
});

/** Passes its item through on the main thread. */
export const noopSpec = defineNode({
  type: 'test.noop', version: 1, title: 'No-op', category: 'image', description: 'Passes text through.',
  inputs: text, outputs: text, params: {}, runsOn: 'main', concurrency: 64,
});

/** Passes its item through in the worker pool. */
export const noopWorkerSpec = defineNode({
  type: 'test.noop-worker', version: 1, title: 'No-op (worker)', category: 'image', description: 'Passes text through in a worker.',
  inputs: text, outputs: text, params: {}, runsOn: 'worker',
});

/** Throws for items containing `match` (an ArtFailure, or a plain Error when `plain`). */
export const failWhenSpec = defineNode({
  type: 'test.fail-when', version: 1, title: 'Fail when', category: 'filter', description: 'Fails matching items.',
  inputs: text, outputs: text, params: { match: { kind: 'string', default: '' }, plain: { kind: 'bool', default: false } }, runsOn: 'main',
});

/** The worker twin of test.fail-when, so errors cross the worker boundary. */
export const failWhenWorkerSpec = defineNode({
  ...failWhenSpec, type: 'test.fail-when-worker', title: 'Fail when (worker)', runsOn: 'worker',
});

/** Waits `delayMs` per item (aborting on cancel), logging starts to a probe. */
export const slowSpec = defineNode({
  type: 'test.slow', version: 1, title: 'Slow', category: 'image', description: 'Waits, then passes text through.',
  inputs: text, outputs: text, params: { delayMs: { kind: 'int', default: 20, min: 0 }, ...probeParam }, runsOn: 'main', concurrency: 2,
});

/** Busy-waits `delayMs` per item in a worker. */
export const slowWorkerSpec = defineNode({
  type: 'test.slow-worker', version: 1, title: 'Slow (worker)', category: 'image', description: 'Spins, then passes text through.',
  inputs: text, outputs: text, params: { delayMs: { kind: 'int', default: 20, min: 0 } }, runsOn: 'worker',
});

/** An output node that logs each item it receives to a probe. */
export const sinkSpec = defineNode({
  type: 'test.sink', version: 1, title: 'Sink', category: 'output', description: 'Receives items.',
  inputs: text, outputs: text, params: probeParam, runsOn: 'main', isOutput: true,
});

/** Joins two (or three) text inputs: for zip and broadcast. */
export const concatSpec = defineNode({
  type: 'test.concat', version: 1, title: 'Concat', category: 'image', description: 'Joins a and b with +.',
  inputs: { a: { type: 'text' }, b: { type: 'text' }, c: { type: 'text', optional: true } }, outputs: text, params: {}, runsOn: 'main',
});

/** Joins the whole list of items into one. */
export const collectSpec = defineNode({
  type: 'test.collect', version: 1, title: 'Collect', category: 'filter', description: 'Joins every item with commas.',
  inputs: text, outputs: text, params: {}, runsOn: 'main', consumes: 'list',
});

/** Appends the execution's seed to its item. */
export const seededSpec = defineNode({
  type: 'test.seeded', version: 1, title: 'Seeded', category: 'generate', description: 'Appends the seed.',
  inputs: text, outputs: text, params: { seed: { kind: 'seed', default: -1 } }, runsOn: 'main',
});

/** An output node that makes a product per item, without touching storage. */
export const productSpec = defineNode({
  type: 'test.product', version: 1, title: 'Product', category: 'output', description: 'Makes a fake product.',
  inputs: text, outputs: { product: { type: 'product' } }, params: {}, runsOn: 'main', isOutput: true,
});

/** One integer item: for widening wires. */
export const integerSpec = defineNode({
  type: 'test.integer', version: 1, title: 'Integer', category: 'input', description: 'Emits its value.',
  inputs: {}, outputs: { value: { type: 'integer' } }, params: { value: { kind: 'int', default: 7 } }, runsOn: 'main',
});

/** A node at version 3 whose params were renamed twice: for migrations. */
export const migratedSpec = defineNode({
  type: 'test.migrated', version: 3, title: 'Migrated', category: 'image', description: 'Has migrations.',
  inputs: text, outputs: text, params: { size: { kind: 'int', default: 1, min: 1, max: 100 } }, runsOn: 'main',
  migrations: {
    1: ({ width, ...rest }) => ({ ...rest, px: width }),
    2: ({ px, ...rest }) => ({ ...rest, size: px }),
  },
});

/** Passes its item through, logging each run: its output must never be reused. */
export const uncachedSpec = defineNode({
  type: 'test.uncached', version: 1, title: 'Uncached', category: 'image', description: 'Never cached.',
  inputs: text, outputs: text, params: probeParam, runsOn: 'main', cacheable: false,
});

/** Every test node spec. */
export const testSpecs = [
  sourceSpec, emitManySpec, noopSpec, noopWorkerSpec, failWhenSpec, failWhenWorkerSpec, slowSpec, slowWorkerSpec,
  sinkSpec, concatSpec, collectSpec, seededSpec, productSpec, integerSpec, migratedSpec, uncachedSpec,
] as const;
