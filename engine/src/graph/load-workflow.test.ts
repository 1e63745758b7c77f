import { builtinSpecs, type ArtError } from '@artfactory/nodes';
import { describe, expect, it } from 'vitest';
import { testRegistry, workflow } from '../test-support/harness';
import { loadWorkflow } from './load-workflow';
import type { SpecRegistry } from './loaded-graph';

function errorsOf(file: Record<string, unknown>, specs: SpecRegistry = testRegistry): ArtError[] {
  const result = loadWorkflow(file, specs);
  if (result.ok) throw new Error('expected load errors');
  return result.error;
}

const chain = () => workflow([['src', 'test.source'], ['mid', 'test.noop'], ['out', 'test.sink']], ['src.text>mid.text', 'mid.text>out.text']);

describe('loadWorkflow', () => {
  it('loads a valid workflow with defaults filled and checked wires', () => {
    const result = loadWorkflow(chain(), testRegistry);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { nodes, edges, hash } = result.value;
    expect(nodes.get('src')?.params).toEqual({ text: 'x' });
    expect(nodes.get('out')?.inputs.get('text')).toMatchObject({ source: 'mid', fromType: 'text', toType: 'text' });
    expect(nodes.get('src')?.outputs).toHaveLength(1);
    expect(edges).toHaveLength(2);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a cycle, an unknown node type, a wrong-typed connection and a bad param value all at once', () => {
    const file = workflow(
      [
        ['a', 'test.noop'],
        ['b', 'test.noop'],
        ['ghost', 'test.does-not-exist'],
        ['int', 'test.integer'],
        ['gen', 'generate.local', { width: 5000 }],
        ['out', 'test.sink'],
        ['src', 'test.source'],
      ],
      ['a.text>b.text', 'b.text>a.text', 'int.value>gen.params', 'src.text>out.text'],
    );
    const errors = errorsOf(file);
    const byCode = (code: string) => errors.filter((e) => e.code === code);
    expect(byCode('cycle')).toHaveLength(1);
    expect(byCode('cycle')[0]!.message).toMatch(/"a" → "b"/);
    expect(byCode('cycle')[0]!.details).toEqual({ nodes: ['a', 'b'] });
    expect(byCode('unknown-node-type')[0]).toMatchObject({ nodeId: 'ghost', path: 'nodes[2].type' });
    expect(byCode('incompatible-connection')[0]).toMatchObject({ nodeId: 'gen', path: 'edges[2]' });
    expect(byCode('incompatible-connection')[0]!.message).toMatch(/integer.*params/);
    expect(byCode('invalid-param')[0]).toMatchObject({ nodeId: 'gen', path: 'nodes[4].params.width' });
    expect(byCode('invalid-param')[0]!.message).toBe('nodes[4].params.width: expected an integer from 64 to 2048, got 5000');
    expect(errors).toHaveLength(4);
  });

  it('does not report an input as missing when its wire was refused or comes from an unknown node type', () => {
    const file = workflow([['ghost', 'test.nope'], ['int', 'test.integer'], ['a', 'test.noop'], ['gen', 'generate.local'], ['out', 'test.sink']], ['ghost.text>a.text', 'int.value>gen.params', 'a.text>out.text']);
    expect(errorsOf(file).map((e) => e.code).sort()).toEqual(['incompatible-connection', 'unknown-node-type']);
  });

  it('returns the shape errors of the file itself', () => {
    const errors = errorsOf({ format: 'artfactory.workflow', version: 1, nodes: [{ id: 'x' }] });
    expect(errors.map((e) => e.code)).toContain('invalid-workflow');
    expect(errors[0]!.nodeId).toBe('x');
  });

  it('refuses duplicate node ids', () => {
    const file = workflow([['n', 'test.source'], ['n', 'test.sink']]);
    expect(errorsOf(file)).toContainEqual(expect.objectContaining({ code: 'duplicate-node-id', nodeId: 'n', path: 'nodes[1].id' }));
  });

  it('refuses edges naming unknown nodes or ports, saying which ports exist', () => {
    const file = workflow([['src', 'test.source'], ['out', 'test.sink']], ['src.nope>out.text', 'src.text>out.nah', 'src.text>nobody.text']);
    const errors = errorsOf(file);
    expect(errors).toContainEqual(expect.objectContaining({ code: 'unknown-port', nodeId: 'src', path: 'edges[0].sourceOutput' }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'unknown-port', nodeId: 'out', path: 'edges[1].targetInput' }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'unknown-node', path: 'edges[2].target' }));
    expect(errors.find((e) => e.path === 'edges[0].sourceOutput')!.message).toMatch(/it has "text"/);
  });

  it('refuses two wires into one input', () => {
    const file = workflow([['a', 'test.source'], ['b', 'test.source'], ['out', 'test.sink']], ['a.text>out.text', 'b.text>out.text']);
    expect(errorsOf(file)).toContainEqual(expect.objectContaining({ code: 'duplicate-input', nodeId: 'out', path: 'edges[1].targetInput' }));
  });

  it('reports required inputs left unconnected but not optional ones', () => {
    const file = workflow([['a', 'test.source'], ['b', 'test.source'], ['cat', 'test.concat'], ['out', 'test.sink']], ['a.text>cat.a', 'cat.text>out.text']);
    const errors = errorsOf(file);
    expect(errors).toEqual([expect.objectContaining({ code: 'missing-input', nodeId: 'cat', path: 'nodes[2].inputs.b' })]);
  });

  it('reports one error per bad param, unknown params included, each saying what is expected', () => {
    const file = workflow([['g', 'generate.local', { width: 'wide', detail: 2, colour: 'red', seed: -2 }], ['out', 'save.product']], ['g.image>out.image']);
    const errors = errorsOf(file, new Map(builtinSpecs.map((s) => [s.type, s])) as unknown as SpecRegistry);
    const params = errors.filter((e) => e.code === 'invalid-param').map((e) => e.path).sort();
    expect(params).toEqual(['nodes[0].params.colour', 'nodes[0].params.detail', 'nodes[0].params.seed', 'nodes[0].params.width']);
    expect(errors.find((e) => e.path?.endsWith('seed'))!.message).toMatch(/or -1 for a new one each run/);
    expect(errors.find((e) => e.path?.endsWith('colour'))!.message).toMatch(/unknown param; expected one of "seed", "detail"/);
    expect(errors.find((e) => e.code === 'missing-input')).toMatchObject({ nodeId: 'g', path: 'nodes[0].inputs.params' });
  });

  it('accepts widening wires and records both types', () => {
    const result = loadWorkflow(workflow([['int', 'test.integer'], ['out', 'test.sink']], ['int.value>out.text']), testRegistry);
    expect(result.ok && result.value.edges[0]).toMatchObject({ fromType: 'integer', toType: 'text' });
  });

  it('reports a workflow without an output node', () => {
    expect(errorsOf(workflow([['a', 'test.source']]))).toEqual([expect.objectContaining({ code: 'no-output-node', path: 'nodes' })]);
  });

  it('reports a node wired to itself as a cycle', () => {
    const file = workflow([['loop', 'test.noop'], ['out', 'test.sink'], ['src', 'test.source']], ['loop.text>loop.text', 'src.text>out.text']);
    expect(errorsOf(file)).toContainEqual(expect.objectContaining({ code: 'cycle', nodeId: 'loop', details: { nodes: ['loop'] } }));
  });

  it('migrates params saved by older node versions', () => {
    const file = workflow([['src', 'test.source'], ['m', 'test.migrated'], ['out', 'test.sink']], ['src.text>m.text', 'm.text>out.text']);
    (file.nodes as Array<Record<string, unknown>>)[1] = { id: 'm', type: 'test.migrated', version: 1, params: { width: 42 } };
    const result = loadWorkflow(file, testRegistry);
    expect(result.ok && result.value.nodes.get('m')?.params).toEqual({ size: 42 });
  });

  it('refuses a node saved by a newer version than its spec, or one with no migration path', () => {
    const file = workflow([['src', 'test.source'], ['out', 'test.sink']], ['src.text>out.text']);
    (file.nodes as Array<Record<string, unknown>>)[0]!.version = 2;
    expect(errorsOf(file)).toEqual([expect.objectContaining({ code: 'unsupported-version', nodeId: 'src', path: 'nodes[0].version' })]);
    const spec = { ...testRegistry.get('test.migrated')!, migrations: {} };
    const registry = new Map(testRegistry).set('test.migrated', spec);
    const old = workflow([['src', 'test.source'], ['m', 'test.migrated'], ['out', 'test.sink']], ['src.text>m.text', 'm.text>out.text']);
    expect(errorsOf(old, registry)[0]!.message).toMatch(/no migration from version 1 to 2/);
  });

  it('reports a migration that throws as a load error', () => {
    const spec = { ...testRegistry.get('test.migrated')!, migrations: { 1: () => { throw new Error('bad data'); }, 2: (p: Record<string, unknown>) => p } };
    const registry = new Map(testRegistry).set('test.migrated', spec);
    const file = workflow([['src', 'test.source'], ['m', 'test.migrated'], ['out', 'test.sink']], ['src.text>m.text', 'm.text>out.text']);
    expect(errorsOf(file, registry)[0]!.message).toMatch(/migrating test.migrated from version 1 failed: bad data/);
  });

  it('hashes what the workflow computes: positions, labels and names do not count, params do', () => {
    const hashOf = (file: Record<string, unknown>) => {
      const r = loadWorkflow(file, testRegistry);
      if (!r.ok) throw new Error('load failed');
      return r.value.hash;
    };
    const base = chain();
    const moved = chain();
    (moved.nodes as Array<Record<string, unknown>>)[0]!.position = { x: 999, y: -5 };
    (moved.nodes as Array<Record<string, unknown>>)[0]!.label = 'Start';
    moved.name = 'renamed';
    const changed = workflow([['src', 'test.source', { text: 'y' }], ['mid', 'test.noop'], ['out', 'test.sink']], ['src.text>mid.text', 'mid.text>out.text']);
    const explicitDefault = workflow([['src', 'test.source', { text: 'x' }], ['mid', 'test.noop'], ['out', 'test.sink']], ['src.text>mid.text', 'mid.text>out.text']);
    expect(hashOf(moved)).toBe(hashOf(base));
    expect(hashOf(explicitDefault)).toBe(hashOf(base));
    expect(hashOf(changed)).not.toBe(hashOf(base));
  });
});
