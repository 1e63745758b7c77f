import type { RunEvent } from '@artfactory/nodes';

const CHUNK = 1024;

type ItemDone = Extract<RunEvent, { type: 'item.done' }>;

interface Chunk {
  /** The seq of the chunk's first event; seqs grow by one within it. */
  firstSeq: number;
  count: number;
  /** Events kept as delivered; a hole where an item.done is kept in the columns below. */
  whole: Array<RunEvent | undefined>;
  nodeIds: string[];
  itemKeys: string[];
  ts: Float64Array;
  durationMs: Float64Array;
  cached: Uint8Array;
}

/**
 * A run's events kept for replay. `item.done`, one per execution, is kept as
 * columns rather than as the delivered object: tens of thousands of small
 * objects held for the whole run would survive into the old generation and
 * make every garbage collection dearer, while a column costs a slot. Replay
 * rebuilds equal objects. Kept in chunks, so trimming drops whole chunks.
 */
export class KeptEvents {
  private readonly chunks: Chunk[] = [];
  private total = 0;

  constructor(
    private readonly runId: string,
    /** At least this many of the newest events stay (up to one chunk more). */
    private readonly maxKept: number,
  ) {}

  /** Keeps a stamped event; seqs must follow each other by one. */
  push(event: RunEvent): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.count === CHUNK) {
      chunk = newChunk(event.seq);
      this.chunks.push(chunk);
    }
    const i = chunk.count;
    chunk.count += 1;
    this.total += 1;
    if (event.type === 'item.done') {
      chunk.nodeIds[i] = event.nodeId;
      chunk.itemKeys[i] = event.itemKey;
      chunk.ts[i] = event.ts;
      chunk.durationMs[i] = event.durationMs;
      chunk.cached[i] = event.cached ? 1 : 0;
    } else {
      chunk.whole[i] = event;
    }
    while (this.chunks.length > 1 && this.total - this.chunks[0]!.count >= this.maxKept) this.total -= this.chunks.shift()!.count;
  }

  /** Every kept event after `seq`, in order. */
  since(seq: number): RunEvent[] {
    const out: RunEvent[] = [];
    for (const chunk of this.chunks) {
      for (let i = Math.max(0, seq - chunk.firstSeq + 1); i < chunk.count; i++) out.push(this.at(chunk, i));
    }
    return out;
  }

  private at(chunk: Chunk, i: number): RunEvent {
    const whole = chunk.whole[i];
    if (whole !== undefined) return whole;
    // The field order of a delivered item.done: its input's, then the stamps.
    const event: ItemDone = {
      type: 'item.done',
      nodeId: chunk.nodeIds[i]!,
      itemKey: chunk.itemKeys[i]!,
      cached: chunk.cached[i] === 1,
      durationMs: chunk.durationMs[i]!,
      runId: this.runId,
      seq: chunk.firstSeq + i,
      ts: chunk.ts[i]!,
    };
    return event;
  }
}

function newChunk(firstSeq: number): Chunk {
  return {
    firstSeq,
    count: 0,
    whole: new Array<RunEvent | undefined>(CHUNK),
    nodeIds: new Array<string>(CHUNK),
    itemKeys: new Array<string>(CHUNK),
    ts: new Float64Array(CHUNK),
    durationMs: new Float64Array(CHUNK),
    cached: new Uint8Array(CHUNK),
  };
}
