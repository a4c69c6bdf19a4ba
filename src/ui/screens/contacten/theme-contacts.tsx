import { Box, Text } from 'ink';
import type { Contact } from '../../../api/contacts/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { ScrollView, type ViewLine } from '../../components/scroll-view.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { fullName } from './use-contacten.js';

/** "Contactpersonen per thema": each theme with its confirmed contacts, scrolled line by line. */
export function ThemeContacts({ groups }: { groups: { theme: string; contacts: Contact[] }[] | undefined }) {
  const { theme } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const lines: ViewLine[] = [];
  for (const g of groups ?? []) {
    lines.push({ text: sanitizeLine(g.theme), style: { bold: true } });
    if (g.contacts.length === 0) lines.push({ text: `  ${t('ui.contacts.none_for_theme')}`, style: theme.text.secondary });
    for (const c of g.contacts) lines.push({ text: `  ${fullName(c)} <${sanitizeLine(c.email)}>${c.phone ? ` · ${sanitizeLine(c.phone)}` : ''}` });
  }
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>{t('ui.contacts.by_theme')}</Text>
      <ScrollView lines={lines} height={Math.max(1, main.height - 1)} active />
    </Box>
  );
}
