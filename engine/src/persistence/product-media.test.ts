import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaStore } from '../media/media-store';
import { embedArtfactoryMetadata } from '../media/png-metadata';
import { makeThumbnails } from '../media/thumbnails';
import { DEFAULT_PROJECT_ID } from './entities/project-entity';
import { openTempDatabase, type TempDatabase } from './test-support/temp-database';

let temp: TempDatabase;
let media: MediaStore;
beforeEach(async () => {
  temp = await openTempDatabase();
  media = new MediaStore(path.join(temp.dataDir, 'media'));
});
afterEach(() => temp.dispose());

async function saveImage(cacheKey: string, colour: number) {
  const png = await sharp({ create: { width: 640, height: 640, channels: 3, background: { r: colour, g: 0, b: 0 } } }).png().toBuffer();
  const file = await media.put(embedArtfactoryMetadata(png, { params: { prompt: 'red square' } }), 'png');
  const thumbnails = await makeThumbnails(media, png);
  return temp.db.products.insertProduct({
    projectId: DEFAULT_PROJECT_ID, runId: null, nodeId: 'save', workflowHash: 'wf', cacheKey, prompt: 'red square',
    mediaHash: file.hash, mediaPath: file.path, mime: 'image/png', width: 640, height: 640, thumbnails,
  });
}

describe('products and their media', () => {
  it('saving a cached item twice writes one product and no extra files', async () => {
    const first = await saveImage('k1', 200);
    const filesBefore = await media.listOrphans(new Set(), { olderThanMs: 0, now: Date.now() + 1000 });
    const second = await saveImage('k1', 200);
    expect(second).toEqual({ product: first.product, created: false });
    expect(await media.listOrphans(new Set(), { olderThanMs: 0, now: Date.now() + 1000 })).toEqual(filesBefore);
    expect(filesBefore).toHaveLength(4);
  });

  it('orphan cleanup keeps every file a product points at and removes the rest', async () => {
    const kept = (await saveImage('keep', 10)).product;
    const gone = (await saveImage('gone', 250)).product;
    temp.db.products.deleteProduct(gone.id);
    const removed = await media.removeOrphans(temp.db.products.referencedMediaHashes(), { olderThanMs: 0, now: Date.now() + 1000 });
    expect(removed.sort()).toEqual([gone.mediaPath, ...Object.values(gone.thumbnails)].sort());
    for (const rel of [kept.mediaPath, ...Object.values(kept.thumbnails)]) {
      expect(fs.existsSync(path.join(media.rootDir, rel))).toBe(true);
    }
  });
});
