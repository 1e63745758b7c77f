import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `engine/src/cli/main.ts` lives. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What one run of the CLI left behind. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Two cores are shared by everyone; more CLI processes at once only slow each other down.
const MAX_RUNNING = 2;
let running = 0;
const waiting: Array<() => void> = [];

/**
 * Runs `artfactory ARGS` as a real process (node + tsx, as `pnpm artfactory`
 * does, minus pnpm's own start-up), at most two at a time across the test
 * file, feeding `stdin` when given.
 */
export async function runCli(args: readonly string[], options: { stdin?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CliRun> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await spawnCli(args, options);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnCli(args: readonly string[], options: { stdin?: string; timeoutMs?: number; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'engine/src/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 20_000,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
