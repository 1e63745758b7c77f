import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './run-cli';

/** A CLI process left running, for tests that signal or kill it mid-run. */
export interface StartedCli {
  child: ChildProcess;
  /** Resolves with the first stdout line that matches, or rejects when the process ends first. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal) and everything written. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts `artfactory ARGS` (node + tsx) with extra environment variables, without waiting for it. */
export function startCli(args: readonly string[], env: Record<string, string>): StartedCli {
  const child = spawn(process.execPath, ['--import', 'tsx', 'engine/src/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters = new Set<(line: string | null) => void>();
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters) waiter(line);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => {
      for (const waiter of waiters) waiter(null);
      resolve({ code, signal, stdout: lines.join('\n'), stderr });
    });
  });
  const waitForLine = (match: (line: string) => boolean, timeoutMs = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find(match);
      if (seen !== undefined) return resolve(seen);
      const timer = setTimeout(() => finish(null, 'timed out'), timeoutMs);
      const finish = (line: string | null, why = 'the process ended first') => {
        if (line !== null && !match(line)) return;
        clearTimeout(timer);
        waiters.delete(finish);
        if (line === null) reject(new Error(`no matching line: ${why}; stderr: ${stderr}; last stdout: ${lines.slice(-3).join('\n')}`));
        else resolve(line);
      };
      waiters.add(finish);
    });
  return { child, waitForLine, exited };
}
