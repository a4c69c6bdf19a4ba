import { Box, Text } from 'ink';
import type { Contact } from '../../../api/contacts/index.js';
import { sanitizeLine } from '../../../api/text.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Table, type Column } from '../../components/table.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useListNavigation } from '../../hooks/use-list-navigation.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { ContactForm } from './contact-form.js';
import { ThemeContacts } from './theme-contacts.js';
import { fullName, useContacten } from './use-contacten.js';

/** The Contactenmodule: the overview with its confirmed column, per theme, add, edit, remove. */
export function ContactenScreen() {
  const { theme, plain } = useEnvironment();
  const { main } = useLayout();
  const t = useT();
  const c = useContacten();
  const rows = c.contacts ?? [];
  const nav = useListNavigation(rows.length, Math.max(1, main.height - 3));
  const mode = c.mode.kind;
  useScopes(mode === 'overview' ? ['contacten', 'contactList', 'list', 'open'] : mode === 'byTheme' ? ['contacten', 'scroll'] : mode === 'remove' ? ['dialog'] : ['form']);

  useKeys(
    (input, key) => {
      const selected = rows[nav.state.cursor];
      if (matches('contactView', input, key)) c.setMode({ kind: mode === 'overview' ? 'byTheme' : 'overview' });
      else if (matches('contactAdd', input, key)) c.setMode({ kind: 'add' });
      else if (mode === 'byTheme') {
        // Esc goes back to the overview this view came from, not to the screen before.
        if (!matches('back', input, key)) return false;
        c.setMode({ kind: 'overview' });
      } else if (nav.handleKey(input, key)) return true;
      else if ((matches('contactEdit', input, key) || matches('listOpen', input, key)) && selected) c.setMode({ kind: 'edit', contact: selected });
      else if (matches('contactRemove', input, key) && selected) c.setMode({ kind: 'remove', contact: selected });
      else return false;
      return true;
    },
    { active: mode === 'overview' || mode === 'byTheme' },
  );

  if (c.mode.kind === 'add') return <ContactForm themes={c.themes} onSubmit={c.add} onCancel={c.back} />;
  if (c.mode.kind === 'edit') {
    const contact = c.mode.contact;
    return <ContactForm contact={contact} themes={c.themes} onSubmit={(input) => c.edit(contact, input)} onCancel={c.back} />;
  }
  if (c.mode.kind === 'byTheme') return <ThemeContacts groups={c.byTheme} />;

  const columns: Column<Contact>[] = [
    { label: t('ui.col.name'), grow: 2, value: (x) => fullName(x) },
    { label: t('ui.col.email'), grow: 3, value: (x) => x.email },
    { label: t('ui.col.phone'), width: 15, value: (x) => x.phone },
    { label: t('ui.col.themes'), grow: 2, value: (x) => x.themes.join(', ') },
    { label: t('ui.col.confirmed'), width: 10, value: (x) => (plain ? t(x.confirmed ? 'ui.yes' : 'ui.no') : x.confirmed ? 'v' : '-') },
  ];
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>
        {t('ui.contacts.overview')} ({c.contacts ? rows.length : '…'})
      </Text>
      {c.contacts && rows.length === 0 ? <Text>{t('ui.empty')}</Text> : null}
      {rows.length > 0 ? (
        <Table columns={columns} rowAt={(i) => rows[i]} start={nav.start} end={nav.end} cursor={nav.state.cursor} focused={mode === 'overview'} width={main.width} />
      ) : null}
      {c.mode.kind === 'remove' ? (
        <ConfirmDialog
          question={t('ui.contacts.remove_question', { name: fullName(c.mode.contact), email: sanitizeLine(c.mode.contact.email) })}
          onYes={() => c.mode.kind === 'remove' && c.remove(c.mode.contact)}
          onNo={c.back}
        />
      ) : null}
    </Box>
  );
}
