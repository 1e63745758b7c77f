import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { WORKFLOW_FORMAT, WORKFLOW_VERSION } from '@artfactory/nodes';
import { Engine } from '../src/engine';
import { MediaStore, makeThumbnails } from '../src/media';
import { renderLocalImage } from '@artfactory/nodes/runtime';

/*
 * `pnpm bench images`: thumbnails per second for 1024² images, and images
 * per second through generate.local + save.product (worker render + PNG,
 * embedded workflow, three thumbnails, product row) against the bare minimum
 * that makes the same file: render the same pixels and encode them with
 * sharp, on the same number of render threads. Each beside its baseline.
 */

const THUMB_SETS = 40;
const IMAGES = 24;
const SIZE = 512;

function report(name: string, value: string, baseline: string, target: string, pass: boolean): void {
  console.log(`${name.padEnd(40)} ${value.padStart(14)}   baseline ${baseline.padEnd(26)} target ${target.padEnd(10)} ${pass ? 'PASS' : 'MISS'}`);
}

async function inFlight<T>(count: number, parallel: number, work: (i: number) => Promise<T>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) await work(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

async function thumbnails(scratch: string): Promise<void> {
  const sources = await Promise.all(
    Array.from({ length: 4 }, (_, i) => {
      const raw = renderLocalImage({ prompt: `a glowing city at night ${i}, film grain`, seed: i, width: 1024, height: 1024, detail: 0.6 });
      return sharp(raw.data, { raw: { width: 1024, height: 1024, channels: 3 } }).png().toBuffer();
    }),
  );
  const store = new MediaStore(path.join(scratch, 'thumbs'));
  // Naive baseline: three independent resizes of the source, each decoding it again.
  const naive = await inFlight(THUMB_SETS, 4, async (i) => {
    const source = sources[i % sources.length]!;
    await Promise.all([128, 256, 512].map((size) => sharp(source).resize(size, size, { fit: 'inside' }).webp().toBuffer()));
  });
  const ours = await inFlight(THUMB_SETS, 4, async (i) => makeThumbnails(store, sources[i % sources.length]!));
  const rate = THUMB_SETS / ours;
  report('thumbnail sets/s (1024² PNG, 3 sizes)', rate.toFixed(1), `${(THUMB_SETS / naive).toFixed(1)}/s naive sharp`, '≥ 35/s', rate >= 35);
}

function fanOut(count: number, seed: number) {
  const options = Array.from({ length: count }, (_, i) => `scene ${i}`).join(',');
  return {
    format: WORKFLOW_FORMAT,
    version: WORKFLOW_VERSION,
    nodes: [
      { id: 'prompt', type: 'input.prompt', version: 1, params: { prompt: `a red sun over the ocean, [${options}], watercolor`, width: SIZE, height: SIZE } },
      { id: 'expand', type: 'expand.prompt', version: 1, params: {} },
      { id: 'paint', type: 'generate.local', version: 1, params: { seed, width: SIZE, height: SIZE } },
      { id: 'save', type: 'save.product', version: 1, params: {} },
    ],
    edges: [
      { source: 'prompt', sourceOutput: 'params', target: 'expand', targetInput: 'params' },
      { source: 'expand', sourceOutput: 'params', target: 'paint', targetInput: 'params' },
      { source: 'paint', sourceOutput: 'image', target: 'save', targetInput: 'image' },
    ],
  };
}

async function generateAndSave(scratch: string, threads: number): Promise<void> {
  const engine = await Engine.open({ dataDir: path.join(scratch, `engine-${threads}`), threads });
  try {
    const warm = engine.load(fanOut(2, 999));
    if (!warm.ok) throw new Error(JSON.stringify(warm.error));
    await engine.run(warm.value); // starts the workers and loads sharp in them
    const graph = engine.load(fanOut(IMAGES, 1));
    if (!graph.ok) throw new Error(JSON.stringify(graph.error));
    const started = performance.now();
    const summary = await engine.run(graph.value);
    const seconds = (performance.now() - started) / 1000;
    if (summary.counts.products !== IMAGES) throw new Error(`expected ${IMAGES} products, got ${summary.counts.products}`);
    // Baseline: the same pixels rendered and encoded, on the same number of threads, with nothing else.
    const baseline = await inFlight(IMAGES, threads, async (i) => {
      const raw = renderLocalImage({ prompt: `a red sun over the ocean, scene ${i}, watercolor`, seed: 1, width: SIZE, height: SIZE, detail: 0.5 });
      await sharp(raw.data, { raw: { width: SIZE, height: SIZE, channels: 3 } }).png().toBuffer();
    });
    const rate = IMAGES / seconds;
    const base = IMAGES / baseline;
    const note = threads === 1 ? '' : ' (baseline on one thread: JS render blocks)';
    report(`generate.local + save.product, ${threads} thread(s)`, `${rate.toFixed(1)} img/s`, `${base.toFixed(1)} img/s render+encode${note}`, '≥ 0.7×', rate / base >= 0.7);
    console.log(`  ratio ${(rate / base).toFixed(2)}× (${SIZE}², ${IMAGES} images)`);
  } finally {
    await engine.close();
  }
}

export async function run(): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'artfactory-bench-images-'));
  try {
    await thumbnails(scratch);
    await generateAndSave(scratch, 1);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
