import { defineNode } from '../../kit/define-node';

/** Saves each image as a product in the library, with thumbnails and its workflow embedded. */
export const saveProductSpec = defineNode({
  type: 'save.product',
  version: 1,
  title: 'Save',
  category: 'output',
  description: 'Saves each image to the library as a product, with thumbnails, its prompt, seed and the workflow that made it.',
  inputs: { image: { type: 'image', label: 'Image' } },
  outputs: { product: { type: 'product', label: 'Product' } },
  params: {},
  runsOn: 'main',
  isOutput: true,
  dependsOn: ['project'],
  concurrency: 4,
});
