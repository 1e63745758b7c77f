import {
  ArtFailure,
  artError,
  extensionOf,
  type ImageRef,
  type ParamScalar,
  type ProductRef,
  type ProductService,
  type Workflow,
} from '@artfactory/nodes';
import { embedArtfactoryMetadata, formatA1111Parameters, makeThumbnails, mediaRelativePath, type MediaStore } from '../media';
import type { Product, ProductStore } from '../persistence';

/** What a product service needs to know about the run it saves for. */
export interface ProductRunContext {
  runId: string;
  projectId: number;
  workflow: Workflow;
  workflowHash: string;
}

/**
 * Saves images as library products. Order matters for crash safety: the
 * image with its embedded workflow, then the thumbnails, are on disk before
 * the row that points at them is written.
 */
export class LibraryProductService implements ProductService {
  constructor(
    private readonly media: MediaStore,
    private readonly products: ProductStore,
    private readonly run: ProductRunContext,
  ) {}

  async save(input: { image: ImageRef; cacheKey: string; nodeId: string }): Promise<ProductRef> {
    const existing = this.products.findByCacheKey(this.run.projectId, input.cacheKey);
    if (existing) return toRef(existing);

    const { image } = input;
    const ext = extensionOf(image.mime);
    const source = await this.media.read(mediaRelativePath(image.hash, ext));
    if (!source.ok) {
      throw new ArtFailure(artError('storage-failed', `the image ${image.hash.slice(0, 12)}… is missing from the media store`));
    }
    const provenance = image.provenance;
    const bytes =
      ext === 'png'
        ? embedArtfactoryMetadata(source.value, {
            workflow: this.run.workflow,
            params: provenance ? { ...provenance } : {},
            parameters: provenance ? a1111Text(provenance, image) : undefined,
          })
        : source.value;
    const stored = await this.media.put(bytes, ext);
    const thumbnails = await makeThumbnails(this.media, bytes);
    const { product } = this.products.insertProduct({
      projectId: this.run.projectId,
      runId: this.run.runId,
      nodeId: input.nodeId,
      workflowHash: this.run.workflowHash,
      cacheKey: input.cacheKey,
      prompt: provenance?.prompt ?? '',
      negativePrompt: provenance?.negativePrompt ?? '',
      params: provenance?.params ?? {},
      seed: provenance?.seed ?? null,
      provider: provenance?.provider ?? null,
      model: provenance?.model ?? null,
      mediaHash: stored.hash,
      mediaPath: stored.path,
      mime: image.mime,
      width: image.width,
      height: image.height,
      thumbnails: { ...thumbnails },
    });
    return toRef(product);
  }
}

function a1111Text(provenance: NonNullable<ImageRef['provenance']>, image: ImageRef): string {
  return formatA1111Parameters({
    extra: { Provider: provenance.provider },
    prompt: provenance.prompt,
    negativePrompt: provenance.negativePrompt,
    seed: provenance.seed,
    width: image.width,
    height: image.height,
    model: provenance.model,
  });
}

/** The reference to a product that travels on a wire. */
export function toRef(product: Product): ProductRef {
  return {
    id: product.id,
    image: {
      hash: product.mediaHash,
      mime: product.mime as ImageRef['mime'],
      width: product.width,
      height: product.height,
      provenance: {
        provider: product.provider ?? 'unknown',
        model: product.model ?? 'unknown',
        seed: product.seed ?? 0,
        prompt: product.prompt,
        negativePrompt: product.negativePrompt,
        params: product.params as Record<string, ParamScalar>,
      },
    },
    thumbnails: product.thumbnails,
  };
}
