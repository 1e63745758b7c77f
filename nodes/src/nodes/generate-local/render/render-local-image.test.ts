import { describe, expect, it } from 'vitest';
import { describeLocalPrompt, renderLocalImage } from './index';
import type { LocalRenderRequest, RawImage } from './index';

const SIZE = 128;

function render(prompt: string, over: Partial<LocalRenderRequest> = {}): RawImage {
  return renderLocalImage({ prompt, seed: 7, width: SIZE, height: SIZE, detail: 0.5, ...over });
}

function meanAbsDiff(a: RawImage, b: RawImage): number {
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0));
  return sum / a.data.length;
}

function mean(img: RawImage, f: (r: number, g: number, b: number) => number): number {
  let sum = 0;
  for (let i = 0; i < img.data.length; i += 3) sum += f(img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0);
  return sum / (img.width * img.height);
}

const luma = (r: number, g: number, b: number): number => 0.299 * r + 0.587 * g + 0.114 * b;

function distinctColours(img: RawImage): number {
  const seen = new Set<number>();
  for (let i = 0; i < img.data.length; i += 3) seen.add(((img.data[i] ?? 0) << 16) | ((img.data[i + 1] ?? 0) << 8) | (img.data[i + 2] ?? 0));
  return seen.size;
}

/** Strongest row-to-row luminance change relative to the average one: high when one horizontal edge spans the picture. */
function horizontalEdgeScore(img: RawImage): number {
  const rows: number[] = [];
  for (let y = 0; y < img.height - 1; y++) {
    let s = 0;
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      const j = i + img.width * 3;
      s += Math.abs(luma(img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0) - luma(img.data[j] ?? 0, img.data[j + 1] ?? 0, img.data[j + 2] ?? 0));
    }
    rows.push(s / img.width);
  }
  const avg = rows.reduce((a, b) => a + b, 0) / rows.length;
  return Math.max(...rows) / avg;
}

/** Fraction of pixels equal to their right-hand neighbour. */
function flatRuns(img: RawImage): number {
  let same = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width - 1; x++) {
      const i = (y * img.width + x) * 3;
      if (img.data[i] === img.data[i + 3] && img.data[i + 1] === img.data[i + 4] && img.data[i + 2] === img.data[i + 5]) same++;
    }
  }
  return same / (img.height * (img.width - 1));
}

describe('renderLocalImage', () => {
  it('returns byte-identical pixels for the same request', () => {
    for (const prompt of ['a red sun over the ocean, watercolor', 'neon city at night', 'a cat portrait, oil painting', 'pixel art castle']) {
      const a = render(prompt);
      const b = render(prompt);
      expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
    }
  });

  it('gives visibly different pictures for different seeds of the same prompt', () => {
    for (const prompt of ['minimal mountains, pastel', 'forest in autumn', 'spiral galaxy', 'zebra quantum']) {
      const diff = meanAbsDiff(render(prompt, { seed: 1 }), render(prompt, { seed: 2 }));
      expect(diff, prompt).toBeGreaterThan(8);
    }
  });

  it('gives different prompts of unknown words different pictures', () => {
    expect(meanAbsDiff(render('zebra'), render('quantum'))).toBeGreaterThan(10);
  });

  it('moves the mean colour toward the colour words', () => {
    for (const seed of [1, 2, 3]) {
      const redness = (img: RawImage) => mean(img, (r, _g, b) => r - b);
      expect(redness(render('red', { seed })), `seed ${seed}`).toBeGreaterThan(redness(render('blue', { seed })) + 40);
      expect(redness(render('crimson sunset over hills', { seed }))).toBeGreaterThan(redness(render('navy ocean', { seed })));
      const greenness = (img: RawImage) => mean(img, (r, g, b) => g - (r + b) / 2);
      expect(greenness(render('emerald green', { seed }))).toBeGreaterThan(greenness(render('purple magenta', { seed })));
    }
  });

  it('paints "night stars" darker than "sunny day"', () => {
    for (const seed of [1, 2, 3]) {
      expect(mean(render('night stars', { seed }), luma) + 50).toBeLessThan(mean(render('sunny day', { seed }), luma));
    }
  });

  it('puts one strong horizontal edge across an ocean horizon', () => {
    for (const seed of [1, 2, 3]) {
      expect(horizontalEdgeScore(render('ocean horizon', { seed })), `seed ${seed}`).toBeGreaterThan(4);
      expect(horizontalEdgeScore(render('ocean horizon', { seed }))).toBeGreaterThan(horizontalEdgeScore(render('spiral', { seed })));
    }
  });

  it('paints fewer distinct colours for "minimal" than for "noise"', () => {
    for (const seed of [1, 2]) {
      expect(distinctColours(render('mountains minimal', { seed })) * 4).toBeLessThan(distinctColours(render('mountains noise', { seed })));
    }
  });

  it('renders pixel art as blocks', () => {
    expect(flatRuns(render('castle pixel', { width: 256, height: 256 }))).toBeGreaterThan(0.75);
    expect(flatRuns(render('castle', { width: 256, height: 256 }))).toBeLessThan(0.5);
  });

  it('turns a sketch into grey pencil on paper', () => {
    const saturation = (img: RawImage) => mean(img, (r, g, b) => Math.max(r, g, b) - Math.min(r, g, b));
    expect(saturation(render('purple cat sketch'))).toBeLessThan(saturation(render('purple cat')) / 2);
  });

  it('changes the picture with the detail level', () => {
    expect(meanAbsDiff(render('mountains', { detail: 0 }), render('mountains', { detail: 1 }))).toBeGreaterThan(4);
  });

  it('removes stars named in the negative prompt or after "no"', () => {
    const brightPixels = (img: RawImage) => mean(img, (r, g, b) => (luma(r, g, b) > 200 ? 1 : 0));
    const starry = brightPixels(render('space nebula', { seed: 3 }));
    expect(brightPixels(render('space nebula', { seed: 3, negativePrompt: 'stars' }))).toBeLessThan(starry / 3);
    expect(brightPixels(render('space nebula, no stars', { seed: 3 }))).toBeLessThan(starry / 3);
  });

  it('respects width and height, including extreme aspect ratios', () => {
    for (const [width, height] of [[64, 64], [64, 300], [300, 64], [131, 97]] as const) {
      const img = render('a red sun over the ocean', { width, height });
      expect(img).toMatchObject({ width, height, channels: 3 });
      expect(img.data.length).toBe(width * height * 3);
    }
  });

  it('throws a RangeError for sizes outside 64..2048 and for bad seeds or detail', () => {
    expect(() => render('x', { width: 63 })).toThrow(RangeError);
    expect(() => render('x', { height: 2049 })).toThrow(RangeError);
    expect(() => render('x', { width: 100.5 })).toThrow(RangeError);
    expect(() => render('x', { seed: Number.NaN })).toThrow(RangeError);
    expect(() => render('x', { detail: 1.5 })).toThrow(RangeError);
  });

  it('accepts negative, fractional and huge seeds deterministically', () => {
    for (const seed of [-1, 0.5, 2 ** 40 + 3]) expect(render('hills', { seed }).data).toEqual(render('hills', { seed }).data);
    expect(meanAbsDiff(render('hills', { seed: 2 ** 40 }), render('hills', { seed: 2 ** 41 }))).toBeGreaterThan(3);
  });
});

describe('describeLocalPrompt', () => {
  it('sorts understood words into palette, scene and style, folding plurals', () => {
    expect(describeLocalPrompt('Snowy mountains and pine trees at sunset, watercolor, pastel')).toEqual({
      palette: ['sunset', 'pastel'],
      scene: ['mountains', 'pine', 'trees', 'sunset'],
      style: ['watercolor'],
    });
  });

  it('leaves out unknown and negated words', () => {
    expect(describeLocalPrompt('a quantum zebra, no stars, 8-bit')).toEqual({ palette: [], scene: [], style: ['8-bit'] });
  });
});
