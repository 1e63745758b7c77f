// A process-wide log that test nodes write to, so tests can see the order in
// which things happened across nodes (main thread only: workers have their own).
const logs = new Map<string, string[]>();

/** The named log, created on first use. */
export function probe(name: string): string[] {
  let log = logs.get(name);
  if (!log) {
    log = [];
    logs.set(name, log);
  }
  return log;
}

/** Empties every log. */
export function resetProbes(): void {
  logs.clear();
}
