import { Command, type CommanderError } from 'commander';
import { ArtFailure } from '@artfactory/nodes';
import { registerExpandCommand } from './expand-command';
import { registerLookupsCommand } from './lookups-command';
import { registerRunCommand } from './run-command';
import { registerValidateCommand } from './validate-command';

/** Exit code for input the user can fix: a usage error, a bad file, an unusable data folder. */
const EXIT_BAD_INPUT = 2;

// A reader that stops early (`| head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const program = new Command('artfactory')
  .description('Art Factory: batch AI image generation from the command line.')
  // Usage errors (unknown command or option, missing argument) are bad input: exit 2, not commander's 1.
  .exitOverride((error: CommanderError) => {
    process.exit(error.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
  });
registerRunCommand(program);
registerValidateCommand(program);
registerExpandCommand(program);
registerLookupsCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Problems users can fix arrive as ArtFailure; anything else is a bug and keeps its stack.
  if (!(error instanceof ArtFailure)) throw error;
  process.stderr.write(`artfactory: ${error.message}\n`);
  process.exitCode = EXIT_BAD_INPUT;
}
