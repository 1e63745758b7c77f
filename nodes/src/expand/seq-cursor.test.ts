import { describe, expect, it } from 'vitest';
import { compileNodes } from './compile';
import type { CompileCtx } from './compile-context';
import { MAX_PARTS } from './compile-context';
import type { SeqNode } from './compiled';
import { WarningSink } from './expand-failure';
import { indexLookups } from './lookup-index';
import type { LookupTable } from './types';
import { parseNodes } from './parse';
import { collapse, makeRenderCtx } from './render-context';
import { SeqBuilder } from './seq-builder';
import { SeqCursor } from './seq-cursor';
import { makeSource } from './source';

function compile(text: string, lookups: LookupTable = {}): SeqNode {
  const warnings = new WarningSink();
  const parse = { warnings, depth: 0 };
  const src = makeSource(text, 'prompt');
  const cc: CompileCtx = {
    index: indexLookups(lookups), warnings, parse, seed: 0, batch: 0, flattenMemo: new Map(), valueAst: new Map(), wildcardMemo: new Map(),
    wildcardPath: [], varStack: [], nextSite: 0, nextImm: 0, budget: MAX_PARTS, depth: 0,
  };
  const b = new SeqBuilder();
  compileNodes(parseNodes(src, 0, src.ch.length, parse, 'inner'), b, new Map(), cc);
  return b.build();
}

function renderNow(cursor: SeqCursor): string {
  const ctx = makeRenderCtx(0, 0, 1);
  const out: string[] = [];
  cursor.render(ctx, out);
  return collapse(out.join(''));
}

function iterate(seq: SeqNode): string[] {
  const cursor = new SeqCursor(seq);
  const out: string[] = [];
  for (let ok = cursor.reset(); ok; ok = cursor.next()) out.push(renderNow(cursor));
  return out;
}

const lookups = { c: ['r', 'g', 'b', 'y'], d: ['r', 'x'] };
const prompts = [
  '[c] [c] [c,]',
  '[c,green] [1,2,3] [c,green] [c_1]',
  '[c] {a|{b|c} [d]} [d] [c]',
  '{2-3$$a|{b|c}|d} [c]',
  '{0-2$$ and $$|x|{y|z}} [c] [c]',
  '[c,d] [d] [c]',
  '${p=[c]}${p} ${p} ${p}',
];

describe('SeqCursor', () => {
  it.each(prompts)('iterates exactly count distinct expansions of %s', (text) => {
    const seq = compile(text, lookups);
    const items = iterate(seq);
    expect(BigInt(items.length)).toBe(seq.count);
  });

  it.each(prompts)('seeks to the same expansion that iteration reaches at each rank for %s', (text) => {
    const seq = compile(text, lookups);
    const items = iterate(seq);
    const cursor = new SeqCursor(seq);
    items.forEach((item, rank) => {
      cursor.seek(BigInt(rank));
      expect(renderNow(cursor)).toBe(item);
    });
  });

  it('never gives two tokens on one lookup the same non-empty value', () => {
    for (const item of iterate(compile('[c] [c] [c,]', lookups))) {
      const words = item.split(' ');
      expect(new Set(words).size).toBe(words.length);
    }
  });

  it('skips dead ends without visiting the digits between (backjumping)', () => {
    const seq = compile(`[c,z] ${'[a,b,c,d,e,f,g,h,i,j] '.repeat(8)}[c]`, { c: ['q'] });
    const cursor = new SeqCursor(seq);
    const started = performance.now();
    let n = 0;
    for (let ok = cursor.reset(); ok && n < 10; ok = cursor.next()) n++;
    expect(n).toBe(10);
    // Without backjumping this visits 10^8 dead combinations (minutes); the bound is loose for noisy machines.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
