import { Box, Text } from 'ink';
import { sanitizeLine } from '../../api/text.js';
import { roleLabel } from '../format/roles.js';
import { useT } from '../i18n.js';
import { useTheme } from '../state/environment.js';
import { useUIState } from '../state/ui-context.js';

/** One line: who is logged in, for which facility or team, with which roles. */
export function Header() {
  const { session } = useUIState();
  const theme = useTheme();
  const t = useT();
  let who: string;
  if (session === undefined) who = t('ui.header.checking');
  else if (session === null) who = t('ui.header.not_logged_in');
  else {
    const s = session.status;
    const where = session.facility
      ? `${session.facility.name} (HCO ${session.facility.hco})`
      : s.kind === 'department'
        ? t('ui.header.team', { teams: s.teams.join(', ') })
        : s.organisations.join(', ');
    const roles = s.roles.map((r) => roleLabel(r, t)).join(', ');
    who = sanitizeLine(`${s.name} (${s.user}) · ${where} · ${roles}`);
  }
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

