import { insertPngText, readPngText, type PngTextError } from './png-text-chunks';

/** The PNG text key holding the workflow JSON that made the image. */
export const WORKFLOW_TEXT_KEY = 'artfactory.workflow';
/** The PNG text key holding the item's generation parameters as JSON. */
export const PARAMS_TEXT_KEY = 'artfactory.params';
/** AUTOMATIC1111's key, for other tools. */
export const A1111_TEXT_KEY = 'parameters';

/** What Art Factory embeds in each saved PNG. */
export interface ArtfactoryMetadata {
  /** The workflow (parsed JSON) — dropping the image on the canvas restores it. */
  workflow?: unknown;
  params?: Record<string, unknown>;
  /** The A1111-format text (see `formatA1111Parameters`). */
  parameters?: string;
}

/** Embedded metadata, or why it could not be read. */
export type ArtfactoryMetadataResult =
  | { ok: true; value: ArtfactoryMetadata }
  | { ok: false; error: PngTextError | { code: 'png.bad_json'; message: string; offset: number; key: string } };

/** Returns a copy of `png` carrying the workflow, params and A1111 text as iTXt chunks. */
export function embedArtfactoryMetadata(png: Uint8Array, meta: ArtfactoryMetadata): Buffer {
  const entries: Record<string, string> = {};
  if (meta.workflow !== undefined) entries[WORKFLOW_TEXT_KEY] = JSON.stringify(meta.workflow);
  if (meta.params !== undefined) entries[PARAMS_TEXT_KEY] = JSON.stringify(meta.params);
  if (meta.parameters !== undefined) entries[A1111_TEXT_KEY] = meta.parameters;
  return insertPngText(png, entries);
}

/** Reads what `embedArtfactoryMetadata` wrote; absent keys stay undefined. */
export function readArtfactoryMetadata(png: Uint8Array): ArtfactoryMetadataResult {
  const text = readPngText(png);
  if (!text.ok) return text;
  const meta: ArtfactoryMetadata = {};
  for (const [key, field] of [[WORKFLOW_TEXT_KEY, 'workflow'], [PARAMS_TEXT_KEY, 'params']] as const) {
    const raw = text.value[key];
    if (raw === undefined) continue;
    try {
      meta[field] = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { ok: false, error: { code: 'png.bad_json', message: `The ${key} text is not valid JSON.`, offset: 0, key } };
    }
  }
  if (text.value[A1111_TEXT_KEY] !== undefined) meta.parameters = text.value[A1111_TEXT_KEY];
  return { ok: true, value: meta };
}
