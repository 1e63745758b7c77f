import { toHsl } from './color';
import type { Rng } from './hash';
import type { ParsedPrompt } from './parse-prompt';
import type { Layer, ScenePlan } from './scene';
import { skyTint } from './sky-tint';
import type { SceneKey, TimeOfDay } from './vocabulary';

const LAND: readonly SceneKey[] = ['mountains', 'hills', 'dunes', 'water', 'forest', 'city', 'castle', 'flowers'];
const FOCAL: readonly SceneKey[] = ['person', 'cat', 'dog', 'circle', 'square', 'triangle', 'spiral', 'waves', 'grid'];
const SKY: readonly SceneKey[] = ['sun', 'moon', 'planet', 'clouds', 'stars', 'galaxy', 'nebula'];

function timeOf(p: ParsedPrompt): TimeOfDay {
  if (p.time !== undefined) return p.time;
  const s = p.scenes;
  if (s.has('stars') || s.has('galaxy') || s.has('nebula')) return 'night';
  const sky = p.bound.get('sky');
  if (sky !== undefined) return skyTint(sky).time;
  if (s.has('moon')) return 'night';
  const first = p.colours[0];
  if (s.has('sun') && first !== undefined) {
    // A red or orange sun reads as evening.
    const { h, s: sat } = toHsl(first);
    if (sat > 0.3 && (h < 45 || h > 330)) return 'sunset';
  }
  return 'day';
}

/** Decides the composition: lighting, horizon and the ordered layers, from the prompt and the seed. */
export function planScene(p: ParsedPrompt, neon: boolean, gradient: boolean, minimal: boolean, detail: number, rng: Rng): ScenePlan {
  const s = new Set(p.scenes);
  const time = timeOf(p);
  const has = (k: SceneKey): boolean => s.has(k);
  let land = LAND.some(has);
  const focal = FOCAL.some(has);
  const space = has('galaxy') || has('nebula') || (has('planet') && !land);
  if (!land && !focal && !space && SKY.some(has)) {
    // A sky alone looks unfinished: give it ground chosen by the seed.
    const grounds = (['hills', 'water', 'mountains', 'hills'] as const).filter((k) => !p.bannedScenes.has(k));
    s.add(grounds.length > 0 ? rng.pick(grounds) : 'hills');
    land = true;
  }
  if (has('grid') && (neon || has('sun'))) land = true;
  const water = has('water');
  const lit = has('sun') || has('moon') || (has('planet') && !land);
  const skyColour = p.bound.get('sky');
  const suggested = skyColour === undefined ? undefined : skyTint(skyColour).disc;
  // A coloured sky over land or sea usually holds the light that coloured it; neon seas always get their sun.
  const addDisc = !lit && land && !space ? (neon && water ? 'sun' : suggested !== undefined && rng.chance(0.75) ? suggested : undefined) : undefined;
  if (addDisc !== undefined && !p.bannedScenes.has(addDisc)) s.add(addDisc);
  const horizon = water ? rng.range(0.52, 0.66) : has('mountains') ? rng.range(0.6, 0.72) : land ? rng.range(0.62, 0.74) : 0.999;
  const layers: Layer[] = [];
  if (!land && !space && !SKY.some(has)) {
    // Behind a figure the background stays quiet; alone, the words' hash picks a composition.
    const variant = focal ? (minimal ? 'plain' : 'mesh') : gradient ? 'mesh' : minimal ? 'bauhaus' : rng.pick(['blobs', 'bauhaus', 'flow', 'mesh', 'flow'] as const);
    // Animals and people sit indoors, against a wall that sets them off.
    layers.push(has('person') || has('cat') || has('dog') ? { type: 'backdrop' } : { type: 'abstract', variant });
  } else {
    // Neon skies glow and hold stars; grey clouds on black only look dirty.
    layers.push({ type: 'sky', clouds: !neon && !space && (has('clouds') || (time === 'day' && land && rng.chance(0.5))) });
  }
  if (has('nebula') || (neon && space)) layers.push({ type: 'nebula' });
  if (!p.bannedScenes.has('stars') && (has('stars') || (time === 'night' && !has('clouds')) || (neon && (land || space)))) layers.push({ type: 'stars', density: has('stars') ? 1 : 0.4, bottom: horizon });
  if (has('galaxy')) layers.push({ type: 'galaxy', x: rng.range(0.38, 0.62), y: land ? rng.range(0.25, 0.4) : rng.range(0.4, 0.6), r: land ? rng.range(0.25, 0.35) : rng.range(0.36, 0.46), tilt: rng.range(-0.8, 0.8) });
  let light: ScenePlan['light'];
  for (const kind of ['sun', 'moon', 'planet'] as const) {
    if (!has(kind)) continue;
    const r = kind === 'planet' ? (land ? rng.range(0.1, 0.16) : rng.range(0.18, 0.28)) : kind === 'sun' ? rng.range(0.07, 0.13) : rng.range(0.05, 0.09);
    const x = light === undefined ? rng.range(0.25, 0.75) : 1 - light.x;
    // Suns set; a moon in a twilight sky stays up where it can be seen.
    const low = kind === 'sun' && (time === 'sunset' || (neon && (has('grid') || water)));
    const y = !land && kind === 'planet' ? rng.range(0.4, 0.6) : low ? horizon - (r * (neon && kind === 'sun' ? 0.7 : 0.4) + rng.range(0, 0.08)) : rng.range(0.1, Math.max(0.14, horizon - 0.45));
    layers.push({ type: 'disc', kind, x, y, r });
    if (kind !== 'planet') light ??= { x, y, r, kind };
  }
  if (has('mountains')) layers.push({ type: 'ridges', kind: 'mountains', top: horizon - 0.36, bottom: water ? horizon : 1, count: 2 + rng.int(2) + Math.round(detail * 2) });
  if (has('hills')) layers.push({ type: 'ridges', kind: 'hills', top: horizon - (has('mountains') ? 0.05 : 0.18), bottom: water ? horizon : 1, count: 1 + rng.int(2) + Math.round(detail * 2) });
  if (has('dunes')) layers.push({ type: 'ridges', kind: 'dunes', top: horizon - 0.1, bottom: water ? horizon : 1, count: 2 + rng.int(2) });
  if (has('city')) layers.push({ type: 'city', base: water ? horizon : 1, top: water ? horizon - 0.38 : horizon - 0.3 });
  if (has('castle')) layers.push({ type: 'castle', base: water ? horizon : rng.range(0.85, 0.95), x: rng.range(0.38, 0.62), size: rng.range(0.32, 0.42) });
  if (has('forest') && water) layers.push({ type: 'forest', top: horizon - 0.1, bottom: horizon, rows: 1 });
  if (water) layers.push({ type: 'water', top: horizon });
  if (has('forest') && !water) layers.push({ type: 'forest', top: horizon - 0.15, bottom: 1.02, rows: 2 + rng.int(2) + Math.round(detail * 2) });
  if (has('grid')) layers.push({ type: 'grid', perspective: land || neon, top: land || neon ? horizon : 0 });
  if (has('waves') && !water) layers.push({ type: 'waves', top: land ? horizon : rng.range(0.25, 0.45) });
  if (has('flowers')) layers.push({ type: 'flowers', top: Math.max(horizon, 0.7) });
  if (has('spiral') && !has('galaxy')) layers.push({ type: 'spiral', x: 0.5 + rng.range(-0.06, 0.06), y: land ? 0.35 : 0.5 + rng.range(-0.06, 0.06), r: rng.range(0.3, 0.44) });
  const shapes = (['circle', 'square', 'triangle'] as const).filter(has);
  shapes.forEach((kind, i) => {
    const x = (i + 1) / (shapes.length + 1) + rng.range(-0.08, 0.08);
    layers.push({ type: 'shape', kind, x, y: land ? rng.range(0.25, 0.4) : rng.range(0.4, 0.6), size: rng.range(0.16, 0.26) / Math.sqrt(shapes.length), angle: rng.range(-0.5, 0.5), hue: i * 40 });
  });
  for (const kind of ['person', 'cat', 'dog'] as const) {
    if (has(kind)) layers.push({ type: 'figure', kind, x: rng.range(0.4, 0.6), size: rng.range(0.72, 0.9) });
  }
  return { time, horizon, light, layers };
}
