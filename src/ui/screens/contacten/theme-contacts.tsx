import { useState } from 'react';
import { Box, Text } from 'ink';
import type { Contact } from '../../../api/contacts/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { useKeys } from '../../input/keyboard.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { fullName } from './use-contacten.js';

/** "Contactpersonen per thema": each theme with its confirmed contacts, scrolled line by line. */
export function ThemeContacts({ groups }: { groups: { theme: string; contacts: Contact[] }[] | undefined }) {
  const { theme } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const [top, setTop] = useState(0);
  const lines: { text: string; heading?: boolean; muted?: boolean }[] = [];
  for (const g of groups ?? []) {
    lines.push({ text: sanitizeLine(g.theme), heading: true });
    if (g.contacts.length === 0) lines.push({ text: `  ${t('ui.contacts.none_for_theme')}`, muted: true });
    for (const c of g.contacts) lines.push({ text: `  ${fullName(c)} <${sanitizeLine(c.email)}>${c.phone ? ` · ${sanitizeLine(c.phone)}` : ''}` });
  }
  const room = Math.max(1, main.height - 1);
  const maxTop = Math.max(0, lines.length - room);
  useKeys((input, key) => {
    if (key.downArrow || input === 'j') setTop((v) => Math.min(maxTop, v + 1));
    else if (key.upArrow || input === 'k') setTop((v) => Math.max(0, v - 1));
    else return false;
    return true;
  });
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>{t('ui.contacts.by_theme')}</Text>
      {lines.slice(Math.min(top, maxTop), Math.min(top, maxTop) + room).map((l, i) => (
        <Text key={i} wrap="truncate-end" {...(l.heading ? { bold: true } : l.muted ? theme.text.secondary : {})}>
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
