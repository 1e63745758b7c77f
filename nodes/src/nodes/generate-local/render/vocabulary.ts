// The words the renderer understands. Plurals and "-ish"/"-y" endings are
// folded by parse-prompt, so only base forms (and irregular ones) are listed.

/** Elements a prompt can put in the picture. */
export type SceneKey =
  | 'sun' | 'moon' | 'planet' | 'mountains' | 'hills' | 'dunes' | 'water' | 'forest' | 'city' | 'castle'
  | 'stars' | 'galaxy' | 'nebula' | 'clouds' | 'circle' | 'square' | 'triangle' | 'spiral' | 'waves' | 'grid'
  | 'person' | 'cat' | 'dog' | 'flowers';

/** Ways a prompt can change how the picture is rendered. */
export type StyleKey =
  | 'watercolor' | 'neon' | 'minimal' | 'grain' | 'pixel' | 'painterly' | 'sketch' | 'gradient' | 'vintage' | 'dreamy';

/** Lighting of a scene. */
export type TimeOfDay = 'day' | 'sunset' | 'night';

/** Palette-wide adjustments. */
export type Modifier = 'pastel' | 'dark' | 'bright' | 'vivid' | 'muted' | 'mono';

/** A palette word that implies several roles at once. */
export interface Theme {
  colours: string[];
  time?: TimeOfDay;
  sky?: [top: string, horizon: string];
  land?: string;
  water?: string;
  foliage?: string[];
}

/** Single colour words. */
export const COLOURS: Readonly<Record<string, string>> = {
  red: '#d8262e', crimson: '#b3122e', scarlet: '#e8291c', ruby: '#9b111e', maroon: '#7a1f2b', burgundy: '#7b1e3a',
  orange: '#f28a1e', amber: '#f5a623', tangerine: '#f6871f', coral: '#f76f5c', peach: '#f7b38b', salmon: '#f08a74',
  gold: '#e8b828', golden: '#e8b828', yellow: '#f4d635', lemon: '#f7e55a', mustard: '#cfa51f',
  lime: '#9ad43a', green: '#3d9b47', emerald: '#169b62', olive: '#6f7a2d', mint: '#8fe0b5', jade: '#2e9f7a', sage: '#9caf88',
  teal: '#168a8a', turquoise: '#2ec4c0', cyan: '#22c8e5', aqua: '#3fe0d8',
  blue: '#2a62d8', azure: '#3d8ee8', cobalt: '#1f47b8', sapphire: '#1d3f9e', navy: '#142a5c', indigo: '#3b2a8f',
  purple: '#7b3bb0', violet: '#8a4fe0', lavender: '#b7a2e8', lilac: '#c8a2d8', plum: '#6e2a5e',
  magenta: '#e02a9c', fuchsia: '#e03aa8', pink: '#f28cb8', rose: '#e45b7a',
  brown: '#7a4a26', chocolate: '#5a3418', tan: '#c9a272', beige: '#e6d6b8', cream: '#f4ecd6', sand: '#e0c48e', rust: '#b0472a', copper: '#b8733a', bronze: '#a57a3a',
  white: '#f6f4ef', ivory: '#f7f1e1', black: '#111114', ebony: '#1a1612', charcoal: '#34353a',
  grey: '#8a8c90', gray: '#8a8c90', silver: '#c4c8cf',
};

/** Words that bring a whole palette and mood. */
export const THEMES: Readonly<Record<string, Theme>> = {
  sunset: { colours: ['#f28a1e', '#e8436e', '#6a3a9c', '#f5c043'], time: 'sunset', sky: ['#3b2a6e', '#f79a4a'] },
  sunrise: { colours: ['#f7b06a', '#f27a8a', '#8aa4e0', '#f7dc7a'], time: 'sunset', sky: ['#6f86cf', '#fbc58a'] },
  dusk: { colours: ['#5a3f8f', '#d0607a', '#23305e'], time: 'sunset', sky: ['#1e2550', '#c8607a'] },
  dawn: { colours: ['#f3a2a0', '#a7b6e6', '#f7d8a0'], time: 'sunset', sky: ['#7c8fd4', '#f8c9a4'] },
  ocean: { colours: ['#0e5a8a', '#1b8fb5', '#6fd0e0', '#0a2f55'], water: '#0f5a88', sky: ['#4a8fd0', '#c8e6f2'] },
  forest: { colours: ['#1f5a32', '#3d8a45', '#6b4a2a', '#9cc46a'], land: '#2a4a2e', foliage: ['#1f5a32', '#2e7a3c', '#4a9a4a', '#17452a'] },
  autumn: { colours: ['#d2581c', '#b8321e', '#e8a224', '#7a4424'], land: '#6b3f22', foliage: ['#d2581c', '#b8321e', '#e8a224', '#c87828', '#8a2a1a'], sky: ['#8fa8c8', '#f2d6a8'] },
  fall: { colours: ['#d2581c', '#b8321e', '#e8a224', '#7a4424'], land: '#6b3f22', foliage: ['#d2581c', '#b8321e', '#e8a224', '#c87828'] },
  winter: { colours: ['#dfeaf5', '#8fb4d8', '#4a6a90', '#ffffff'], land: '#e8eef5', foliage: ['#2a4a48', '#36585a'], sky: ['#8fa8c8', '#e6eef5'] },
  snow: { colours: ['#f4f8fc', '#a8c4e0', '#5a7898'], land: '#eef3f8', sky: ['#9ab4d0', '#eef3f8'] },
  ice: { colours: ['#bfe8f5', '#6ab8d8', '#e8f8ff', '#2a6a9a'], land: '#cfeaf5', water: '#4a9ac0' },
  spring: { colours: ['#9ad46a', '#f5a8c8', '#fff3a8', '#7ac0e8'], foliage: ['#7ac05a', '#9ad46a', '#5aa84a'], sky: ['#7ab8ec', '#e0f2fa'] },
  summer: { colours: ['#2aa8e0', '#f5d03a', '#3ab85a', '#f57a3a'], time: 'day', sky: ['#2a8ee0', '#bfe6fa'] },
  desert: { colours: ['#e0a86a', '#c8743a', '#f2d8a8', '#8a4a2a'], land: '#d89a5a', sky: ['#5aa0d8', '#f5e6c8'] },
  fire: { colours: ['#f5d02a', '#f2781e', '#d2281e', '#3a0a0a'] },
  lava: { colours: ['#ff5a1e', '#d21e1e', '#ffb02a', '#1e0a0a'] },
  tropical: { colours: ['#1ec8b0', '#f5c02a', '#f2582e', '#2a9a4a'], water: '#1ab0c0' },
  rainbow: { colours: ['#e8322e', '#f2921e', '#f5d82a', '#3ab84a', '#2a7ae0', '#7a3ac8'] },
  earth: { colours: ['#7a5a3a', '#a8844a', '#5a6a3a', '#d8c49a'] },
  earthy: { colours: ['#7a5a3a', '#a8844a', '#5a6a3a', '#d8c49a'] },
  candy: { colours: ['#f58ac0', '#8ad8f5', '#f5e68a', '#c0a8f5'] },
  cyberpunk: { colours: ['#f0289a', '#22e0f0', '#7a2af0', '#f5e02a'], time: 'night' },
  synthwave: { colours: ['#f0289a', '#f5902a', '#22d0f0', '#5a1a8a'], time: 'night' },
  vaporwave: { colours: ['#f58ad8', '#8ad8f5', '#b08af5', '#f5d08a'] },
  night: { colours: ['#10183a', '#2a3a7a', '#c8d2f0'], time: 'night' },
  midnight: { colours: ['#0a0f2a', '#1e2a5a', '#a8b4e0'], time: 'night' },
  day: { colours: ['#3a8ee0', '#f5e08a', '#5ab85a'], time: 'day' },
  sunny: { colours: ['#2a8ee0', '#f5d83a', '#7ac05a'], time: 'day', sky: ['#2a7ad8', '#cfe8fa'] },
  noon: { colours: ['#3a9ae8', '#f5e8a0'], time: 'day' },
};

/** Words that adjust the whole palette. */
export const MODIFIERS: Readonly<Record<string, Modifier>> = {
  pastel: 'pastel', soft: 'pastel', light: 'bright', bright: 'bright', pale: 'pastel',
  dark: 'dark', moody: 'dark', gloomy: 'dark', shadowy: 'dark',
  vivid: 'vivid', vibrant: 'vivid', saturated: 'vivid', colorful: 'vivid', colourful: 'vivid',
  muted: 'muted', dull: 'muted', desaturated: 'muted', dusty: 'muted',
  monochrome: 'mono', grayscale: 'mono', greyscale: 'mono', noir: 'mono',
};

/** Scene words; a word may add several elements. */
export const SCENES: Readonly<Record<string, readonly SceneKey[]>> = {
  sun: ['sun'], sunny: ['sun'], sunshine: ['sun'], sunset: ['sun'], sunrise: ['sun'], solar: ['sun'],
  moon: ['moon'], moonlight: ['moon'], moonlit: ['moon'], lunar: ['moon'], crescent: ['moon'],
  planet: ['planet'], orb: ['planet'], globe: ['planet'], saturn: ['planet'], jupiter: ['planet'], mars: ['planet'],
  mountain: ['mountains'], peak: ['mountains'], alps: ['mountains'], ridge: ['mountains'], volcano: ['mountains'], cliff: ['mountains'], range: ['mountains'], valley: ['mountains', 'hills'],
  hill: ['hills'], meadow: ['hills', 'flowers'], field: ['hills'], countryside: ['hills'], landscape: ['hills', 'mountains'],
  desert: ['dunes'], dune: ['dunes'],
  sea: ['water'], ocean: ['water'], lake: ['water'], water: ['water'], river: ['water'], beach: ['water'], coast: ['water'], shore: ['water'], bay: ['water'], harbor: ['water'], harbour: ['water'], horizon: ['water'], seascape: ['water'], pond: ['water'],
  forest: ['forest'], tree: ['forest'], wood: ['forest'], woodland: ['forest'], jungle: ['forest'], pine: ['forest'], grove: ['forest'], taiga: ['forest'],
  city: ['city'], skyline: ['city'], building: ['city'], town: ['city'], downtown: ['city'], metropolis: ['city'], skyscraper: ['city'], street: ['city'], urban: ['city'], cyberpunk: ['city'],
  castle: ['castle'], fortress: ['castle'], palace: ['castle'], kingdom: ['castle'], citadel: ['castle'], tower: ['castle'],
  star: ['stars'], starry: ['stars'], night: ['stars'], space: ['stars', 'nebula'], cosmos: ['stars', 'nebula'], cosmic: ['stars', 'nebula'], universe: ['stars', 'nebula'],
  nebula: ['stars', 'nebula'], galaxy: ['stars', 'galaxy'], galactic: ['stars', 'galaxy'], milky: ['stars', 'galaxy'],
  cloud: ['clouds'], cloudy: ['clouds'], sky: ['clouds'], fog: ['clouds'], mist: ['clouds'],
  circle: ['circle'], ring: ['circle'], dot: ['circle'], bubble: ['circle'], sphere: ['circle'],
  square: ['square'], cube: ['square'], box: ['square'], rectangle: ['square'],
  triangle: ['triangle'], pyramid: ['triangle'],
  spiral: ['spiral'], swirl: ['spiral'], vortex: ['spiral'], whirlpool: ['spiral'],
  wave: ['waves'], ripple: ['waves'], stripe: ['waves'],
  grid: ['grid'], checker: ['grid'], checkerboard: ['grid'], tile: ['grid'], synthwave: ['grid', 'sun'], lattice: ['grid'],
  portrait: ['person'], face: ['person'], person: ['person'], man: ['person'], woman: ['person'], girl: ['person'], boy: ['person'], head: ['person'], human: ['person'], people: ['person'], figure: ['person'], selfie: ['person'],
  cat: ['cat'], kitten: ['cat'], kitty: ['cat'], feline: ['cat'],
  dog: ['dog'], puppy: ['dog'], hound: ['dog'], doggo: ['dog'], canine: ['dog'],
  flower: ['flowers'], garden: ['flowers'], bloom: ['flowers'], blossom: ['flowers'], tulip: ['flowers'], rose: ['flowers'], poppy: ['flowers'],
};

/** Style words. */
export const STYLES: Readonly<Record<string, StyleKey>> = {
  watercolor: 'watercolor', watercolour: 'watercolor', aquarelle: 'watercolor', gouache: 'watercolor', wash: 'watercolor',
  neon: 'neon', glow: 'neon', glowing: 'neon', cyberpunk: 'neon', synthwave: 'neon', tron: 'neon', laser: 'neon', fluorescent: 'neon',
  minimal: 'minimal', minimalist: 'minimal', minimalism: 'minimal', flat: 'minimal', simple: 'minimal', bauhaus: 'minimal', vector: 'minimal',
  noise: 'grain', noisy: 'grain', grain: 'grain', grainy: 'grain', film: 'grain', analog: 'grain', analogue: 'grain', '35mm': 'grain',
  pixel: 'pixel', pixelated: 'pixel', pixelart: 'pixel', '8-bit': 'pixel', '8bit': 'pixel', '16-bit': 'pixel', '16bit': 'pixel', voxel: 'pixel',
  oil: 'painterly', painterly: 'painterly', painting: 'painterly', impasto: 'painterly', acrylic: 'painterly', brush: 'painterly', brushstroke: 'painterly', impressionist: 'painterly', impressionism: 'painterly',
  sketch: 'sketch', pencil: 'sketch', drawing: 'sketch', hatching: 'sketch', charcoal: 'sketch', ink: 'sketch', lineart: 'sketch', graphite: 'sketch', etching: 'sketch',
  gradient: 'gradient', ombre: 'gradient', smooth: 'gradient',
  vintage: 'vintage', sepia: 'vintage', antique: 'vintage', retro: 'vintage', faded: 'vintage', polaroid: 'vintage', old: 'vintage',
  dreamy: 'dreamy', hazy: 'dreamy', ethereal: 'dreamy', misty: 'dreamy', blurry: 'dreamy', bokeh: 'dreamy',
};

/** Words that negate the next meaningful word ("no stars", "without clouds"). */
export const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'sans', 'minus', 'never']);

/** Words skipped when looking for what a negator applies to. */
export const FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'any', 'some', 'of', 'more']);
