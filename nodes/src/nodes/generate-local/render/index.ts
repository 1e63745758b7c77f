export { describeLocalPrompt } from './describe-local-prompt';
export { LOCAL_RENDER_MAX_SIZE, LOCAL_RENDER_MIN_SIZE, renderLocalImage } from './render-local-image';
export type { LocalRenderRequest, RawImage } from './types';
