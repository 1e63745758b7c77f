import { defineRun } from '../../kit/define-node';
import { ArtFailure, artError } from '../../kit/errors';
import { saveProductSpec } from './spec';

/** Hands the image to the product service, which writes files before the row. */
export const saveProductRun = defineRun(saveProductSpec, async (inputs, _params, context) => {
  if (!context.products) {
    throw new ArtFailure(artError('storage-failed', 'save.product needs the product store; it runs on the main thread only'));
  }
  const product = await context.products.save({
    image: inputs.image,
    cacheKey: context.cacheKey,
    nodeId: context.run.nodeId,
  });
  return { product };
});
