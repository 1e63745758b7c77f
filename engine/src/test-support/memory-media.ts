import { hashText, type MediaService } from '@artfactory/nodes';

/** A MediaService in a Map: for scheduler tests that never touch the disk. */
export class MemoryMedia implements MediaService {
  readonly files = new Map<string, Uint8Array>();

  async put(bytes: Uint8Array, ext: 'png' | 'webp' | 'jpg') {
    const hash = hashText(Buffer.from(bytes).toString('latin1'));
    this.files.set(`${hash}.${ext}`, bytes);
    return { hash, path: `${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}.${ext}`, size: bytes.byteLength };
  }

  async read(hash: string, ext: 'png' | 'webp' | 'jpg') {
    const bytes = this.files.get(`${hash}.${ext}`);
    if (!bytes) throw new Error(`no media ${hash}.${ext}`);
    return bytes;
  }
}
