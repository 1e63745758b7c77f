import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/*
 * `pnpm bench [NAME...]`: runs the bench NAME.ts found in a package's bench/
 * folder (nodes/bench, engine/bench), or every bench when none is named. A
 * bench lives beside the package it measures, so it may use its internals.
 * It either does its work when imported or exports a `run` (or default)
 * function, which is awaited.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benches = new Map<string, string>();
for (const folder of ['nodes/bench', 'engine/bench']) {
  const dir = join(root, folder);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.ts') && !file.endsWith('.test.ts')) benches.set(file.slice(0, -'.ts'.length), join(dir, file));
  }
}

const asked = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = asked.filter((name) => !benches.has(name));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Known: ${[...benches.keys()].join(', ')}.`);
  process.exit(2);
}

for (const name of asked.length > 0 ? asked : [...benches.keys()]) {
  console.log(`\n== bench ${name} ==`);
  const module = (await import(pathToFileURL(benches.get(name)!).href)) as { run?: () => unknown; default?: () => unknown };
  const entry = module.run ?? module.default;
  if (typeof entry === 'function') await entry();
}
