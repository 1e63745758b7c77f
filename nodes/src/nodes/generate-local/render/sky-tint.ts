import { hsl, toHsl } from './color';
import type { Rgb } from './color';
import type { TimeOfDay } from './vocabulary';

/** The sky a colour word asks for: its gradient, the hour it suggests and the light it may hold. */
export interface SkyTint {
  top: Rgb;
  horizon: Rgb;
  time: TimeOfDay;
  /** A light that suits the sky (a low sun in a sunset, a moon at twilight), drawn when the seed allows. */
  disc: 'sun' | 'moon' | undefined;
}

/**
 * Turns the colour of "a <colour> sky" into a sky: warm colours become a sunset
 * running from the colour at the top to a brighter, yellower glow at the
 * horizon; violets a twilight from indigo to pink; blues, greens and greys a
 * tinted day; black a night. The named hue always dominates the upper sky,
 * which is most of what the eye reads as "the sky".
 */
export function skyTint(c: Rgb): SkyTint {
  const { h, s, l } = toHsl(c);
  if (s < 0.12) {
    if (l < 0.2) return { top: hsl(235, 0.35, 0.03), horizon: hsl(232, 0.28, 0.13), time: 'night', disc: 'moon' };
    if (l > 0.75) return { top: hsl(212, 0.14, 0.74), horizon: hsl(40, 0.18, 0.93), time: 'day', disc: undefined };
    return { top: hsl(215, 0.1, 0.4), horizon: hsl(215, 0.08, 0.72), time: 'day', disc: undefined };
  }
  // Hues from magenta-red through gold, counted from -30 so red sits in one run.
  const warm = h >= 330 ? h - 360 : h;
  if (warm >= -30 && warm < 70) {
    if (l > 0.68) return { top: hsl(warm - 50, 0.45, 0.56), horizon: hsl(Math.min(warm + 20, 50), 0.9, 0.8), time: 'sunset', disc: 'sun' };
    return { top: hsl(warm - 12, 0.72, 0.3 + l * 0.22), horizon: hsl(Math.min(warm + 28, 52), 0.95, 0.62), time: 'sunset', disc: 'sun' };
  }
  if (h >= 250) return { top: hsl(h - 30, 0.6, 0.14 + l * 0.1), horizon: hsl(h + 45, 0.65, 0.45 + l * 0.2), time: 'sunset', disc: 'moon' };
  if (h >= 190) return { top: hsl(h, 0.62, 0.3 + l * 0.3), horizon: hsl(h - 12, 0.5, 0.85), time: 'day', disc: 'sun' };
  return { top: hsl(h + 10, 0.55, 0.22 + l * 0.15), horizon: hsl(h - 25, 0.6, 0.7), time: 'day', disc: undefined };
}
