import { Box, Text } from 'ink';
import { sanitizeLine } from '../../api/text.js';
import { roleLabel } from '../format/roles.js';
import { useT } from '../i18n.js';
import { fitLine } from '../format/wrap.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { useUIState } from '../state/ui-context.js';

/** One line: who is logged in, for which facility or team, with which roles. */
export function Header() {
  const { session } = useUIState();
  const { theme, plain } = useEnvironment();
  const { columns } = useLayout();
  const t = useT();
  let who: string;
  if (session === undefined) who = t('ui.header.checking');
  else if (session === null) who = t('ui.header.not_logged_in');
  else {
    const s = session.status;
    // The facility acted for; a department user of no team (the administrator) has no team part.
    const where = session.facility
      ? `${session.facility.name} (HCO ${session.facility.hco})`
      : s.kind === 'department'
        ? s.teams.length > 0
          ? t('ui.header.team', { teams: s.teams.join(', ') })
          : ''
        : s.organisations.join(', ');
    const roles = s.roles.map((r) => roleLabel(r, t)).join(', ');
    who = sanitizeLine([`${s.name} (${s.user})`, where, roles].filter(Boolean).join(' · '));
  }
  if (plain) return <Text>{fitLine(`eloket · ${who}`, columns)}</Text>;
  return (
    <Box height={1}>
      <Text wrap="truncate-end">
        <Text {...theme.text.title}>eloket</Text>
        <Text {...theme.text.secondary}> · </Text>
        <Text>{who}</Text>
      </Text>
    </Box>
  );
}

