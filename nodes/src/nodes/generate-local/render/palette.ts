import { adjust, hex, hsl, luma, mixRgb, toHsl } from './color';
import type { Rgb } from './color';
import type { Rng } from './hash';
import { clamp01 } from './math';
import type { ParsedPrompt } from './parse-prompt';
import { skyTint } from './sky-tint';
import { THEMES } from './vocabulary';
import type { Modifier, SceneKey, TimeOfDay } from './vocabulary';

/** The colours of a picture, by role. */
export interface Palette {
  skyTop: Rgb;
  skyHorizon: Rgb;
  /** The focal element: sun, figure, central shape. */
  hero: Rgb;
  /** The sun or moon: the named colour if any, else the colour of the hour. */
  sun: Rgb;
  /** An animal's coat: the named colour if any, else a natural one. */
  fur: Rgb;
  land: Rgb;
  water: Rgb;
  foliage: Rgb[];
  /** Lit windows, eyes, highlights. */
  accent: Rgb;
  /** Silhouettes and ink. */
  dark: Rgb;
  /** Paper and highlights. */
  light: Rgb;
  /** The wall behind a portrait or an animal, chosen to stand apart from it. */
  backdrop: Rgb;
  /** What a portrait or an animal sits on. */
  seat: Rgb;
  /** Every base colour, for abstract compositions. */
  colours: Rgb[];
}

const SCENE_COLOURS: ReadonlyArray<[SceneKey, string[]]> = [
  ['water', ['#1a6a9a', '#2a9ac0', '#8fd0e0']],
  ['forest', ['#2a6a3a', '#4a9a4a', '#8ab85a']],
  ['dunes', ['#e0a86a', '#c8743a', '#f2d8a8']],
  ['galaxy', ['#6a4ac8', '#e05ab0', '#4ab0e8']],
  ['nebula', ['#8a3ac0', '#2a6ae0', '#e05a8a']],
  ['flowers', ['#e8507a', '#f5c83a', '#b05ad8']],
  ['mountains', ['#4a6a9a', '#8aa0c0', '#d8c8a8']],
];

const CAT_COATS = ['#d9822b', '#6b6b70', '#2a2a2e', '#efe6da', '#8a5a3a', '#c9a27a'];
const DOG_COATS = ['#d4a35a', '#7a4a2a', '#2a2624', '#efe8dc', '#b07040'];

// Elements whose own colour role takes a bound colour word; a colour bound to one of them leaves the sky alone.
const OWN_ROLE: ReadonlySet<string> = new Set(['mountains', 'hills', 'dunes', 'city', 'castle', 'water', 'forest', 'dog', 'cat', 'sun', 'moon']);

function ownedByElement(p: ParsedPrompt, c: Rgb): boolean {
  for (const [target, bound] of p.bound) if (bound === c && OWN_ROLE.has(target)) return true;
  return false;
}

/** Recolours a default role with a target hue, keeping the default's lightness. */
function recolour(base: Rgb, target: Rgb, strength = 1): Rgb {
  const b = toHsl(base);
  const t = toHsl(target);
  if (t.s < 0.08) return hsl(b.h, b.s * (1 - strength), b.l * (1 - strength * 0.3) + t.l * strength * 0.3);
  return hsl(t.h, b.s + (t.s - b.s) * strength, b.l);
}

function modify(c: Rgb, mods: ReadonlySet<Modifier>): Rgb {
  const { h } = toHsl(c);
  let { s, l } = toHsl(c);
  if (mods.has('pastel')) {
    l = 0.66 + l * 0.26;
    s *= 0.6;
  }
  if (mods.has('dark')) l *= 0.55;
  if (mods.has('bright')) l += (1 - l) * 0.25;
  if (mods.has('vivid')) s = clamp01(s * 1.4 + 0.1);
  if (mods.has('muted')) s *= 0.45;
  if (mods.has('mono')) s = 0;
  return hsl(h, s, l);
}

function shiftHue(c: Rgb, dh: number): Rgb {
  const x = toHsl(c);
  return hsl(x.h + dh, x.s, x.l);
}

function baseColours(p: ParsedPrompt, rng: Rng): { colours: Rgb[]; explicit: boolean } {
  if (p.colours.length > 0) return { colours: [...p.colours, ...p.themes.flatMap((t) => t.colours.map(hex))], explicit: true };
  const themed = p.themes.flatMap((t) => t.colours.map(hex));
  if (themed.length > 0) return { colours: themed, explicit: false };
  for (const [scene, colours] of SCENE_COLOURS) if (p.scenes.has(scene)) return { colours: colours.map(hex), explicit: false };
  // Nothing named a colour: the unknown words pick a harmonious scheme.
  const h0 = (p.unknownHash % 360) + rng.range(-20, 20);
  const scheme = [[0, 30, -30, 180], [0, 120, 240, 60], [0, 150, 210, 20], [0, 15, 40, -20]][(p.unknownHash >>> 9) % 4] ?? [0];
  const s = 0.5 + ((p.unknownHash >>> 12) % 30) / 100;
  return { colours: scheme.map((dh, i) => hsl(h0 + dh, s, 0.38 + ((i * 0.17 + rng.next() * 0.1) % 0.32))), explicit: false };
}

function skyFor(time: TimeOfDay): [Rgb, Rgb] {
  if (time === 'night') return [hsl(228, 0.55, 0.06), hsl(222, 0.45, 0.2)];
  if (time === 'sunset') return [hsl(258, 0.42, 0.3), hsl(28, 0.9, 0.64)];
  return [hsl(208, 0.62, 0.5), hsl(198, 0.55, 0.86)];
}

/** Builds the palette of a picture from its parsed prompt, lighting and seed. */
export function buildPalette(p: ParsedPrompt, time: TimeOfDay, neon: boolean, rng: Rng): Palette {
  const { colours, explicit } = baseColours(p, rng);
  const n = colours.length;
  const at = (i: number): Rgb => colours[i % n] ?? hsl(0, 0, 0.5);
  const themeSky = p.themes.find((t) => t.sky !== undefined)?.sky;
  let [skyTop, skyHorizon] = themeSky !== undefined && !explicit ? [hex(themeSky[0]), hex(themeSky[1])] : skyFor(time);
  if (themeSky !== undefined && time === 'night') [skyTop, skyHorizon] = skyFor('night');
  const heroIndex = explicit ? 0 : rng.int(n);
  let hero = at(heroIndex);
  // Only the colour words themselves repaint the sky: a theme such as "ocean" must not turn "a red sky" blue.
  const own = p.colours;
  const ownAt = (i: number): Rgb => own[i % own.length] ?? at(i);
  const skyColour = p.bound.get('sky');
  const tint = skyColour === undefined ? undefined : skyTint(skyColour);
  // In space or under the stars a coloured sky stays dark: the colour tints the night, the nebula carries it.
  if (tint !== undefined) [skyTop, skyHorizon] = time === 'night' && tint.time !== 'night' ? [adjust(tint.top, { l: 0.05 }), adjust(tint.horizon, { l: 0.16, sMul: 0.6 })] : [tint.top, tint.horizon];
  else if (explicit && own.some((c) => !ownedByElement(p, c))) {
    const lone = own.length === 1;
    skyTop = recolour(skyTop, lone ? shiftHue(ownAt(0), rng.range(-25, -8)) : ownAt(1), lone ? 0.6 : 0.85);
    // At sunset the glow along the horizon takes the named colour.
    const glow = time === 'sunset' ? ownAt(0) : lone ? shiftHue(ownAt(0), rng.range(10, 30)) : ownAt(2);
    skyHorizon = recolour(skyHorizon, glow, lone || time === 'sunset' ? 0.6 : 0.8);
  } else if (explicit && time === 'sunset') skyHorizon = recolour(skyHorizon, ownAt(0), 0.6);
  const night = time === 'night';
  const dusk = tint !== undefined && tint.time !== 'day';
  const themeLand = p.themes.find((t) => t.land !== undefined)?.land;
  const grassy = p.scenes.has('hills') || p.scenes.has('forest') || p.scenes.has('flowers');
  const defaultLand = grassy ? hsl(95 + rng.range(-15, 15), 0.38, night ? 0.1 : 0.34) : mixRgb(hsl(toHsl(skyTop).h + 15, 0.3, night ? 0.1 : 0.3), at(heroIndex + 1), 0.25);
  let land = themeLand !== undefined ? hex(themeLand) : defaultLand;
  // Under a sunset or twilight sky the land turns to silhouettes tinted by it.
  if (dusk) land = mixRgb(adjust(land, { lMul: 0.55, sMul: 0.6 }), hsl(toHsl(skyTop).h, 0.35, night ? 0.06 : 0.2), 0.55);
  else if (explicit && tint === undefined) land = recolour(land, at(3), 0.5);
  const landColour = p.bound.get('mountains') ?? p.bound.get('hills') ?? p.bound.get('dunes') ?? p.bound.get('city') ?? p.bound.get('castle');
  if (landColour !== undefined) land = recolour(land, landColour, 0.85);
  const themeWater = p.themes.find((t) => t.water !== undefined)?.water;
  let water = themeWater !== undefined ? hex(themeWater) : mixRgb(hsl(205, 0.55, night ? 0.1 : 0.32), skyTop, 0.3);
  const blueish = p.colours.find((c) => { const h = toHsl(c).h; return h > 165 && h < 250; });
  // A sea takes the colour of the sky it mirrors.
  if (tint !== undefined) water = mixRgb(hsl(222, 0.45, night ? 0.06 : 0.2), tint.top, 0.5);
  else if (blueish !== undefined) water = recolour(water, blueish, 0.8);
  const waterColour = p.bound.get('water');
  if (waterColour !== undefined) water = recolour(water, waterColour, 0.85);
  // Seasons beat the generic forest greens: "forest in autumn" is orange.
  const themeFoliage = (p.themes.find((t) => t.foliage !== undefined && t !== THEMES.forest) ?? p.themes.find((t) => t.foliage !== undefined))?.foliage?.map(hex);
  let foliage: Rgb[] = themeFoliage ?? ['#1f5a32', '#2e7a3c', '#4a9a4a', '#17452a'].map(hex);
  if (explicit && themeFoliage === undefined && tint === undefined) foliage = p.colours.map((c, i) => hsl(toHsl(c).h, 0.55, 0.28 + (i % 3) * 0.08));
  const foliageColour = p.bound.get('forest');
  if (foliageColour !== undefined) foliage = [0.24, 0.32, 0.4, 0.2].map((l) => recolour(hsl(0, 0.55, l), foliageColour));
  if (dusk) foliage = foliage.map((f) => mixRgb(f, land, 0.5));
  let sun = explicit ? hero : hex(time === 'night' ? '#e9edf6' : time === 'sunset' ? '#ffb04a' : '#fff1c8');
  // A sun in a coloured sky is the brightest point of its glow, not the sky's own colour.
  if (tint !== undefined) sun = tint.disc === 'moon' || night ? hex('#eef0f8') : hsl(toHsl(tint.horizon).h, 1, 0.9);
  const furColour = p.bound.get('dog') ?? p.bound.get('cat');
  const fur = furColour ?? (explicit ? hero : hex(rng.pick(p.scenes.has('dog') ? DOG_COATS : CAT_COATS)));
  let accent = n > 1 ? at(heroIndex + 2) : hsl(toHsl(hero).h + 180, 0.7, 0.6);
  if (night && !neon) accent = hex('#ffd88a');
  if (neon) {
    skyTop = hsl(toHsl(skyTop).h, 0.6, 0.035);
    // A neon haze glows in the named colour along the horizon.
    skyHorizon = tint !== undefined ? hsl(toHsl(hero).h, 0.75, 0.11) : hsl(toHsl(skyHorizon).h, 0.7, 0.1);
    hero = hsl(toHsl(hero).h, 1, 0.6);
    accent = hsl(toHsl(accent).h, 1, 0.62);
    sun = hsl(toHsl(explicit ? hero : hex('#ff7a3a')).h, 1, 0.6);
    if (explicit) foliage = own.map((c) => hsl(toHsl(c).h, 1, 0.6));
  }
  // The wall takes a second named colour if there is one, else a hue from the unknown words ("chair", "bed"),
  // and its lightness goes against the coat's, so a white dog sits on a darker wall and a black dog on a pale one.
  const other = own.find((c) => c !== furColour && c !== fur && toHsl(c).s > 0.15);
  const wallHue = other !== undefined ? toHsl(other).h : p.unknownHash % 360;
  const coat = luma(fur);
  const backdrop = hsl(wallHue, other !== undefined ? 0.5 : 0.28, coat > 0.62 ? 0.36 : coat < 0.3 ? 0.8 : 0.74);
  const seat = hsl(wallHue + 25, other !== undefined ? 0.5 : 0.3, coat > 0.62 ? 0.24 : coat < 0.3 ? 0.62 : 0.5);
  const jitter = rng.range(-10, 10) + ((p.unknownHash >>> 3) % 17) - 8;
  const finish = (c: Rgb): Rgb => modify(shiftHue(c, jitter), p.modifiers);
  return {
    skyTop: finish(skyTop),
    skyHorizon: finish(skyHorizon),
    hero: finish(hero),
    sun: finish(sun),
    fur: finish(fur),
    land: finish(land),
    water: finish(water),
    foliage: foliage.map(finish),
    accent: finish(accent),
    backdrop: finish(backdrop),
    seat: finish(seat),
    dark: finish(hsl(toHsl(skyTop).h, 0.35, 0.07)),
    light: finish(hsl(toHsl(skyHorizon).h, 0.3, 0.95)),
    // Neon lines glow in the named colours only, not in the colours a theme word brought along.
    colours: (neon ? (explicit ? own : colours).map((c) => hsl(toHsl(c).h, 1, 0.6)) : colours).map(finish),
  };
}
