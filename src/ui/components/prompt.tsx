import { useState } from 'react';
import { Box, Text } from 'ink';
import { matches } from '../keys.js';
import { useKeys } from '../input/keyboard.js';
import { editText, textState } from '../input/text-editing.js';
import { useT } from '../i18n.js';
import { parsePrompt } from '../prompt/slash-commands.js';
import { complete } from '../assistant/complete.js';
import type { AssistantModel } from '../assistant/use-assistant.js';
import { useLiveState } from '../hooks/use-live-state.js';
import { useEnvironment } from '../state/environment.js';
import { useUIActions, useUIState } from '../state/ui-context.js';
import type { ScreenId } from '../state/ui-reducer.js';
import { TextLine } from './text-line.js';

/**
 * The assistant's prompt at the bottom. `/home`, `/berichten` … move between screens, `/help`
 * and `/quit` do what they say; everything else goes to the assistant, whose answers show in
 * the transcript above while the prompt has focus.
 */
export function Prompt({ available, assistant }: { available: readonly ScreenId[]; assistant: AssistantModel }) {
  const { focus } = useUIState();
  const actions = useUIActions();
  const { theme, plain } = useEnvironment();
  const t = useT();
  const line = useLiveState(textState);
  const [history, setHistory] = useState<string[]>([]);
  const [recall, setRecall] = useState<number | null>(null);

  const run = (typed: string) => {
    const request = parsePrompt(typed);
    switch (request.kind) {
      case 'empty':
        return;
      case 'go':
        if (!available.includes(request.screen)) return actions.fail(t('ui.prompt.not_here', { screen: request.command }));
        actions.focusMain();
        return actions.go(request.screen);
      case 'help':
        actions.focusMain();
        return actions.setHelp(true);
      case 'quit':
        return actions.quit();
      default:
        return assistant.say(typed);
    }
  };

  useKeys(
    (input, key) => {
      if (matches('promptRun', input, key)) {
        const typed = line.current.value;
        line.set(textState());
        setRecall(null);
        if (typed.trim()) setHistory((h) => [...h.slice(-49), typed]);
        run(typed);
        return true;
      }
      if (matches('promptLeave', input, key)) {
        actions.focusMain();
        return true;
      }
      if (matches('promptComplete', input, key)) {
        const done = complete(line.current.value, assistant.completions);
        // Nothing to complete: Tab goes back to the main pane, as everywhere.
        if (!done) return false;
        line.set(textState(done.line));
        if (done.candidates.length > 0) actions.info(t('ui.prompt.candidates', { values: done.candidates.slice(0, 12).join('  ') }));
        return true;
      }
      if (matches('transcriptScroll', input, key)) {
        assistant.setScroll((n) => Math.max(0, n + (key.pageUp ? 5 : -5)));
        return true;
      }
      if (matches('promptHistory', input, key)) {
        if (history.length === 0) return true;
        const at = recall === null ? (key.upArrow ? history.length - 1 : null) : recall + (key.upArrow ? -1 : 1);
        const index = at === null ? null : Math.max(0, at);
        if (index === null || index >= history.length) {
          setRecall(null);
          line.set(textState());
        } else {
          setRecall(index);
          line.set(textState(history[index]));
        }
        return true;
      }
      const edited = editText(line.current, input, key);
      if (!edited) return false;
      line.set(edited);
      return true;
    },
    { layer: 'field', zone: 'prompt' },
  );

  const focused = focus === 'prompt';
  return (
    <Box height={1}>
      <Text {...(focused ? theme.text.accent : theme.text.secondary)}>{plain ? '> ' : '› '}</Text>
      <TextLine state={line.current} focused={focused} placeholder={t('ui.prompt.placeholder')} />
    </Box>
  );
}
