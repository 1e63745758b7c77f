import { createHash } from 'node:crypto';
import type { ExecuteContext, MediaService } from '../kit/context';

/** Media kept in a Map by sha256, for node tests that need no files. */
export class MapMedia implements MediaService {
  readonly files = new Map<string, Uint8Array>();

  async put(bytes: Uint8Array, ext: 'png' | 'webp' | 'jpg') {
    const hash = createHash('sha256').update(bytes).digest('hex');
    this.files.set(`${hash}.${ext}`, bytes);
    return { hash, path: `${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}.${ext}`, size: bytes.byteLength };
  }

  async read(hash: string, ext: 'png' | 'webp' | 'jpg') {
    const bytes = this.files.get(`${hash}.${ext}`);
    if (!bytes) throw new Error(`no media ${hash}.${ext}`);
    return bytes;
  }
}

/** An execution context for calling a run function directly in a test. */
export function testContext(overrides: Partial<ExecuteContext> = {}): ExecuteContext {
  return {
    seed: 0,
    signal: new AbortController().signal,
    progress: () => {},
    media: new MapMedia(),
    run: { runId: 'run-test', nodeId: 'node-test', projectId: '1', workflowHash: 'hash-test' },
    cacheKey: 'key-test',
    ...overrides,
  };
}
