import { parsePrompt } from './parse-prompt';

/** The words the renderer understood, for a UI tooltip and for tests. */
export function describeLocalPrompt(prompt: string): { palette: string[]; scene: string[]; style: string[] } {
  const { words } = parsePrompt(prompt);
  return { palette: [...words.palette], scene: [...words.scene], style: [...words.style] };
}
