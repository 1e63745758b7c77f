import path from 'node:path';
import type { Product } from '../persistence';
import type { LoadedGraph } from '../graph/loaded-graph';
import type { RunSummary } from '../scheduler/run-types';

const SHOWN_FILES = 8;

/** The closing lines of `artfactory run`: what was made, what came from the cache, what failed, and where the files are. */
export function formatRunSummary(
  graph: LoadedGraph,
  summary: RunSummary,
  created: readonly Product[],
  mediaDir: string,
  cwd: string = process.cwd(),
): string {
  const outputs = [...graph.nodes.values()].filter((node) => node.spec.isOutput).map((node) => summary.nodes[node.id]);
  const delivered = outputs.reduce((sum, counts) => sum + (counts?.done ?? 0), 0);
  const reused = Math.max(0, delivered - created.length);
  const { done, cached, failed } = summary.counts;
  const icon = summary.status === 'succeeded' ? '✓' : summary.status === 'cancelled' ? '■' : '✗';
  const lines = [
    `${icon} ${summary.status} in ${(summary.durationMs / 1000).toFixed(1)} s`,
    `  products: ${created.length} new, ${reused} already in the library`,
    `  executions: ${done} done, ${cached} of them from the cache, ${failed} failed`,
  ];
  if (done > 0 && cached === done) lines.push('  everything came from the cache: nothing was generated');
  if (summary.error) lines.push(`  error: ${summary.error.message}`);
  lines.push(`  files: ${display(mediaDir, cwd)}`);
  for (const product of created.slice(0, SHOWN_FILES)) {
    lines.push(`    ${display(path.join(mediaDir, product.mediaPath), cwd)}  ${product.prompt.slice(0, 60)}`);
  }
  if (created.length > SHOWN_FILES) lines.push(`    … and ${created.length - SHOWN_FILES} more`);
  return `${lines.join('\n')}\n`;
}

function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
