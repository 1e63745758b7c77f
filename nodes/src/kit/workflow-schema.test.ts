import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath, migrateWorkflowFile, parseWorkflowFile, parseWorkflowText } from './workflow-schema';

const workflowsDir = join(__dirname, '../../../workflows');

describe('workflow files', () => {
  it('parses the example workflows', () => {
    for (const name of ['hello.json', 'fan-out.json']) {
      const result = parseWorkflowText(readFileSync(join(workflowsDir, name), 'utf8'));
      expect(result.ok, name).toBe(true);
    }
  });

  it('says when the text is not JSON', () => {
    const result = parseWorkflowText('{ nope');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]!.code).toBe('invalid-json');
  });

  it('refuses a file without the format tag', () => {
    const result = parseWorkflowFile({ version: 1, nodes: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]!.path).toBe('format');
  });

  it('refuses a version newer than it understands', () => {
    const result = parseWorkflowFile({ format: 'artfactory.workflow', version: 9, nodes: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]!.code).toBe('unsupported-version');
  });

  it('reports every shape problem with its path and node', () => {
    const result = parseWorkflowFile({
      format: 'artfactory.workflow',
      version: 1,
      nodes: [
        { id: 'a', type: 'input.prompt', version: 0, params: {} },
        { id: 'b b', type: '', version: 1 },
      ],
      edges: [{ source: 'a' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['nodes[0].version', 'nodes[1].id', 'nodes[1].type', 'edges[0].target']),
    );
    expect(result.error.find((e) => e.path === 'nodes[0].version')?.nodeId).toBe('a');
  });

  it('runs file migrations from older versions in order', () => {
    const migrated = migrateWorkflowFile({ version: 0 }, { 0: (f) => ({ ...f, upgraded: true }) });
    expect(migrated.ok).toBe(false); // version 0 is not a valid version
    const steps = { 1: (f: Record<string, unknown>) => ({ ...f, one: true }) };
    const none = migrateWorkflowFile({ version: 1 }, steps);
    expect(none.ok && none.value).toEqual({ version: 1 });
  });

  it('formats paths as people read them', () => {
    expect(formatPath(['nodes', 2, 'params', 'width'])).toBe('nodes[2].params.width');
  });
});
