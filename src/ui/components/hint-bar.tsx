import { Box, Text } from 'ink';
import { globalKeys, keyHelp, type KeyHelp, type KeyScope } from '../keys.js';
import { fitLine } from '../format/wrap.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { canSwitchFacility } from '../state/session.js';
import { useUIState } from '../state/ui-context.js';

const TYPING: readonly KeyScope[] = ['form', 'composer', 'filter', 'login', 'prompt', 'dialog'];

/**
 * The hints of these scopes, most particular first: the screen names its own scopes before the
 * generic ones (Berichten's `b`, `n`, `t` before the list keys), and the global keys come last.
 * One key, one hint: the first scope that names it wins (the composer's Ctrl+S over the form's).
 */
export function hintsFor(scopes: readonly KeyScope[], lang: 'nl' | 'en', opts: { helpOpen: boolean; canSwitchFacility?: boolean }): KeyHelp[] {
  // While typing, q is a letter: Ctrl+C is how to leave. The help overlay closes with q itself.
  const typing = scopes.some((s) => TYPING.includes(s));
  const global = opts.helpOpen
    ? []
    : globalKeys(lang, opts.canSwitchFacility === true).filter((k) => (typing ? k.command !== 'quit' : true)).map((k) => (typing && k.command === 'forceQuit' ? { ...k, hint: true } : k));
  const seen = new Set<string>();
  return [...scopes.flatMap((s) => keyHelp([s], lang)), ...global].filter((k) => {
    if (!k.hint || seen.has(k.keys[0]!)) return false;
    seen.add(k.keys[0]!);
    return true;
  });
}

/** One line of the most useful keys right now, from keys.ts; `?` shows them all. */
export function HintBar() {
  const { scopes, focus, helpOpen, session, choosingFacility } = useUIState();
  const { lang, theme, plain } = useEnvironment();
  const { columns } = useLayout();
  const active: KeyScope[] = helpOpen ? ['help'] : focus === 'prompt' ? ['prompt'] : scopes;
  const hints = hintsFor(active, lang, { helpOpen, canSwitchFacility: canSwitchFacility(session, choosingFacility) });
  const line = hints.map((h) => `${h.keys[0]} ${h.description}`).join(' · ');
  if (plain) return <Text>{fitLine(line, columns)}</Text>;
  return (
    <Box height={1}>
      <Text wrap="truncate-end" {...theme.text.secondary}>
        {line}
      </Text>
    </Box>
  );
}
