import { matches } from '../keys.js';
import { useKeys } from '../input/keyboard.js';
import { useUIActions, useUIState } from '../state/ui-context.js';
import type { ScreenSpec } from '../screens/registry.js';

/** The keys that work on every screen, heard last: a screen or field may use them first. */
export function GlobalKeys({ screens, canSwitchFacility }: { screens: readonly ScreenSpec[]; canSwitchFacility: boolean }) {
  const { focus } = useUIState();
  const actions = useUIActions();
  useKeys(
    (input, key) => {
      if (matches('nextPane', input, key) || matches('previousPane', input, key)) {
        if (focus === 'prompt') actions.focusMain();
        else actions.focusPrompt();
        return true;
      }
      if (focus === 'prompt') return false;
      if (matches('quit', input, key)) actions.quit();
      else if (matches('help', input, key)) actions.setHelp(true);
      else if (matches('prompt', input, key)) actions.focusPrompt();
      else if (matches('back', input, key)) actions.back();
      else if (canSwitchFacility && matches('switchFacility', input, key)) actions.chooseFacility(true);
      else {
        const target = screens.find((s) => matches(s.nav, input, key));
        if (!target) return false;
        actions.go(target.id);
      }
      return true;
    },
    { layer: 'global' },
  );
  return null;
}
