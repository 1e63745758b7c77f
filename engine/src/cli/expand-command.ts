import type { Command, CommanderError } from 'commander';
import type { ExpandOptions } from './expand/build-expand-request';

/** Exit code for input the user can fix (bad prompt, option or file). */
const EXIT_BAD_INPUT = 2;

/**
 * Registers `artfactory expand`: expands a prompt into the generations it
 * defines and reports them — as one JSON object with `--json` (the contract
 * other tools read), or as a readable summary — without generating anything.
 * The work is imported only when the command runs, so other commands start
 * no slower for it.
 */
export function registerExpandCommand(program: Command): void {
  const command = program
    .command('expand')
    .description('Expand a prompt into the generations it defines; nothing is generated.')
    .argument('[prompt...]', 'the prompt; put it after -- so that its words are not read as options')
    .option('--json', 'print one JSON object: { total, items, batches, warnings, dryRun }, or { error } with exit code 2')
    .option('--negative <text>', 'the negative prompt')
    .option('--lookups <file>', 'a JSON object of lookup name → list of values')
    .option('--wildcards <dir>', 'a folder of wildcard files (.txt, .yaml, .yml, .json), imported as lookups')
    .option('--seed <n>', 'the expansion seed for every random pick', '0')
    .option('--limit <n>', 'the generation limit', '1000')
    .option('--prompt-file <file>', 'read the prompt from a file; - reads standard input')
    .option('--negative-file <file>', 'read the negative prompt from a file; - reads standard input')
    .action(async (words: string[], options: ExpandOptions) => {
      const { runExpand } = await import('./expand/run-expand');
      process.exitCode = await runExpand(words, options);
    });
  // Commander's own usage errors (unknown option, missing value) are bad input too: exit 2, and JSON when asked.
  command.exitOverride((error: CommanderError) => {
    if (error.exitCode === 0) process.exit(0);
    if (process.argv.includes('--json')) {
      const payload = { error: { code: 'invalid-argument', message: error.message.replace(/^error: /, ''), offset: null } };
      process.stdout.write(`${JSON.stringify(payload)}\n`);
    }
    process.exit(EXIT_BAD_INPUT);
  });
}
