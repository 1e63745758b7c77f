import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaStore } from './media-store';
import { makeThumbnails } from './thumbnails';

let dir: string;
let store: MediaStore;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'artfactory-thumbs-'));
  store = new MediaStore(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 220 } } }).png().toBuffer();
}

async function sizeOf(rel: string): Promise<[number | undefined, number | undefined, string | undefined]> {
  const bytes = await store.read(rel);
  if (!bytes.ok) throw new Error(bytes.error.message);
  const meta = await sharp(bytes.value).metadata();
  return [meta.width, meta.height, meta.format];
}

describe('makeThumbnails', () => {
  it('makes WebP thumbnails with longest sides 128, 256 and 512, keeping the aspect ratio', async () => {
    const thumbs = await makeThumbnails(store, await png(1024, 768));
    expect(await sizeOf(thumbs[128])).toEqual([128, 96, 'webp']);
    expect(await sizeOf(thumbs[256])).toEqual([256, 192, 'webp']);
    expect(await sizeOf(thumbs[512])).toEqual([512, 384, 'webp']);
    for (const rel of Object.values(thumbs)) expect(rel).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\.webp$/);
  });

  it('never upscales a small source', async () => {
    const thumbs = await makeThumbnails(store, await png(200, 100));
    expect(await sizeOf(thumbs[128])).toEqual([128, 64, 'webp']);
    expect(await sizeOf(thumbs[256])).toEqual([200, 100, 'webp']);
    expect(await sizeOf(thumbs[512])).toEqual([200, 100, 'webp']);
  });

  it('accepts decoded pixels and gives the same sizes as the encoded image', async () => {
    const { data, info } = await sharp(await png(640, 480)).raw().toBuffer({ resolveWithObject: true });
    const thumbs = await makeThumbnails(store, { data, width: info.width, height: info.height, channels: 3 });
    expect(await sizeOf(thumbs[512])).toEqual([512, 384, 'webp']);
    expect(await sizeOf(thumbs[128])).toEqual([128, 96, 'webp']);
  });

  it('handles tall images by their height', async () => {
    const thumbs = await makeThumbnails(store, await png(300, 900));
    expect(await sizeOf(thumbs[256])).toEqual([85, 256, 'webp']);
  });
});
