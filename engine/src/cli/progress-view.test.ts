import { PassThrough } from 'node:stream';
import type { RunEvent } from '@artfactory/nodes';
import { describe, expect, it } from 'vitest';
import { ProgressView } from './progress-view';

const base = { runId: 'r', ts: 0 };
const counts = { done: 3, cached: 1, failed: 1, total: 4 };
const events: RunEvent[] = [
  { ...base, seq: 1, type: 'run.started', nodes: [{ nodeId: 'paint', nodeType: 'generate.local' }, { nodeId: 'save-all-the-things', nodeType: 'save.product' }] },
  { ...base, seq: 2, type: 'node.progress', nodeId: 'paint', ...counts },
  { ...base, seq: 3, type: 'item.failed', nodeId: 'paint', itemKey: '0.2', error: { code: 'invalid-param', message: 'params.width: 4096 is too wide' } },
  { ...base, seq: 4, type: 'node.finished', nodeId: 'paint', ...counts },
];

function capture(tty: boolean) {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  if (tty) Object.assign(stream, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe('ProgressView', () => {
  it('writes one line per finished node and each failure when not on a terminal', () => {
    const out = capture(false);
    const view = new ProgressView(out.stream);
    for (const event of events) view.handle(event);
    view.stop();
    expect(out.text()).toContain('paint: 3 done (1 cached), 1 failed');
    expect(out.text()).toContain('✗ paint item 0.2: params.width: 4096 is too wide');
  });

  it('draws a bar per node on a terminal, labelled with the whole node id', () => {
    const out = capture(true);
    const view = new ProgressView(out.stream);
    for (const event of events) view.handle(event);
    view.stop();
    expect(out.text()).toContain('save-all-the-things');
    expect(out.text()).toMatch(/paint\s+\|.*\| 4\/4 done · 1 cached · 1 failed/);
  });
});
