import { deflateSync, inflateSync } from 'node:zlib';
import { crc32 } from './crc32';

/** An error in a PNG that came from outside (a dropped file): what is wrong and at which byte. */
export interface PngTextError {
  code: 'png.not_png' | 'png.truncated' | 'png.bad_crc' | 'png.bad_text';
  message: string;
  offset: number;
}

/** The text entries of a PNG, or why they could not be read. */
export type PngTextResult = { ok: true; value: Record<string, string> } | { ok: false; error: PngTextError };

/** How `insertPngText` encodes entries. */
export interface InsertPngTextOptions {
  /** Deflate texts at least this many bytes long (iTXt allows it; every PNG reader inflates). Default 8 KiB. */
  compressAbove?: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TEXT_TYPES = new Set(['tEXt', 'zTXt', 'iTXt']);

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just past its CRC. */
  end: number;
  data: Buffer;
}

/**
 * Returns a copy of `png` with one UTF-8 `iTXt` chunk per entry inserted before
 * IEND, replacing any text chunk with the same keyword. Throws on a malformed
 * PNG or keyword: the engine only calls it on PNGs it has just encoded.
 */
export function insertPngText(png: Uint8Array, entries: Record<string, string>, options: InsertPngTextOptions = {}): Buffer {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const parsed = parseChunks(buf);
  if (!parsed.ok) throw new Error(`insertPngText: ${parsed.error.message} (byte ${parsed.error.offset})`);
  const keywords = new Set(Object.keys(entries));
  const parts: Buffer[] = [SIGNATURE];
  for (const chunk of parsed.value) {
    if (chunk.type === 'IEND') {
      for (const [key, text] of Object.entries(entries)) parts.push(iTXtChunk(key, text, options.compressAbove ?? 8192));
    } else if (TEXT_TYPES.has(chunk.type) && keywords.has(keywordOf(chunk.data))) {
      continue;
    }
    parts.push(buf.subarray(chunk.start, chunk.end));
  }
  return Buffer.concat(parts);
}

/** Reads every tEXt, zTXt and iTXt entry of a PNG (a later duplicate keyword wins). */
export function readPngText(png: Uint8Array): PngTextResult {
  const parsed = parseChunks(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  if (!parsed.ok) return parsed;
  const text: Record<string, string> = {};
  for (const chunk of parsed.value) {
    if (!TEXT_TYPES.has(chunk.type)) continue;
    try {
      const [key, value] = decodeText(chunk);
      text[key] = value;
    } catch (error) {
      return { ok: false, error: { code: 'png.bad_text', message: `Unreadable ${chunk.type} chunk: ${(error as Error).message}`, offset: chunk.start } };
    }
  }
  return { ok: true, value: text };
}

function parseChunks(buf: Buffer): { ok: true; value: Chunk[] } | { ok: false; error: PngTextError } {
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) {
    return { ok: false, error: { code: 'png.not_png', message: 'The file is not a PNG (bad signature).', offset: 0 } };
  }
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset < buf.length) {
    if (offset + 12 > buf.length) break;
    const length = buf.readUInt32BE(offset);
    const end = offset + 12 + length;
    if (end > buf.length) break;
    const type = buf.toString('latin1', offset + 4, offset + 8);
    if (crc32(buf.subarray(offset + 4, offset + 8 + length)) !== buf.readUInt32BE(offset + 8 + length)) {
      return { ok: false, error: { code: 'png.bad_crc', message: `The ${type} chunk is corrupt (CRC mismatch).`, offset } };
    }
    chunks.push({ type, start: offset, end, data: buf.subarray(offset + 8, offset + 8 + length) });
    offset = end;
    if (type === 'IEND') return { ok: true, value: chunks };
  }
  return { ok: false, error: { code: 'png.truncated', message: 'The PNG ends before its IEND chunk.', offset } };
}

function iTXtChunk(keyword: string, text: string, compressAbove: number): Buffer {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword)) {
    throw new Error(`invalid PNG text keyword ${JSON.stringify(keyword)}: 1–79 Latin-1 characters, no leading, trailing or double spaces`);
  }
  const utf8 = Buffer.from(text, 'utf8');
  const compress = utf8.length >= compressAbove;
  // keyword \0, compression flag, method, empty language tag \0, empty translated keyword \0, text
  const header = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, compress ? 1 : 0, 0, 0, 0])]);
  return pngChunk('iTXt', Buffer.concat([header, compress ? deflateSync(utf8) : utf8]));
}

/** One PNG chunk: length, type, data and the CRC over type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function keywordOf(data: Buffer): string {
  const nul = data.indexOf(0);
  return data.toString('latin1', 0, nul < 0 ? data.length : nul);
}

function decodeText(c: Chunk): [string, string] {
  const nul = c.data.indexOf(0);
  if (nul < 1) throw new Error('no keyword');
  const key = c.data.toString('latin1', 0, nul);
  if (c.type === 'tEXt') return [key, c.data.toString('latin1', nul + 1)];
  if (c.type === 'zTXt') return [key, inflateSync(c.data.subarray(nul + 2)).toString('latin1')];
  const compressed = c.data[nul + 1] === 1;
  const langEnd = c.data.indexOf(0, nul + 3);
  const translatedEnd = langEnd < 0 ? -1 : c.data.indexOf(0, langEnd + 1);
  if (translatedEnd < 0) throw new Error('missing language or translated keyword');
  const body = c.data.subarray(translatedEnd + 1);
  return [key, (compressed ? inflateSync(body) : body).toString('utf8')];
}
