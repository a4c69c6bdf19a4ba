import { Text } from 'ink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUIActions, useUIState } from '../../../src/ui/state/ui-context.js';
import { useEnvironment } from '../../../src/ui/state/environment.js';
import { render, type Rendered } from '../render.js';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
  vi.restoreAllMocks();
});

function Uses({ hook }: { hook: () => unknown }) {
  hook();
  return <Text>rendered</Text>;
}

describe('the contexts', () => {
  it.each([
    ['useUIState', useUIState, '<UIProvider>'],
    ['useUIActions', useUIActions, '<UIProvider>'],
    ['useEnvironment', useEnvironment, '<EnvironmentProvider>'],
  ])('%s throws outside its provider', async (_name, hook, provider) => {
    // React reports the render error on the console as well; the frame is what matters.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    rendered = await render(<Uses hook={hook} />);
    const frame = await rendered.waitFor('must be used inside');
    expect(frame).toContain(provider);
    expect(frame).not.toContain('rendered');
  });
});
