import { useState } from 'react';
import { Box, Text } from 'ink';
import { matches } from '../keys.js';
import { useKeys } from '../input/keyboard.js';
import { editText, textState } from '../input/text-editing.js';
import { useT } from '../i18n.js';
import { parsePrompt, SLASH_COMMANDS } from '../prompt/slash-commands.js';
import { useEnvironment } from '../state/environment.js';
import { useUIActions, useUIState } from '../state/ui-context.js';
import type { ScreenId } from '../state/ui-reducer.js';
import { TextLine } from './text-line.js';
import { useLiveState } from '../hooks/use-live-state.js';

/**
 * The assistant's prompt at the bottom. For now it runs slash commands (/berichten, /help,
 * /quit ...) and says so when given a sentence.
 */
export function Prompt({ available }: { available: readonly ScreenId[] }) {
  const { focus } = useUIState();
  const actions = useUIActions();
  const { theme, plain } = useEnvironment();
  const t = useT();
  const line = useLiveState(textState);
  const [history, setHistory] = useState<string[]>([]);
  const [recall, setRecall] = useState<number | null>(null);
  const commands = SLASH_COMMANDS.join(' ');

  const run = (line: string) => {
    const request = parsePrompt(line);
    switch (request.kind) {
      case 'empty':
        return;
      case 'go':
        if (!available.includes(request.screen)) return actions.fail(t('ui.prompt.not_here', { screen: request.command }));
        return actions.go(request.screen);
      case 'help':
        actions.info(t('ui.prompt.commands', { commands }));
        return actions.setHelp(true);
      case 'quit':
        return actions.quit();
      case 'unknown':
        return actions.info(t('ui.prompt.unknown_command', { value: request.command, commands }));
      case 'sentence':
        return actions.info(t('ui.prompt.no_sentences', { commands }));
    }
  };

  useKeys(
    (input, key) => {
      if (matches('promptRun', input, key)) {
        const typed = line.current.value;
        line.set(textState());
        setRecall(null);
        if (typed.trim()) setHistory((h) => [...h.slice(-49), typed]);
        actions.focusMain();
        run(typed);
        return true;
      }
      if (matches('promptLeave', input, key)) {
        actions.focusMain();
        return true;
      }
      if (key.upArrow || key.downArrow) {
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
