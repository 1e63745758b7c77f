import type { ExpandedItem, ExpandWarning, Expansion } from '@artfactory/nodes';

/** A count as JSON: a number while it is exact as one (up to 2^53), a decimal string above. */
export type JsonCount = number | string;

/** The one JSON object `artfactory expand --json` prints. */
export interface ExpansionReport {
  total: JsonCount;
  items: ExpandedItem[];
  batches: Array<{ total: JsonCount; kept: number; limited: boolean }>;
  warnings: ExpandWarning[];
  dryRun: boolean;
}

const EXACT_LIMIT = 2n ** 53n;

/** Writes a bigint count as JSON can carry it without losing digits. */
export function jsonCount(count: bigint): JsonCount {
  return count <= EXACT_LIMIT ? Number(count) : count.toString();
}

/**
 * Writes the JSON report as chunks, items streamed in groups, so a run of a
 * million items never holds them all in memory at once. The chunks joined
 * are one `ExpansionReport` object, followed by a newline.
 */
export function* expansionJsonChunks(expansion: Expansion, itemsPerChunk = 1000): Generator<string> {
  yield `{"total":${JSON.stringify(jsonCount(expansion.total))},"items":[`;
  let group: string[] = [];
  let separator = '';
  for (const item of expansion.items()) {
    group.push(JSON.stringify(item));
    if (group.length === itemsPerChunk) {
      yield separator + group.join(',');
      separator = ',';
      group = [];
    }
  }
  if (group.length > 0) yield separator + group.join(',');
  const batches: ExpansionReport['batches'] = expansion.batches.map((batch) => ({ total: jsonCount(batch.total), kept: batch.kept, limited: batch.limited }));
  yield `],"batches":${JSON.stringify(batches)},"warnings":${JSON.stringify(expansion.warnings)},"dryRun":${JSON.stringify(expansion.dryRun)}}\n`;
}

/** How many items the text summary shows. */
export const SUMMARY_ITEMS = 20;

/** A readable summary: per-batch counts, the first items and every warning. */
export function expansionSummary(expansion: Expansion): string {
  const lines: string[] = [];
  expansion.batches.forEach((batch, index) => {
    const cut = batch.limited ? ' (limited: a cap or the generation limit cut it)' : '';
    lines.push(`Batch ${index + 1}: ${plural(batch.total, 'combination')}, ${batch.kept} kept${cut}`);
  });
  const dryRun = expansion.dryRun ? ' (dry run: nothing would be generated)' : '';
  lines.push(`Total: ${plural(expansion.total, 'combination')}, ${plural(expansion.count, 'generation')}${dryRun}`);
  lines.push('', expansion.count > SUMMARY_ITEMS ? `First ${SUMMARY_ITEMS} of ${expansion.count} generations:` : 'Generations:');
  let shown = 0;
  for (const item of expansion.items()) {
    if (shown === SUMMARY_ITEMS) break;
    shown++;
    lines.push(`${String(shown).padStart(4)}. ${item.prompt === '' ? '(empty prompt)' : item.prompt}`);
    if (item.negativePrompt !== '') lines.push(`      negative: ${item.negativePrompt}`);
    const params = Object.entries(item.params);
    if (params.length > 0) lines.push(`      params: ${params.map(([key, value]) => `${key}=${String(value)}`).join(', ')}`);
  }
  if (shown === 0) lines.push('  (none)');
  lines.push('', expansion.warnings.length === 0 ? 'No warnings.' : `Warnings (${expansion.warnings.length}):`);
  for (const warning of expansion.warnings) lines.push(`  ${warning.code}: ${warning.message}${where(warning)}`);
  return lines.join('\n') + '\n';
}

function plural(count: bigint | number, noun: string): string {
  return `${count} ${noun}${count === 1 || count === 1n ? '' : 's'}`;
}

function where(warning: ExpandWarning): string {
  if (warning.offset === undefined) return '';
  return ` (${warning.field === 'negativePrompt' ? 'negative prompt' : 'prompt'}, offset ${warning.offset})`;
}
