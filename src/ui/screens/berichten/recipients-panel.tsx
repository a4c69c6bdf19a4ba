import { Box, Text } from 'ink';
import type { RecipientList } from '../../../api/messages/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { useFitLine } from '../../hooks/use-fit-line.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';

/**
 * "Ontvangers voor": who of the facility hears of answers on this thread, and why: a standard
 * contact of the theme, added for this message only, or removed for this message. Said in words.
 */
export function RecipientsPanel({ list, cursor, start, end, focused }: { list: RecipientList | undefined; cursor: number; start: number; end: number; focused: boolean }) {
  const { theme, plain } = useEnvironment();
  const t = useT();
  const fit = useFitLine();
  if (!list) return <Text {...theme.text.secondary}>{t('ui.loading')}</Text>;
  const notified = list.recipients.filter((r) => r.notified).length;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end" {...(focused ? theme.text.accent : {})}>
        {fit(t('ui.recipients.title', { reference: list.reference, notified }))}
      </Text>
      {list.recipients.slice(start, end).map((r, i) => {
        const index = start + i;
        const selected = focused && index === cursor;
        const how = r.removed ? t('ui.recipients.removed_here') : r.added ? t('ui.recipients.only_this') : t('ui.recipients.standard');
        return (
          <Text key={r.id} wrap="truncate-end" {...(selected ? theme.selection : r.notified ? {} : theme.text.secondary)}>
            {/* What matters first, the address last: at 80 columns the address gives way. */}
            {fit(
              `${selected ? (plain ? '> ' : '› ') : '  '}${sanitizeLine(`${r.firstName} ${r.lastName}`)} · ${how} · ${t('ui.recipients.notified')}: ${r.notified ? t('ui.yes') : t('ui.no')} · ` +
                `${t('ui.col.confirmed')}: ${plain ? t(r.confirmed ? 'ui.yes' : 'ui.no') : r.confirmed ? 'v' : '-'} · ${sanitizeLine(`<${r.email}>`)}`,
            )}
          </Text>
        );
      })}
    </Box>
  );
}
