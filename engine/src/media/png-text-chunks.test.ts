import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatA1111Parameters } from './a1111-parameters';
import { crc32 } from './crc32';
import { embedArtfactoryMetadata, readArtfactoryMetadata } from './png-metadata';
import { insertPngText, pngChunk, readPngText } from './png-text-chunks';

async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 10, b: 10 } } }).png().toBuffer();
}


describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('PNG text chunks', () => {
  it('round-trips UTF-8 text and leaves a PNG sharp still decodes', async () => {
    const png = await smallPng();
    const out = insertPngText(png, { 'artfactory.params': '{"prompt":"ünïcödé 猫 🦊"}', Comment: 'plain' });
    expect(readPngText(out)).toEqual({ ok: true, value: { 'artfactory.params': '{"prompt":"ünïcödé 猫 🦊"}', Comment: 'plain' } });
    const meta = await sharp(out).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([8, 6, 'png']);
    const pixels = await sharp(out).raw().toBuffer();
    expect(pixels.equals(await sharp(png).raw().toBuffer())).toBe(true);
  });

  it('compresses long texts and still reads them back', async () => {
    const png = await smallPng();
    const long = JSON.stringify({ nodes: Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, type: 'image.resize' })) });
    const out = insertPngText(png, { 'artfactory.workflow': long });
    expect(out.length).toBeLessThan(png.length + long.length / 4);
    expect(readPngText(out)).toEqual({ ok: true, value: { 'artfactory.workflow': long } });
  });

  it('replaces an earlier entry with the same keyword instead of adding a second', async () => {
    const once = insertPngText(await smallPng(), { k: 'old', other: 'kept' });
    const twice = insertPngText(once, { k: 'new' });
    expect(readPngText(twice)).toEqual({ ok: true, value: { k: 'new', other: 'kept' } });
    expect(twice.toString('latin1').split('iTXt').length - 1).toBe(2);
  });

  it('reads the tEXt and zTXt chunks other tools write (A1111 writes tEXt)', async () => {
    const png = await smallPng();
    const text = pngChunk('tEXt', Buffer.concat([Buffer.from('parameters\0a cat\nSteps: 20', 'latin1')]));
    const ztxt = pngChunk('zTXt', Buffer.concat([Buffer.from('Title\0\0', 'latin1'), deflateSync(Buffer.from('Café', 'latin1'))]));
    const withText = Buffer.concat([png.subarray(0, png.length - 12), text, ztxt, png.subarray(png.length - 12)]);
    expect(readPngText(withText)).toEqual({ ok: true, value: { parameters: 'a cat\nSteps: 20', Title: 'Café' } });
  });

  it('reports a non-PNG, a truncated PNG and a corrupt chunk as values with their offsets', async () => {
    const png = insertPngText(await smallPng(), { a: 'b' });
    expect(readPngText(new TextEncoder().encode('GIF89a'))).toMatchObject({ ok: false, error: { code: 'png.not_png', offset: 0 } });
    expect(readPngText(png.subarray(0, png.length - 6))).toMatchObject({ ok: false, error: { code: 'png.truncated' } });
    const corrupt = Buffer.from(png);
    const at = corrupt.indexOf('iTXt', 0, 'latin1');
    corrupt.writeUInt8(corrupt.readUInt8(at + 6) ^ 0xff, at + 6);
    expect(readPngText(corrupt)).toMatchObject({ ok: false, error: { code: 'png.bad_crc', offset: at - 4 } });
  });

  it('throws on a keyword PNG does not allow (a programming error)', async () => {
    const png = await smallPng();
    expect(() => insertPngText(png, { '': 'x' })).toThrow(/keyword/);
    expect(() => insertPngText(png, { ['k'.repeat(80)]: 'x' })).toThrow(/keyword/);
    expect(() => insertPngText(png, { 'ключ': 'x' })).toThrow(/keyword/);
  });
});

describe('Art Factory PNG metadata', () => {
  it('embeds the workflow, params and A1111 parameters, and reads them back', async () => {
    const workflow = { format: 'artfactory.workflow', version: 1, nodes: [{ id: 'a', type: 'generate.local' }] };
    const params = { prompt: 'a red fox, snow', seed: 42, steps: 20 };
    const parameters = formatA1111Parameters({ prompt: params.prompt, negativePrompt: 'blurry', steps: 20, seed: 42, width: 512, height: 512, model: 'local:v1' });
    const out = embedArtfactoryMetadata(await smallPng(), { workflow, params, parameters });
    expect(readArtfactoryMetadata(out)).toEqual({ ok: true, value: { workflow, params, parameters } });
    expect(readPngText(out)).toMatchObject({ ok: true, value: { parameters } });
  });

  it('reports invalid JSON under an Art Factory key', async () => {
    const out = insertPngText(await smallPng(), { 'artfactory.workflow': '{nope' });
    expect(readArtfactoryMetadata(out)).toMatchObject({ ok: false, error: { code: 'png.bad_json', key: 'artfactory.workflow' } });
  });
});

describe('formatA1111Parameters', () => {
  it('writes prompt, negative prompt and settings as AUTOMATIC1111 does, quoting values with separators', () => {
    expect(
      formatA1111Parameters({ prompt: 'a cat', negativePrompt: 'dog', steps: 20, sampler: 'Euler a', cfgScale: 7, seed: 1, width: 512, height: 768, model: 'a:b', extra: { Provider: 'local' } }),
    ).toBe('a cat\nNegative prompt: dog\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 512x768, Model: "a:b", Provider: local');
    expect(formatA1111Parameters({ prompt: 'only' })).toBe('only');
  });
});
