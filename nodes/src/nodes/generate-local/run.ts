import sharp from 'sharp';
import { defineRun } from '../../kit/define-node';
import { ArtFailure, artError } from '../../kit/errors';
import type { ParamScalar } from '../../kit/value-types';
import { renderLocalImage } from './render';
import { generateLocalSpec } from './spec';

/** The model name recorded on every product the local generator makes. */
export const LOCAL_MODEL = 'local-painter-1';

/** Paints the image in this worker, encodes it as PNG and stores it. */
export const generateLocalRun = defineRun(generateLocalSpec, async (inputs, params, context) => {
  const set = inputs.params;
  const width = pick(set.params, 'width', params.width, 64, 2048);
  const height = pick(set.params, 'height', params.height, 64, 2048);
  const detail = pick(set.params, 'detail', params.detail, 0, 1, false);
  // A seed in the parameter set (a sweep such as pipeline:seed:1..4) wins over the node's.
  const seed = pick(set.params, 'seed', context.seed, 0, 0xffff_ffff);
  const raw = renderLocalImage({ prompt: set.prompt, negativePrompt: set.negativePrompt, seed, width, height, detail });
  context.progress(0.8);
  const png = await sharp(raw.data, { raw: { width, height, channels: raw.channels } }).png().toBuffer();
  const stored = await context.media.put(png, 'png');
  return {
    image: {
      hash: stored.hash,
      mime: 'image/png',
      width,
      height,
      provenance: {
        provider: 'local',
        model: LOCAL_MODEL,
        seed,
        prompt: set.prompt,
        negativePrompt: set.negativePrompt,
        params: { ...set.params, width, height, detail, seed },
      },
    },
  };
});

function pick(
  from: Record<string, ParamScalar>,
  name: string,
  fallback: number,
  min: number,
  max: number,
  integer = true,
): number {
  const raw = from[name];
  if (raw === undefined) return fallback;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new ArtFailure(
      artError('invalid-param', `params.${name}: ${JSON.stringify(raw)} is not ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`, {
        path: `params.${name}`,
      }),
    );
  }
  return value;
}
