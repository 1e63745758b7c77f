import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MapMedia, testContext } from '../../testing/test-context';
import { generateLocalRun, LOCAL_MODEL } from './run';

const defaults = { seed: 0, detail: 0.5, width: 512, height: 512 };
const set = (prompt: string, params: Record<string, string | number | boolean> = {}) => ({
  params: { prompt, negativePrompt: '', params },
});

describe('generate.local', () => {
  it('stores a PNG of the asked size and records how it was made', async () => {
    const media = new MapMedia();
    const out = await generateLocalRun.execute(set('a red sun over the ocean', { width: 96, height: 64 }), defaults, testContext({ media, seed: 5 }));
    const bytes = await media.read(out.image.hash, 'png');
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 96, height: 64 });
    expect(out.image).toMatchObject({ mime: 'image/png', width: 96, height: 64 });
    expect(out.image.provenance).toMatchObject({ provider: 'local', model: LOCAL_MODEL, seed: 5, prompt: 'a red sun over the ocean' });
  });

  it('makes the same file for the same prompt and seed, and another for another seed', async () => {
    const run = (seed: number) => generateLocalRun.execute(set('neon city', { width: 64, height: 64 }), defaults, testContext({ seed }));
    const [a, b, c] = await Promise.all([run(1), run(1), run(2)]);
    expect(a.image.hash).toBe(b.image.hash);
    expect(c.image.hash).not.toBe(a.image.hash);
  });

  it('lets a seed, size or detail in the parameter set win over the node params', async () => {
    const out = await generateLocalRun.execute(set('hills', { seed: 77, width: '80', detail: 0.9 }), { ...defaults, height: 64 }, testContext({ seed: 1 }));
    expect(out.image.provenance).toMatchObject({ seed: 77, params: { width: 80, height: 64, detail: 0.9, seed: 77 } });
  });

  it('refuses an out-of-range size from the parameter set, naming the param', async () => {
    const failing = generateLocalRun.execute(set('x', { width: 4096 }), defaults, testContext());
    await expect(failing).rejects.toMatchObject({ error: { code: 'invalid-param', path: 'params.width' } });
    const fraction = generateLocalRun.execute(set('x', { seed: 1.5 }), defaults, testContext());
    await expect(fraction).rejects.toMatchObject({ error: { code: 'invalid-param', path: 'params.seed' } });
  });
});
