import { describe, expect, it } from 'vitest';
import type { ImageRef, ProductRef } from '../../kit/value-types';
import { testContext } from '../../testing/test-context';
import { saveProductRun } from './run';

const image: ImageRef = { hash: 'a'.repeat(64), mime: 'image/png', width: 8, height: 8 };

describe('save.product', () => {
  it('hands the image, its cache key and its node to the product service', async () => {
    const calls: unknown[] = [];
    const product: ProductRef = { id: 'p1', image, thumbnails: { 128: 't' } };
    const context = testContext({
      cacheKey: 'k9',
      run: { runId: 'r', nodeId: 'save-1', projectId: '1', workflowHash: 'h' },
      products: {
        save: async (input) => {
          calls.push(input);
          return product;
        },
      },
    });
    expect(await saveProductRun.execute({ image }, {}, context)).toEqual({ product });
    expect(calls).toEqual([{ image, cacheKey: 'k9', nodeId: 'save-1' }]);
  });

  it('fails clearly where no product store exists (inside a worker)', async () => {
    await expect(saveProductRun.execute({ image }, {}, testContext())).rejects.toMatchObject({ error: { code: 'storage-failed' } });
  });
});
