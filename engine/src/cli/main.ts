import { Command } from 'commander';
import { registerExpandCommand } from './expand-command';
import { registerLookupsCommand } from './lookups-command';
import { registerRunCommand } from './run-command';
import { registerValidateCommand } from './validate-command';

const program = new Command('artfactory').description('Art Factory: batch AI image generation from the command line.');
registerRunCommand(program);
registerValidateCommand(program);
registerExpandCommand(program);
registerLookupsCommand(program);
await program.parseAsync(process.argv);
