import { describe, expect, it } from 'vitest';
import { importWildcardFiles } from './import-wildcard-files';

function lookupsOf(files: Record<string, string>) {
  const result = importWildcardFiles(Object.entries(files).map(([path, content]) => ({ path, content })));
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  return result;
}

describe('importWildcardFiles: .txt files', () => {
  it('reads one value a line, skipping blank and comment lines and taking weights off', () => {
    const { lookups, warnings } = lookupsOf({ 'colors/warm.txt': '# warm colours\nred\n\n2::orange\n   # shades\nyellow\n' });
    expect(lookups).toEqual({ 'colors/warm': ['red', { text: 'orange', weight: 2 }, 'yellow'] });
    expect(warnings).toEqual([]);
  });

  it('treats a line starting with # as a comment even without a space after it', () => {
    const { lookups } = lookupsOf({ 'cg.txt': '#vfxfriday\n## China\n  #From https://example.com\nCGI\n3D render\n' });
    expect(lookups).toEqual({ cg: ['CGI', '3D render'] });
  });

  it('keeps an escaped # line as a value and cuts trailing comments', () => {
    const { lookups } = lookupsOf({ 'tags.txt': '\\#vfxfriday\n#vfxfriday\n  \\#wip render\nrender #wip # to do\n' });
    expect(lookups).toEqual({ tags: ['\\#vfxfriday', '\\#wip render', 'render #wip'] });
  });

  it('reads Windows line breaks and a byte order mark', () => {
    const { lookups } = lookupsOf({ 'a.txt': '\uFEFFone\r\ntwo\r\n' });
    expect(lookups).toEqual({ a: ['one', 'two'] });
  });

  it('skips a weight with no text, with a warning naming the file and line', () => {
    const { lookups, warnings } = lookupsOf({ 'a.txt': 'one\n3::\n' });
    expect(lookups).toEqual({ a: ['one'] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'import-skipped' });
    expect(warnings[0]?.message).toContain('a.txt, line 2');
  });

  it('makes an empty lookup of an empty file', () => {
    expect(lookupsOf({ 'empty.txt': '\n# nothing\n' }).lookups).toEqual({ empty: [] });
  });
});

describe('importWildcardFiles: .yaml and .json files', () => {
  it('names a list by its path and a map by its keys under the file folder', () => {
    const { lookups } = lookupsOf({
      'colors/cold.yaml': '- blue\n- teal\n',
      'food/pantry.yaml': 'fruit:\n  - apple\n  - pear\nveg:\n  green:\n    - kale\n',
    });
    expect(lookups).toEqual({ 'colors/cold': ['blue', 'teal'], 'food/fruit': ['apple', 'pear'], 'food/veg/green': ['kale'] });
  });

  it('reads weighted entries, N:: weights and single strings, and skips non-list values with a warning', () => {
    const { lookups, warnings } = lookupsOf({
      'flavors/pantry.json': '{"bitter": ["coffee", {"weight": 3, "content": "dark chocolate"}, "2::cocoa"], "sweet": "honey", "sour": 5}',
    });
    expect(lookups).toEqual({
      'flavors/bitter': ['coffee', { text: 'dark chocolate', weight: 3 }, { text: 'cocoa', weight: 2 }],
      'flavors/sweet': ['honey'],
    });
    expect(warnings.map((w) => w.code)).toEqual(['import-skipped']);
    expect(warnings[0]?.message).toContain('flavors/sour');
  });

  it('reads {weight, text} like {weight, content}', () => {
    const { lookups } = lookupsOf({ 'animals.yaml': 'light:\n  - {weight: 1, text: mouse}\n  - {weight: 2, content: cat}\n' });
    expect(lookups).toEqual({ light: [{ text: 'mouse', weight: 1 }, { text: 'cat', weight: 2 }] });
  });

  it('skips a file whose top level is neither a list nor a map, with a warning', () => {
    const { lookups, warnings } = lookupsOf({ 'invalid.yaml': '# the top level has to be a list or a map\nhello\n' });
    expect(lookups).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/invalid\.yaml.*not a list or a map/);
  });

  it('skips a file that does not parse, with a warning', () => {
    const { lookups, warnings } = lookupsOf({ 'broken.json': '["a",', 'ok.yml': '- b\n' });
    expect(lookups).toEqual({ ok: ['b'] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('broken.json');
  });

  it('skips non-string keys, empty strings and non-string items, each with a warning', () => {
    const { lookups, warnings } = lookupsOf({ 'years.yaml': '1990: [a]\nnames:\n  - ""\n  - 1990\n  - ok\n  - null\n' });
    expect(lookups).toEqual({ names: ['ok'] });
    expect(warnings).toHaveLength(4);
    expect(warnings.every((w) => w.code === 'import-skipped')).toBe(true);
  });

  it('joins the lines of a multi-line value with spaces and drops its comment lines', () => {
    const { lookups } = lookupsOf({ 'scene.yaml': 'scene:\n  - |\n    a quiet street\n    # keep it calm\n    at dusk # blue hour\n' });
    expect(lookups).toEqual({ scene: ['a quiet street at dusk'] });
  });

  it('skips a value that is only a comment without a warning, like a blank line', () => {
    const { lookups, warnings } = lookupsOf({ 'w.json': '["# todo", "kept"]' });
    expect(lookups).toEqual({ w: ['kept'] });
    expect(warnings).toEqual([]);
  });

  it('makes an empty lookup of an empty list', () => {
    expect(lookupsOf({ 'none.json': '[]' }).lookups).toEqual({ none: [] });
  });

  it('leaves brace notation and escapes in values for the expander', () => {
    const { lookups } = lookupsOf({ 'mix.yaml': '- "{red|blue} __other__"\n- "\\\\# not a comment"\n' });
    expect(lookups).toEqual({ mix: ['{red|blue} __other__', '\\# not a comment'] });
  });
});

describe('importWildcardFiles: names', () => {
  it('rejects two files that define the same name, naming both files', () => {
    const result = importWildcardFiles([
      { path: 'colors.txt', content: 'red\n' },
      { path: 'colors.json', content: '["blue"]' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('duplicate-wildcard-name');
    expect(result.error.message).toContain('colors.txt');
    expect(result.error.message).toContain('colors.json');
  });

  it('compares names case-insensitively, across a map key and a file', () => {
    const result = importWildcardFiles([
      { path: 'food/Fruit.txt', content: 'fig\n' },
      { path: 'food/pantry.yaml', content: 'fruit: [apple]\n' },
    ]);
    expect(result.ok).toBe(false);
  });

  it('accepts Windows separators and a leading ./ in paths', () => {
    expect(lookupsOf({ '.\\colors\\warm.txt': 'red\n' }).lookups).toEqual({ 'colors/warm': ['red'] });
  });

  it('skips files of other kinds with a warning', () => {
    const { lookups, warnings } = lookupsOf({ 'notes.md': '# hi', 'a.TXT': 'x' });
    expect(lookups).toEqual({ a: ['x'] });
    expect(warnings).toHaveLength(1);
  });

  it('keeps a lookup named __proto__ as an ordinary name', () => {
    const { lookups } = lookupsOf({ '__proto__.txt': 'x\n' });
    expect(Object.keys(lookups)).toEqual(['__proto__']);
  });
});
