import { expand } from '../src/expand';
import type { Expansion } from '../src/expand/types';

/*
 * `pnpm bench expand`: how fast the expander counts, starts and streams, and
 * whether iterating a million items keeps the heap flat. Each figure is
 * printed beside its target, with a plain-loop baseline where one makes
 * sense. Timings are medians, since the machine is shared.
 */

const TEN = '[a,b,c,d,e,f,g,h,i,j]';

function expanded(prompt: string, limit: number): Expansion {
  const result = expand({ prompt, limit });
  if (!result.ok) throw new Error(`bench prompt rejected: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function timeRuns(runs: number, work: () => void): number {
  work(); // warm-up: the first call pays for compilation
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function report(name: string, value: string, target: string, pass: boolean): void {
  console.log(`${name.padEnd(44)} ${value.padStart(16)}   target ${target.padEnd(14)} ${pass ? 'PASS' : 'MISS'}`);
}

/** Consumes items without keeping them; the checksum keeps the work from being optimised away. */
function drain(expansion: Expansion, onItem?: (index: number) => void): number {
  let checksum = 0;
  let index = 0;
  for (const item of expansion.items()) {
    checksum += item.prompt.length;
    onItem?.(++index);
  }
  return checksum;
}

/** Builds the same odometer strings as a prompt of `tokens` ten-option lists, with no expander at all. */
function baselineStrings(tokens: number): number {
  const options = 'abcdefghij'.split('');
  const digits = new Array<number>(tokens).fill(0);
  const count = 10 ** tokens;
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let t = 0; t < tokens; t++) text += (t === 0 ? '' : ' ') + options[digits[t] ?? 0];
    checksum += text.length;
    for (let t = tokens - 1; t >= 0 && ++digits[t]! === 10; t--) digits[t] = 0;
  }
  return checksum;
}

/** Runs every expansion figure and prints it beside its target. */
export function run(): void {
  const trillion = `${TEN} `.repeat(12).trim();

  const countMs = timeRuns(21, () => {
    const expansion = expanded(trillion, 1000);
    if (expansion.total !== 10n ** 12n || expansion.count !== 100) throw new Error(`wrong count: ${expansion.total}/${expansion.count}`);
  });
  report('count a 10^12-combination prompt', `${countMs.toFixed(3)} ms`, '< 5 ms', countMs < 5);

  const firstMs = timeRuns(11, () => {
    const expansion = expanded(`${trillion} batch:maxbatchitems:1000000000`, 1000);
    if (drain(expansion) === 0) throw new Error('no items');
  });
  report('first 1,000 items of it', `${firstMs.toFixed(3)} ms`, '< 20 ms', firstMs < 20);

  const hundredK = `${`${TEN} `.repeat(5).trim()} batch:maxbatchitems:100000`;
  const streamMs = timeRuns(5, () => {
    drain(expanded(hundredK, 100_000));
  });
  const perSecond = 100_000 / (streamMs / 1000);
  report('items/s enumerating 100,000 items', `${Math.round(perSecond).toLocaleString('en-US')}/s`, '≥ 500,000/s', perSecond >= 500_000);
  const baselineMs = timeRuns(5, () => {
    baselineStrings(5);
  });
  const baselinePerSecond = 100_000 / (baselineMs / 1000);
  console.log(`${'  baseline: plain loop, same 100,000 strings'.padEnd(44)} ${`${Math.round(baselinePerSecond).toLocaleString('en-US')}/s`.padStart(16)}   (expander at ${((perSecond / baselinePerSecond) * 100).toFixed(1)}% of it)`);

  const million = `${`${TEN} `.repeat(6).trim()} batch:maxbatchitems:1000000`;
  const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const samples: number[] = [process.memoryUsage().heapUsed];
  const started = performance.now();
  drain(expanded(million, 1_000_000), (index) => {
    if (index % 100_000 === 0) samples.push(process.memoryUsage().heapUsed);
  });
  const seconds = (performance.now() - started) / 1000;
  const [start, end, max] = [samples[0] ?? 0, samples[samples.length - 1] ?? 0, Math.max(...samples)];
  // Flat: the heap may breathe with garbage collection, but must not grow with the number of items.
  const flat = max - start < 64 * 2 ** 20 && end - start < 32 * 2 ** 20;
  report('heap while iterating 1,000,000 items', `${mb(start)} → ${mb(end)}`, 'flat', flat);
  console.log(`  heap samples every 100k: ${samples.map(mb).join(', ')} (max ${mb(max)}); ${Math.round(1_000_000 / seconds).toLocaleString('en-US')} items/s`);
}
