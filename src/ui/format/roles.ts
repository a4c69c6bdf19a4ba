import type { MessageKey } from '../../api/i18n/index.js';
import type { Role } from '../../api/principal.js';
import type { Translate } from '../i18n.js';

const ROLE_LABELS: Record<Role, MessageKey> = {
  'e-loket': 'ui.role.e-loket',
  'beheer-privacygevoelige-gegevens': 'ui.role.beheer-privacygevoelige-gegevens',
  'beheer-financiele-gegevens': 'ui.role.beheer-financiele-gegevens',
  'case-handler': 'ui.role.case-handler',
  helpdesk: 'ui.role.helpdesk',
  admin: 'ui.role.admin',
};

/** A role as the header shows it; an unknown role as it came. */
export const roleLabel = (role: string, t: Translate): string => (role in ROLE_LABELS ? t(ROLE_LABELS[role as Role]) : role);
