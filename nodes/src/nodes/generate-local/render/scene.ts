import type { Canvas, Look } from './canvas';
import type { Palette } from './palette';
import type { TimeOfDay } from './vocabulary';

// Positions are fractions of the width (x) or height (y); sizes are fractions
// of the shorter side, so a composition survives any aspect ratio.

/** One element of a composition, painted in list order. */
export type Layer =
  | { type: 'sky'; clouds: boolean }
  | { type: 'nebula' }
  | { type: 'stars'; density: number; bottom: number }
  | { type: 'galaxy'; x: number; y: number; r: number; tilt: number }
  | { type: 'disc'; kind: 'sun' | 'moon' | 'planet'; x: number; y: number; r: number }
  | { type: 'ridges'; kind: 'mountains' | 'hills' | 'dunes'; top: number; bottom: number; count: number }
  | { type: 'city'; base: number; top: number }
  | { type: 'castle'; base: number; x: number; size: number }
  | { type: 'water'; top: number }
  | { type: 'forest'; top: number; bottom: number; rows: number }
  | { type: 'flowers'; top: number }
  | { type: 'figure'; kind: 'person' | 'cat' | 'dog'; x: number; size: number }
  | { type: 'shape'; kind: 'circle' | 'square' | 'triangle'; x: number; y: number; size: number; angle: number; hue: number }
  | { type: 'spiral'; x: number; y: number; r: number }
  | { type: 'waves'; top: number }
  | { type: 'grid'; perspective: boolean; top: number }
  | { type: 'backdrop' }
  | { type: 'abstract'; variant: 'blobs' | 'bauhaus' | 'flow' | 'mesh' | 'plain' };

/** A planned picture: lighting, where the horizon sits, and its layers. */
export interface ScenePlan {
  time: TimeOfDay;
  /** Fraction of the height where sky meets land or water. */
  horizon: number;
  /** Where light comes from (the sun or moon), as fractions, for glows and reflections. */
  light: { x: number; y: number; r: number; kind: 'sun' | 'moon' } | undefined;
  layers: Layer[];
}

/** Everything a layer painter needs. */
export interface PaintContext {
  canvas: Canvas;
  look: Look;
  palette: Palette;
  plan: ScenePlan;
  /** 0..1 amount of detail. */
  detail: number;
  /** Per-picture seed; layers derive their own streams from it. */
  seed: number;
}
