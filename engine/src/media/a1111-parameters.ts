/** The generation settings AUTOMATIC1111's `parameters` text carries. */
export interface A1111Parameters {
  prompt: string;
  negativePrompt?: string;
  steps?: number;
  sampler?: string;
  cfgScale?: number;
  seed?: number;
  width?: number;
  height?: number;
  model?: string;
  /** Further `Key: value` pairs, in order (e.g. `Provider`). */
  extra?: Record<string, string | number | boolean>;
}

/**
 * Formats settings as AUTOMATIC1111 writes them into a PNG's `parameters` text,
 * so tools that read A1111 images (galleries, Civitai) understand ours.
 */
export function formatA1111Parameters(p: A1111Parameters): string {
  const lines = [p.prompt];
  if (p.negativePrompt) lines.push(`Negative prompt: ${p.negativePrompt}`);
  const pairs: Array<[string, string | number | boolean | undefined]> = [
    ['Steps', p.steps],
    ['Sampler', p.sampler],
    ['CFG scale', p.cfgScale],
    ['Seed', p.seed],
    ['Size', p.width !== undefined && p.height !== undefined ? `${p.width}x${p.height}` : undefined],
    ['Model', p.model],
    ...Object.entries(p.extra ?? {}),
  ];
  const settings = pairs.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${quote(String(v))}`);
  if (settings.length > 0) lines.push(settings.join(', '));
  return lines.join('\n');
}

// A1111's own rule (modules/generation_parameters_copypaste.py `quote`): JSON-quote
// a value only when it holds a separator.
function quote(value: string): string {
  return /[,:\n]/.test(value) ? JSON.stringify(value) : value;
}
