import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaStore } from './media-store';

const here = path.dirname(fileURLToPath(import.meta.url));
let root: string | undefined;
afterEach(() => {
  if (root) fs.rmSync(path.dirname(root), { recursive: true, force: true });
});

describe('MediaStore after kill -9', () => {
  it('holds only complete files at final paths, and sweepTemp clears what the dead writer left', async () => {
    root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'artfactory-crash-')), 'media');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'test-support', 'put-forever.ts'), root], {
      cwd: path.resolve(here, '../../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 200));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const store = new MediaStore(root);
    const finals = await store.listOrphans(new Set(), { olderThanMs: 0, now: Date.now() + 1000 });
    expect(finals.length).toBeGreaterThan(0);
    for (const rel of finals) {
      const bytes = fs.readFileSync(path.join(root, rel));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(path.basename(rel, '.bin'));
    }
    await store.sweepTemp();
    expect(fs.readdirSync(path.join(root, '.tmp'))).toEqual([]);
  });
});
