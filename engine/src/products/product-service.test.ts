import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWorkflowText, type ImageRef } from '@artfactory/nodes';
import { readFileSync } from 'node:fs';
import { MediaStore, readArtfactoryMetadata } from '../media';
import { DEFAULT_PROJECT_ID } from '../persistence';
import { openTempDatabase, type TempDatabase } from '../persistence/test-support/temp-database';
import { LibraryProductService } from './product-service';

const workflowText = readFileSync(path.join(__dirname, '../../../workflows/hello.json'), 'utf8');
const parsed = parseWorkflowText(workflowText);
if (!parsed.ok) throw new Error('hello.json must parse');
const workflow = parsed.value;

let temp: TempDatabase;
let media: MediaStore;

beforeEach(async () => {
  temp = await openTempDatabase();
  media = new MediaStore(path.join(temp.dataDir, 'media'));
  temp.db.runs.create({ id: 'run-1', projectId: DEFAULT_PROJECT_ID, workflow: workflowText, workflowHash: 'wh' });
});
afterEach(async () => temp.dispose());

async function storedImage(): Promise<ImageRef> {
  const png = await sharp({ create: { width: 96, height: 64, channels: 3, background: '#c33' } }).png().toBuffer();
  const stored = await media.put(png, 'png');
  return {
    hash: stored.hash,
    mime: 'image/png',
    width: 96,
    height: 64,
    provenance: { provider: 'local', model: 'm', seed: 9, prompt: 'a red box', negativePrompt: 'blur', params: { width: 96 } },
  };
}

function service() {
  return new LibraryProductService(
    media,
    temp.db.products,
    { runId: 'run-1', projectId: DEFAULT_PROJECT_ID, workflow, workflowHash: 'wh' },
  );
}

describe('saving products', () => {
  it('writes the image with its workflow embedded, thumbnails, then the row', async () => {
    const ref = await service().save({ image: await storedImage(), cacheKey: 'k1', nodeId: 'save' });
    const row = temp.db.products.getProduct(ref.id)!;
    expect(row).toMatchObject({ prompt: 'a red box', negativePrompt: 'blur', seed: 9, provider: 'local', runId: 'run-1', nodeId: 'save' });
    expect(ref.image.provenance?.prompt).toBe('a red box');
    const file = await media.read(row.mediaPath);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const meta = readArtfactoryMetadata(file.value);
    expect(meta.ok && meta.value.workflow).toEqual(workflow);
    expect(meta.ok && meta.value.parameters).toContain('Seed: 9');
    for (const size of ['128', '256', '512']) {
      const thumb = await media.read(row.thumbnails[size]!);
      expect(thumb.ok, size).toBe(true);
      if (thumb.ok) expect((await sharp(thumb.value).metadata()).format).toBe('webp');
    }
  });

  it('returns the existing product for the same cache key instead of a duplicate', async () => {
    const image = await storedImage();
    const first = await service().save({ image, cacheKey: 'same', nodeId: 'save' });
    const second = await service().save({ image, cacheKey: 'same', nodeId: 'save' });
    expect(second.id).toBe(first.id);
    expect(temp.db.products.countByProject(DEFAULT_PROJECT_ID)).toBe(1);
  });

  it('fails with a storage error and writes no row when the image is missing', async () => {
    const image = { ...(await storedImage()), hash: 'f'.repeat(64) };
    await expect(service().save({ image, cacheKey: 'gone', nodeId: 'save' })).rejects.toMatchObject({ error: { code: 'storage-failed' } });
    expect(temp.db.products.countByProject(DEFAULT_PROJECT_ID)).toBe(0);
  });
});
