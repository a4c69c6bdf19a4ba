import { useMemo } from 'react';
import { Box, Text } from 'ink';
import type { Suggestion } from '../../assistant/triage/suggest.js';
import { ScrollView } from '../components/scroll-view.js';
import { useKeys } from '../input/keyboard.js';
import { matches } from '../keys.js';
import { useFitLine } from '../hooks/use-fit-line.js';
import { useT } from '../i18n.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { caseLabel, draftText, suggestionHeader, suggestionLines } from './suggestion-lines.js';

/**
 * The assistant's suggestion for a case, in a window of `height` lines: the routing stays on top,
 * the rest scrolls. Enter (or r) hands the draft to the reply composer; nothing is sent from here.
 */
export function SuggestionView({
  target,
  suggestion,
  height,
  onUseDraft,
  onBack,
}: {
  target: { kind: 'helpdesk' | 'thread'; id: string };
  /** Undefined while it is being prepared. */
  suggestion: Suggestion | undefined;
  height: number;
  onUseDraft: (draft: string) => void;
  onBack: () => void;
}) {
  const { theme, plain } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const fit = useFitLine();
  const lines = useMemo(() => (suggestion ? suggestionLines(suggestion, { width: main.width, t, theme, plain }) : []), [suggestion, main.width, t, theme, plain]);

  useKeys((input, key) => {
    if (matches('back', input, key)) onBack();
    else if (suggestion && matches('useDraft', input, key)) onUseDraft(draftText(suggestion));
    else return false;
    return true;
  });

  if (!suggestion) {
    return (
      <Box flexDirection="column" height={height}>
        <Text {...theme.text.secondary} wrap="truncate-end">
          {fit(t('ui.suggest.loading', { case: caseLabel(t, target) }))}
        </Text>
      </Box>
    );
  }
  const header = suggestionHeader(suggestion, t);
  return (
    <Box flexDirection="column" height={height}>
      <Text {...theme.text.title} wrap="truncate-end">
        {fit(header.title)}
      </Text>
      <Text {...theme.text.accent} wrap="truncate-end">
        {fit(header.routing)}
      </Text>
      <ScrollView lines={lines} height={Math.max(1, height - 2)} active />
    </Box>
  );
}
