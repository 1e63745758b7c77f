import { describe, expect, it } from 'vitest';
import type { ExecuteContext } from '../../kit/context';
import { inputPromptRun } from './run';

describe('input.prompt', () => {
  it('emits its prompt, negative prompt and size as one parameter set', async () => {
    const out = await inputPromptRun.execute(
      {},
      { prompt: 'a [red,blue] kite', negativePrompt: 'blurry', width: 640, height: 384 },
      {} as ExecuteContext, // input.prompt touches nothing of the context
    );
    expect(out).toEqual({
      params: { prompt: 'a [red,blue] kite', negativePrompt: 'blurry', params: { width: 640, height: 384 } },
    });
  });
});
