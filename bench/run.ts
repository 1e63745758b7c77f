import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/*
 * `pnpm bench [NAME...]`: runs bench/NAME.ts for each name given, or every
 * bench in this folder when none is. A bench either does its work when
 * imported or exports a `run` (or default) function, which is awaited.
 */

const folder = dirname(fileURLToPath(import.meta.url));
const known = readdirSync(folder)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

const asked = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = asked.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(', ')}. Known: ${known.join(', ')}.`);
  process.exit(2);
}

for (const name of asked.length > 0 ? asked : known) {
  console.log(`\n== bench ${name} ==`);
  const module = (await import(pathToFileURL(`${folder}/${name}.ts`).href)) as { run?: () => unknown; default?: () => unknown };
  const entry = module.run ?? module.default;
  if (typeof entry === 'function') await entry();
}
