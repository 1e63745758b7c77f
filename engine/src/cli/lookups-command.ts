import type { Command } from 'commander';
import { importWildcardFiles } from '@artfactory/nodes';
import { openDatabase, resolveDataDir } from '../persistence';
import { readWildcardFolder } from '../lookups/read-wildcard-folder';

/** Registers `artfactory lookups import <dir>` and `artfactory lookups list`: the lookups `expand.prompt` draws on. */
export function registerLookupsCommand(program: Command): void {
  const lookups = program.command('lookups').description('Manage the lookups ([color], __animal__) that workflows expand with.');
  lookups
    .command('import')
    .description('Import a folder of wildcard files (.txt, .yaml, .yml, .json) as lookups named by their paths; existing names are replaced.')
    .argument('<dir>', 'the wildcard folder')
    .action(async (dir: string) => {
      process.exitCode = await importLookups(dir);
    });
  lookups
    .command('list')
    .description('List the stored lookups with their number of values.')
    .option('--json', 'print the lookups as one JSON object of name → values')
    .action(async (options: { json?: boolean }) => {
      const db = await openDatabase({ dataDir: resolveDataDir() });
      try {
        const table = db.lookups.listLookups();
        if (options.json) process.stdout.write(`${JSON.stringify(table)}\n`);
        else for (const [name, values] of Object.entries(table)) process.stdout.write(`${name} (${values.length})\n`);
      } finally {
        await db.close();
      }
    });
}

/** Reads and checks every file first, then writes all lookups in one transaction: a bad pack changes nothing. */
export async function importLookups(dir: string, dataDir?: string): Promise<number> {
  const files = await readWildcardFolder(dir);
  if (!files.ok) {
    process.stderr.write(`${files.error.message}\n`);
    return 2;
  }
  const imported = importWildcardFiles(files.value);
  if (!imported.ok) {
    process.stderr.write(`${dir}: ${imported.error.message}\n`);
    return 2;
  }
  for (const warning of imported.warnings) process.stderr.write(`  ! ${warning.message}\n`);
  // The data folder is resolved (and created) only once the pack is known to be good.
  const db = await openDatabase({ dataDir: dataDir ?? resolveDataDir() });
  try {
    const entries = Object.entries(imported.lookups);
    db.transaction(() => {
      for (const [name, values] of entries) {
        const saved = db.lookups.upsertLookup(name, values, `import:${dir}`);
        // Throwing rolls back the whole import.
        if (!saved.ok) throw new LookupRefused(`${name}: ${saved.error.message}`);
      }
    });
    process.stdout.write(`Imported ${entries.length} lookup${entries.length === 1 ? '' : 's'} from ${files.value.length} file(s).\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof LookupRefused)) throw error;
    process.stderr.write(`${dir}: ${error.message}; nothing was imported\n`);
    return 2;
  } finally {
    await db.close();
  }
}

class LookupRefused extends Error {}
