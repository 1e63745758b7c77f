import { describe, expect, it } from 'vitest';
import { renderLocalImage } from './index';
import type { RawImage } from './index';
import { parsePrompt } from './parse-prompt';

// Behaviour of colour words and the neon style on the scenes a newcomer's first
// workflow fans out to: "a [red,gold,violet] sky over [mountains,the ocean], [watercolor,neon]".

function render(prompt: string, seed = 7, size = 128): RawImage {
  return renderLocalImage({ prompt, seed, width: size, height: size, detail: 0.5 });
}

/** Mean [r, g, b] over rows y0..y1 and columns x0..x1, as fractions of the picture. */
function meanColour(img: RawImage, y0: number, y1: number, x0 = 0, x1 = 1): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = Math.floor(y0 * img.height); y < Math.floor(y1 * img.height); y++) {
    for (let x = Math.floor(x0 * img.width); x < Math.floor(x1 * img.width); x++) {
      const i = (y * img.width + x) * 3;
      for (let k = 0; k < 3; k++) sum[k] = (sum[k] ?? 0) + (img.data[i + k] ?? 0);
      n++;
    }
  }
  return [(sum[0] ?? 0) / n, (sum[1] ?? 0) / n, (sum[2] ?? 0) / n];
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
}

/** Fraction of pixels in rows y0..y1 (fractions of the height) that pass a test on r, g, b. */
function share(img: RawImage, test: (r: number, g: number, b: number) => boolean, y0 = 0, y1 = 1): number {
  let hits = 0;
  let n = 0;
  for (let y = Math.floor(y0 * img.height); y < Math.floor(y1 * img.height); y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      if (test(img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0)) hits++;
      n++;
    }
  }
  return hits / n;
}

const saturation = (r: number, g: number, b: number): number => {
  const max = Math.max(r, g, b);
  return max === 0 ? 0 : (max - Math.min(r, g, b)) / max;
};
const luma = (r: number, g: number, b: number): number => 0.299 * r + 0.587 * g + 0.114 * b;
const redness = (c: readonly number[]): number => (c[0] ?? 0) - (c[2] ?? 0);

describe('colour words', () => {
  it('binds a colour to the noun it precedes, even when a theme word follows', () => {
    const p = parsePrompt('a red sky over the ocean, watercolor');
    expect(p.bound.get('sky')).toEqual({ r: 0xd8 / 255, g: 0x26 / 255, b: 0x2e / 255 });
    expect(p.bound.has('water')).toBe(false);
    expect(parsePrompt('a white dog on a bed').bound.has('dog')).toBe(true);
  });

  it('paints the sky over the ocean redder for "red" than for "violet", and both unlike "blue"', () => {
    for (const seed of [1, 2, 3, 42]) {
      const sky = (c: string) => meanColour(render(`a ${c} sky over the ocean, watercolor`, seed), 0, 1 / 3);
      const [red, violet, blue] = [sky('red'), sky('violet'), sky('blue')];
      expect(redness(red), `seed ${seed}`).toBeGreaterThan(redness(violet) + 40);
      expect(redness(violet), `seed ${seed}`).toBeGreaterThan(redness(blue) + 25);
      expect(distance(red, blue), `seed ${seed}`).toBeGreaterThan(80);
      expect(distance(violet, blue), `seed ${seed}`).toBeGreaterThan(40);
    }
  });

  it('gives each of the twelve example images its own palette', () => {
    const prompts: string[] = [];
    for (const c of ['red', 'gold', 'violet']) for (const s of ['mountains', 'the ocean']) for (const st of ['watercolor', 'neon']) prompts.push(`a ${c} sky over ${s}, ${st}`);
    const means = prompts.map((p) => meanColour(render(p, 42), 0, 1));
    const tops = prompts.map((p) => meanColour(render(p, 42), 0, 0.4));
    for (let i = 0; i < prompts.length; i++) {
      for (let j = i + 1; j < prompts.length; j++) {
        expect(distance(means[i] ?? [], means[j] ?? []) + distance(tops[i] ?? [], tops[j] ?? []), `${prompts[i]} / ${prompts[j]}`).toBeGreaterThan(12);
      }
    }
  });

  it('tints a gold sky yellow and keeps the same sea blue under a blue sky', () => {
    const gold = meanColour(render('a gold sky over the ocean', 3), 0, 1 / 3);
    expect(gold[0]).toBeGreaterThan(gold[2] + 60);
    expect(gold[1]).toBeGreaterThan(gold[2] + 30);
    const blueSea = meanColour(render('a blue sky over the ocean', 3), 0.75, 1);
    expect(blueSea[2]).toBeGreaterThan(blueSea[0]);
  });
});

describe('neon', () => {
  it('paints the ocean as glowing, saturated lines on a mostly dark picture', () => {
    for (const prompt of ['a gold sky over the ocean, neon', 'a red sky over the ocean, neon', 'neon ocean']) {
      for (const seed of [1, 2, 3]) {
        const img = render(prompt, seed);
        expect(share(img, (r, g, b) => Math.max(r, g, b) > 200 && saturation(r, g, b) > 0.6), `${prompt} ${seed}`).toBeGreaterThan(0.02);
        expect(share(img, (r, g, b) => luma(r, g, b) < 80), `${prompt} ${seed}`).toBeGreaterThan(0.55);
        // The sea itself carries glowing lines, not only the sky.
        expect(share(img, (r, g, b) => Math.max(r, g, b) > 160 && saturation(r, g, b) > 0.5, 0.75, 1), `${prompt} ${seed}`).toBeGreaterThan(0.01);
      }
    }
  });

  it('glows in the named colour', () => {
    const sea = (c: string) => meanColour(render(`a ${c} sky over the ocean, neon`, 2), 0.6, 1);
    expect(redness(sea('red'))).toBeGreaterThan(redness(sea('violet')));
    expect(sea('gold')[1]).toBeGreaterThan(sea('red')[1]);
  });

  it('leaves grey clouds out of neon skies', () => {
    for (const c of ['red', 'gold', 'violet']) {
      for (const seed of [1, 2, 3]) {
        const img = render(`a ${c} sky over mountains, neon`, seed);
        expect(share(img, (r, g, b) => Math.max(r, g, b) > 110 && saturation(r, g, b) < 0.2, 0, 0.4), `${c} ${seed}`).toBeLessThan(0.03);
      }
    }
  });
});

describe('animals indoors', () => {
  it('sets a white dog against a darker wall and a black dog against a paler one', () => {
    for (const seed of [1, 2]) {
      for (const prompt of ['a white dog on a chair', 'a black dog on a bed']) {
        const img = render(prompt, seed);
        const wall = luma(...meanColour(img, 0, 0.08));
        const body = luma(...meanColour(img, 0.85, 0.95, 0.4, 0.6));
        expect(Math.abs(wall - body), `${prompt} ${seed}`).toBeGreaterThan(60);
      }
      expect(luma(...meanColour(render('a white dog on a chair', seed), 0.5, 0.8, 0.4, 0.6))).toBeGreaterThan(luma(...meanColour(render('a black dog on a chair', seed), 0.5, 0.8, 0.4, 0.6)) + 80);
    }
  });
});
