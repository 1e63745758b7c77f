import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh, empty data folder path under the OS temp folder (not created), and a way to remove it. */
export function tempDataDir(label = 'run'): { dataDir: string; remove: () => void } {
  const parent = mkdtempSync(path.join(tmpdir(), `artfactory-${label}-`));
  return { dataDir: path.join(parent, 'data'), remove: () => rmSync(parent, { recursive: true, force: true }) };
}
