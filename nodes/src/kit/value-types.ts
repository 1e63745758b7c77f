/** The types a port can carry; a wire carries a list of items of one type. */
export const PORT_TYPES = ['text', 'number', 'integer', 'boolean', 'params', 'image', 'product'] as const;

/** A port's value type. */
export type PortType = (typeof PORT_TYPES)[number];

/** A scalar generation parameter value. */
export type ParamScalar = string | number | boolean;

/** One generation's parameter set: the prompts and the generation params. */
export interface ParamSet {
  prompt: string;
  negativePrompt: string;
  params: Record<string, ParamScalar>;
}

/** How an image was made, carried with it so a product can be traced back. */
export interface Provenance {
  provider: string;
  model: string;
  seed: number;
  prompt: string;
  negativePrompt: string;
  params: Record<string, ParamScalar>;
}

/** A reference to an image in the media store — never the bytes. */
export interface ImageRef {
  /** sha256 of the file's bytes, hex. */
  hash: string;
  mime: 'image/png' | 'image/webp' | 'image/jpeg';
  width: number;
  height: number;
  provenance?: Provenance;
}

/** A saved product in the library. */
export interface ProductRef {
  id: string;
  image: ImageRef;
  thumbnails: Record<string, string>;
}

/** Maps each port type to the TypeScript type of one item on such a port. */
export interface PortValueMap {
  text: string;
  number: number;
  integer: number;
  boolean: boolean;
  params: ParamSet;
  image: ImageRef;
  product: ProductRef;
}

/** The item type carried by a port of type T. */
export type ValueOf<T extends PortType> = PortValueMap[T];

/** File extension for an image mime type. */
export function extensionOf(mime: ImageRef['mime']): 'png' | 'webp' | 'jpg' {
  switch (mime) {
    case 'image/png':
      return 'png';
    case 'image/webp':
      return 'webp';
    case 'image/jpeg':
      return 'jpg';
  }
}
