import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaStore } from './media-store';

let root: string;
let store: MediaStore;
beforeEach(() => {
  root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'artfactory-media-')), 'media');
  store = new MediaStore(root);
});
afterEach(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('MediaStore.put', () => {
  it('stores bytes under ab/cd/<sha256>.<ext> and reads them back', async () => {
    const bytes = new TextEncoder().encode('hello media');
    const hash = sha256(bytes);
    const stored = await store.put(bytes, 'png');
    expect(stored).toEqual({ hash, ext: 'png', path: `${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}.png`, size: 11, written: true });
    expect(fs.readFileSync(path.join(root, stored.path), 'utf8')).toBe('hello media');
    expect(await store.read(stored.path)).toEqual({ ok: true, value: Buffer.from(bytes) });
    expect(await store.has(hash, 'png')).toBe(true);
    expect(await store.has(hash, 'webp')).toBe(false);
  });

  it('skips the write when the same content is already stored', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const first = await store.put(bytes, 'bin');
    const mtime = fs.statSync(path.join(root, first.path)).mtimeMs;
    const second = await store.put(bytes, 'bin');
    expect(second).toEqual({ ...first, written: false });
    expect(fs.statSync(path.join(root, first.path)).mtimeMs).toBe(mtime);
  });

  it('repairs a truncated file at the final path by rewriting it', async () => {
    const bytes = new Uint8Array(1000).fill(7);
    const { path: rel } = await store.put(bytes, 'bin');
    fs.writeFileSync(path.join(root, rel), bytes.subarray(0, 10));
    expect((await store.put(bytes, 'bin')).written).toBe(true);
    expect(fs.readFileSync(path.join(root, rel)).length).toBe(1000);
  });

  it('leaves no temp files behind and stores concurrent identical writes once', async () => {
    const bytes = new Uint8Array(64 * 1024).fill(3);
    const results = await Promise.all(Array.from({ length: 8 }, () => store.put(bytes, 'png')));
    expect(new Set(results.map((r) => r.path)).size).toBe(1);
    expect(fs.readdirSync(path.join(root, '.tmp'))).toEqual([]);
    expect(fs.readFileSync(path.join(root, results[0]!.path))).toEqual(Buffer.from(bytes));
  });

  it('never exposes a partial file: a failed write leaves neither the final path nor a temp file', async () => {
    const bytes = new Uint8Array([9, 9, 9]);
    const hash = sha256(bytes);
    // Make the fan-out folder a file so the rename must fail after the temp file is written.
    fs.mkdirSync(path.join(root, hash.slice(0, 2)), { recursive: true });
    fs.writeFileSync(path.join(root, hash.slice(0, 2), hash.slice(2, 4)), 'not a folder');
    await expect(store.put(bytes, 'png')).rejects.toThrow();
    expect(await store.has(hash, 'png')).toBe(false);
    expect(fs.existsSync(path.join(root, '.tmp')) ? fs.readdirSync(path.join(root, '.tmp')) : []).toEqual([]);
  });
});

describe('MediaStore paths', () => {
  it('rejects relative paths that could escape the root or are not shaped like a media path', async () => {
    const hash = 'ab'.repeat(32);
    const bad = [
      '../etc/passwd', `/ab/ab/${hash}.png`, `ab/ab/../../${hash}.png`, `ab\\ab\\${hash}.png`, `ab/cd/${hash}.png`,
      `ab/ab/${hash}.exe`, `ab/ab/${hash}.png\0`, `AB/AB/${hash.toUpperCase()}.png`, `ab/ab/${hash}`, '', `ab/ab/${hash}.png/..`,
    ];
    for (const rel of bad) {
      expect(store.absolutePath(rel)).toMatchObject({ ok: false, error: { code: 'media.invalid_path', path: rel } });
      expect(await store.read(rel)).toMatchObject({ ok: false, error: { code: 'media.invalid_path' } });
    }
    expect(store.absolutePath(`ab/ab/${hash}.png`)).toEqual({ ok: true, value: path.join(root, 'ab', 'ab', `${hash}.png`) });
  });

  it('reports a well-formed path with no file as not found', async () => {
    const rel = store.pathOf('cd'.repeat(32), 'webp');
    expect(await store.read(rel)).toMatchObject({ ok: false, error: { code: 'media.not_found', path: rel } });
  });

  it('throws on a malformed hash handed to pathOf (a bug, not user input)', () => {
    expect(() => store.pathOf('../x', 'png')).toThrow(/sha256/);
  });
});

describe('MediaStore cleanup', () => {
  it('sweeps temp files of dead processes and spares those of running ones', async () => {
    const tmp = path.join(root, '.tmp');
    fs.mkdirSync(tmp, { recursive: true });
    fs.writeFileSync(path.join(tmp, '999999999-abc.tmp'), 'partial'); // no such pid
    fs.writeFileSync(path.join(tmp, 'junk'), 'x');
    fs.writeFileSync(path.join(tmp, `${process.pid}-def.tmp`), 'in flight');
    expect(await store.sweepTemp()).toBe(2);
    expect(fs.readdirSync(tmp)).toEqual([`${process.pid}-def.tmp`]);
  });

  it('sweeps nothing when no temp folder exists yet', async () => {
    expect(await store.sweepTemp()).toBe(0);
  });

  it('lists and removes files no product references, sparing recent ones and foreign files', async () => {
    const kept = await store.put(new Uint8Array([1]), 'png');
    const orphan = await store.put(new Uint8Array([2]), 'png');
    const recent = await store.put(new Uint8Array([3]), 'webp');
    const old = (Date.now() - 3_600_000) / 1000;
    for (const s of [kept, orphan]) fs.utimesSync(path.join(root, s.path), old, old);
    fs.writeFileSync(path.join(root, kept.path.slice(0, 5), 'README'), 'not media');
    const known = new Set([kept.hash]);
    expect(await store.listOrphans(known)).toEqual([orphan.path]);
    expect(await store.listOrphans(known, { olderThanMs: 0, now: Date.now() + 1000 })).toEqual([orphan.path, recent.path].sort());
    expect(await store.removeOrphans(known)).toEqual([orphan.path]);
    expect(await store.has(orphan.hash, 'png')).toBe(false);
    expect(await store.has(kept.hash, 'png')).toBe(true);
    expect(await store.has(recent.hash, 'webp')).toBe(true);
  });
});
