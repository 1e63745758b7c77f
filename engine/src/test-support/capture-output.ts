import { PassThrough } from 'node:stream';
import type { CommandOutput } from '../cli/run-workflow';

/** Streams that keep what a command wrote, for in-process command tests. */
export function captureOutput(): { io: CommandOutput; stdout: () => string; stderr: () => string } {
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => chunks.stdout.push(c));
  stderr.on('data', (c: Buffer) => chunks.stderr.push(c));
  return {
    io: { stdout, stderr },
    stdout: () => Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: () => Buffer.concat(chunks.stderr).toString('utf8'),
  };
}
