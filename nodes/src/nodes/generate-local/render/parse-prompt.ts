import { hex } from './color';
import type { Rgb } from './color';
import { hashString } from './hash';
import { COLOURS, FILLERS, MODIFIERS, NEGATORS, SCENES, STYLES, THEMES } from './vocabulary';
import type { Modifier, SceneKey, StyleKey, Theme, TimeOfDay } from './vocabulary';

/** What a prompt (minus its negations) asks the renderer for. */
export interface ParsedPrompt {
  /** Explicit colour words, in prompt order. */
  colours: Rgb[];
  themes: Theme[];
  modifiers: Set<Modifier>;
  scenes: Set<SceneKey>;
  /** Elements negated ("no stars", or in the negative prompt): never drawn, even when implied. */
  bannedScenes: Set<SceneKey>;
  styles: Set<StyleKey>;
  time: TimeOfDay | undefined;
  /** Understood words by category, as written (lower-cased, de-duplicated). */
  words: { palette: string[]; scene: string[]; style: string[] };
  /** Hash of the words the vocabulary does not know, so they still steer the picture. */
  unknownHash: number;
  /** Colours written right before what they colour ("a red sky", "a white dog"), by element. */
  bound: Map<ColourTarget, Rgb>;
}

/** What a colour word can be attached to: an element, or the sky itself. */
export type ColourTarget = SceneKey | 'sky';

// "sky" and "clouds" name the sky itself when coloured: "a red sky" is a red sky, not red clouds.
const SKY_WORDS: ReadonlySet<string> = new Set(['sky', 'cloud', 'cloudy']);

interface Token {
  text: string;
  /** The form found in the vocabulary, if any. */
  known: string | undefined;
}

function isKnown(w: string): boolean {
  return w in COLOURS || w in THEMES || w in MODIFIERS || w in SCENES || w in STYLES;
}

/** Finds the vocabulary form of a word, folding simple plurals. */
function lookup(w: string): string | undefined {
  const forms = [w];
  if (w.endsWith('ies') && w.length > 4) forms.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 4) forms.push(w.slice(0, -2));
  if (w.endsWith('s') && w.length > 3) forms.push(w.slice(0, -1));
  if (w.includes('-')) forms.push(w.replace(/-/g, ''));
  return forms.find(isKnown);
}

function tokenize(text: string): Token[] {
  const raw = text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
  const out: Token[] = [];
  for (const t of raw) {
    const known = lookup(t);
    if (known !== undefined || !t.includes('-')) {
      out.push({ text: t, known });
      continue;
    }
    // "sunset-orange" is two words; "8-bit" stays whole because it is known.
    for (const part of t.split('-')) out.push({ text: part, known: lookup(part) });
  }
  return out;
}

/** Splits tokens into the words that take effect and the ones negated ("no stars"). */
function splitNegations(tokens: Token[]): { positive: Token[]; negative: Token[]; unknown: string[] } {
  const positive: Token[] = [];
  const negative: Token[] = [];
  const unknown: string[] = [];
  let negating = false;
  for (const tok of tokens) {
    if (NEGATORS.has(tok.text)) {
      negating = true;
      continue;
    }
    if (negating && FILLERS.has(tok.text)) continue;
    if (tok.known === undefined) unknown.push(tok.text);
    else (negating ? negative : positive).push(tok);
    negating = false;
  }
  return { positive, negative, unknown };
}

function pushUnique(list: string[], w: string): void {
  if (!list.includes(w)) list.push(w);
}

/** Parses a prompt and an optional negative prompt into renderer intent. */
export function parsePrompt(prompt: string, negativePrompt = ''): ParsedPrompt {
  const { positive, negative, unknown } = splitNegations(tokenize(prompt));
  const banned = new Set(negative.map((t) => t.known));
  for (const tok of tokenize(negativePrompt)) if (tok.known !== undefined) banned.add(tok.known);

  const bannedScenes = new Set<SceneKey>();
  const bannedStyles = new Set<StyleKey>();
  for (const w of banned) {
    if (w === undefined) continue;
    for (const s of SCENES[w] ?? []) bannedScenes.add(s);
    const style = STYLES[w];
    if (style !== undefined) bannedStyles.add(style);
  }

  const parsed: ParsedPrompt = {
    colours: [],
    themes: [],
    modifiers: new Set(),
    scenes: new Set(),
    bannedScenes,
    styles: new Set(),
    time: undefined,
    words: { palette: [], scene: [], style: [] },
    unknownHash: hashString(unknown.join(' ')),
    bound: new Map(),
  };
  // Colours waiting for the noun they describe; other adjectives may sit in between.
  let pending: Rgb[] = [];
  for (const tok of positive) {
    const w = tok.known;
    if (w === undefined || banned.has(w)) continue;
    const colour = COLOURS[w];
    const theme = THEMES[w];
    const modifier = MODIFIERS[w];
    if (colour !== undefined || theme !== undefined || modifier !== undefined) pushUnique(parsed.words.palette, tok.text);
    if (colour !== undefined) {
      // One object in both lists, so the palette can tell which colours went to an element.
      const rgb = hex(colour);
      parsed.colours.push(rgb);
      pending.push(rgb);
    }
    if (theme !== undefined) {
      parsed.themes.push(theme);
      parsed.time ??= theme.time;
    }
    if (modifier !== undefined) parsed.modifiers.add(modifier);
    const scenes = (SCENES[w] ?? []).filter((s) => !bannedScenes.has(s));
    if (scenes.length > 0) pushUnique(parsed.words.scene, tok.text);
    for (const s of scenes) parsed.scenes.add(s);
    if (colour === undefined && (scenes.length > 0 || SKY_WORDS.has(w))) {
      const first = pending[0];
      if (first !== undefined) {
        const targets: ColourTarget[] = SKY_WORDS.has(w) ? ['sky'] : scenes;
        for (const t of targets) if (!parsed.bound.has(t)) parsed.bound.set(t, first);
      }
      pending = [];
    }
    const style = STYLES[w];
    if (style !== undefined && !bannedStyles.has(style)) {
      pushUnique(parsed.words.style, tok.text);
      parsed.styles.add(style);
    }
  }
  return parsed;
}
