import type { MediaResult } from './media-error';

/** File extensions the media store accepts. */
export const MEDIA_EXTENSIONS = ['png', 'webp', 'jpg', 'jpeg', 'gif', 'avif', 'json', 'txt', 'bin'] as const;

/** A file extension the media store accepts. */
export type MediaExtension = (typeof MEDIA_EXTENSIONS)[number];

/** The parts of a valid media-store relative path. */
export interface MediaPath {
  /** SHA-256, 64 lower-case hex digits. */
  hash: string;
  ext: MediaExtension;
  /** `ab/cd/<hash>.<ext>`. */
  relative: string;
}

const SHAPE = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})\.([a-z0-9]{1,5})$/;
const HASH = /^[0-9a-f]{64}$/;
const EXTENSIONS: ReadonlySet<string> = new Set(MEDIA_EXTENSIONS);

/** Whether `ext` is a media extension. */
export function isMediaExtension(ext: string): ext is MediaExtension {
  return EXTENSIONS.has(ext);
}

/** Whether `hash` is a SHA-256 in lower-case hex. */
export function isMediaHash(hash: string): boolean {
  return HASH.test(hash);
}

/** The relative path of a hash: `ab/cd/<hash>.<ext>` (the first two byte pairs fan the folders out). */
export function mediaRelativePath(hash: string, ext: MediaExtension): string {
  if (!isMediaHash(hash)) throw new Error(`not a sha256 hex digest: ${JSON.stringify(hash)}`);
  return `${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}.${ext}`;
}

/**
 * Checks a relative path that may come from user input: only the exact shape
 * `ab/cd/<64 hex>.<ext>` with folders matching the hash passes, so nothing can
 * climb out of the store (`..`, absolute paths, backslashes, NULs all fail).
 */
export function parseMediaPath(relative: string): MediaResult<MediaPath> {
  const m = SHAPE.exec(relative);
  const hash = m?.[3];
  const ext = m?.[4];
  if (!m || !hash || !ext || m[1] !== hash.slice(0, 2) || m[2] !== hash.slice(2, 4) || !isMediaExtension(ext)) {
    return {
      ok: false,
      error: { code: 'media.invalid_path', message: 'A media path looks like ab/cd/<sha256>.<ext> with a known extension.', path: relative },
    };
  }
  return { ok: true, value: { hash, ext, relative } };
}
