import { describe, expect, it } from 'vitest';
import { load, workflow } from '../test-support/harness';
import { planGraph } from './plan';

describe('planGraph', () => {
  it('orders nodes so every node comes after its inputs', () => {
    const graph = load(
      workflow(
        [['out', 'test.sink'], ['cat', 'test.concat'], ['b', 'test.source'], ['a', 'test.source']],
        ['cat.text>out.text', 'a.text>cat.a', 'b.text>cat.b'],
      ),
    );
    const order = planGraph(graph).order.map((n) => n.id);
    expect(order).toEqual(['b', 'a', 'cat', 'out']);
  });

  it('skips nodes that lead to no output node', () => {
    const graph = load(
      workflow([['src', 'test.source'], ['dead', 'test.noop'], ['deader', 'test.noop'], ['out', 'test.sink']], ['src.text>out.text', 'src.text>dead.text', 'dead.text>deader.text']),
    );
    const plan = planGraph(graph);
    expect(plan.order.map((n) => n.id)).toEqual(['src', 'out']);
    expect(plan.skipped.sort()).toEqual(['dead', 'deader']);
  });
});
