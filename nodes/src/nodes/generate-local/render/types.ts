/** What the local generator draws. */
export interface LocalRenderRequest {
  prompt: string;
  negativePrompt?: string;
  seed: number;
  width: number;
  height: number;
  /** 0..1, default 0.5: more octaves, stars, strokes and layers as it grows. */
  detail: number;
}

/** Raw interleaved RGB pixels (3 channels, 8 bits), row-major. */
export interface RawImage {
  width: number;
  height: number;
  channels: 3;
  data: Uint8Array;
}
