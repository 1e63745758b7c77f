import { ArtFailure, artError, defineRun, type NodeRun } from '@artfactory/nodes';
import { setTimeout as sleep } from 'node:timers/promises';
import { probe } from './probe';
import {
  collectSpec, concatSpec, emitManySpec, failWhenSpec, failWhenWorkerSpec, integerSpec, migratedSpec, noopSpec,
  noopWorkerSpec, productSpec, seededSpec, sinkSpec, slowSpec, slowWorkerSpec, sourceSpec, uncachedSpec,
} from './test-specs';

const failWhen = (inputs: { text: string }, params: { match: string; plain: boolean }) => {
  if (params.match !== '' && inputs.text.includes(params.match)) {
    if (params.plain) throw new Error(`plain failure on ${inputs.text}`);
    throw new ArtFailure(artError('node-failed', `refused "${inputs.text}"`, { details: { match: params.match } }));
  }
  return { text: inputs.text };
};

/** Every test node's run function; worker pools load this module by path. */
export const runs: NodeRun[] = [
  defineRun(sourceSpec, (_inputs, params) => ({ text: params.text })),
  defineRun(emitManySpec, async function* (inputs, params, context) {
    for (let j = 0; j < params.count; j += 1) {
      if (params.delayMs > 0) await sleep(params.delayMs, undefined, { signal: context.signal });
      if (j === params.failAt) throw new ArtFailure(artError('expansion-failed', `stopped at ${j}`));
      const text = `${inputs.text ?? 'item'}-${j}`;
      if (params.probe) probe(params.probe).push(`produced:${text}`);
      yield { text };
    }
  }),
  defineRun(noopSpec, (inputs) => ({ text: inputs.text })),
  defineRun(noopWorkerSpec, (inputs) => ({ text: inputs.text })),
  defineRun(failWhenSpec, failWhen),
  defineRun(failWhenWorkerSpec, failWhen),
  defineRun(slowSpec, async (inputs, params, context) => {
    if (params.probe) probe(params.probe).push(`started:${inputs.text}`);
    await sleep(params.delayMs, undefined, { signal: context.signal });
    context.progress(1);
    return { text: inputs.text };
  }),
  defineRun(slowWorkerSpec, (inputs, params) => {
    const until = Date.now() + params.delayMs;
    while (Date.now() < until) {
      // Spins: CPU work that only terminating the worker can stop.
    }
    return { text: inputs.text };
  }),
  defineRun(sinkSpec, (inputs, params) => {
    if (params.probe) probe(params.probe).push(`received:${inputs.text}`);
    return { text: inputs.text };
  }),
  defineRun(concatSpec, (inputs) => ({ text: [inputs.a, inputs.b, inputs.c].filter((v) => v !== undefined).join('+') })),
  defineRun(collectSpec, (inputs) => ({ text: inputs.text.join(',') })),
  defineRun(seededSpec, (inputs, _params, context) => ({ text: `${inputs.text}:${context.seed}` })),
  defineRun(productSpec, (inputs, _params, context) => ({
    product: {
      id: `p-${context.cacheKey.slice(0, 12)}`,
      image: { hash: context.cacheKey, mime: 'image/png', width: 1, height: 1, provenance: { provider: 'test', model: 'test', seed: 0, prompt: inputs.text, negativePrompt: '', params: {} } },
      thumbnails: { small: `/media/thumbs/${context.cacheKey}.webp` },
    },
  })),
  defineRun(integerSpec, (_inputs, params) => ({ value: params.value })),
  defineRun(uncachedSpec, (inputs, params) => {
    if (params.probe) probe(params.probe).push(`ran:${inputs.text}`);
    return { text: inputs.text };
  }),
  defineRun(migratedSpec, (inputs, params) => ({ text: `${inputs.text}@${params.size}` })),
] as unknown as NodeRun[];

/** The test run functions by node type, for main-thread execution. */
export const testRuns: ReadonlyMap<string, NodeRun> = new Map(runs.map((run) => [run.spec.type, run]));
