import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { RunEvent } from '@artfactory/nodes';

/**
 * Draws a run's events as one progress bar per node on a terminal; elsewhere
 * (pipes, CI logs) it writes one line as each node finishes instead of
 * redrawing.
 */
export class ProgressView {
  private readonly bars = new Map<string, SingleBar>();
  private labelWidth = 12;
  private readonly multibar: MultiBar | undefined;

  constructor(private readonly out: NodeJS.WriteStream | NodeJS.WritableStream) {
    const tty = 'isTTY' in out && out.isTTY === true;
    this.multibar = tty
      ? new MultiBar(
          {
            stream: out as NodeJS.WriteStream,
            format: ' {node} |{bar}| {value}/{total} done · {cached} cached · {failed} failed · ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: false,
            etaBuffer: 20,
            fps: 10,
          },
          Presets.shades_classic,
        )
      : undefined;
  }

  /** Updates the view for one event. */
  handle(event: RunEvent): void {
    switch (event.type) {
      case 'run.started':
        this.labelWidth = Math.max(...event.nodes.map((node) => node.nodeId.length), 4);
        for (const node of event.nodes) this.bar(node.nodeId);
        return;
      case 'node.progress':
        this.bar(event.nodeId)?.setTotal(Math.max(event.total, 1));
        this.bar(event.nodeId)?.update(event.done + event.failed, { cached: event.cached, failed: event.failed });
        return;
      case 'node.finished':
        if (this.multibar) {
          const bar = this.bar(event.nodeId);
          bar?.setTotal(Math.max(event.total, 1));
          bar?.update(event.done + event.failed, { cached: event.cached, failed: event.failed });
        } else {
          this.out.write(
            `  ${event.nodeId}: ${event.done} done (${event.cached} cached), ${event.failed} failed\n`,
          );
        }
        return;
      case 'item.failed':
        this.log(`  ✗ ${event.nodeId} item ${event.itemKey}: ${event.error.message}\n`);
        return;
      default:
        return;
    }
  }

  /** Stops redrawing, leaving the bars as they last stood. */
  stop(): void {
    this.multibar?.stop();
  }

  private log(text: string): void {
    if (this.multibar) this.multibar.log(text);
    else this.out.write(text);
  }

  private bar(nodeId: string): SingleBar | undefined {
    if (!this.multibar) return undefined;
    let bar = this.bars.get(nodeId);
    if (!bar) {
      bar = this.multibar.create(1, 0, { node: nodeId.padEnd(this.labelWidth), cached: 0, failed: 0 });
      this.bars.set(nodeId, bar);
    }
    return bar;
  }
}
