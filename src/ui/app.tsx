import { KeyboardProvider } from './input/keyboard.js';
import { Shell } from './shell/shell.js';
import { EnvironmentProvider, type Environment } from './state/environment.js';
import { UIProvider } from './state/ui-context.js';

/** The provider stack, assembled once: environment, UI state and actions, keyboard, shell. */
export function App({ environment, onQuit }: { environment: Environment; onQuit: () => void }) {
  return (
    <EnvironmentProvider value={environment}>
      <UIProvider onQuit={onQuit}>
        <KeyboardProvider onInterrupt={onQuit}>
          <Shell />
        </KeyboardProvider>
      </UIProvider>
    </EnvironmentProvider>
  );
}
