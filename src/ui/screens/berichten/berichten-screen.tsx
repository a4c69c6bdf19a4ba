import { useCallback, useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { sanitizeLine } from '../../../api/text.js';
import { FilterBarView } from '../../components/filter-bar.js';
import { Table } from '../../components/table.js';
import { useKeys } from '../../input/keyboard.js';
import { matches } from '../../keys.js';
import { useApiData } from '../../hooks/use-api-data.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLayout } from '../../state/layout.js';
import { useUIActions, useUIState } from '../../state/ui-context.js';
import { messageColumns } from './message-columns.js';
import { NewMessageForm, type NewMessageInput } from './new-message-form.js';
import { ThreadView } from './thread-view.js';
import { attachmentPaths } from './use-thread.js';
import { useMessageList, type MessageView } from './use-message-list.js';

/** A recipient for this message only is named when any of its fields is filled in (the api checks the rest). */
const named = (input: NewMessageInput) => [input.first, input.last, input.email].some((v) => (v ?? '').trim() !== '');

type Mode = { kind: 'list' } | { kind: 'thread'; reference: string; hco: string | undefined } | { kind: 'new' };
const DIRECTIONS = ['all', 'in', 'out'] as const;

/** "Mijn berichten": Received / Sent and the theme pages, 10 a page, filters per column. */
export function BerichtenScreen() {
  const { api, hco, plain, theme: look } = useEnvironment();
  const { main } = useLayout();
  const { intent, session } = useUIState();
  const actions = useUIActions();
  const t = useT();
  const department = session?.status.kind === 'department';
  const [mode, setMode] = useState<Mode>(() => (intent?.reference ? { kind: 'thread', reference: intent.reference, hco: intent.hco ?? hco } : { kind: 'list' }));
  const [view, setView] = useState<MessageView>({ kind: 'box', box: 'received' });
  const { takeIntent } = actions;
  useEffect(() => {
    if (intent) takeIntent();
  }, [intent, takeIntent]);

  // The themes of the facility, with whether a contact is set there (the api's sending rule).
  const themes = useApiData(
    () => (department ? Promise.resolve(null) : api.messages.themes({ hco }).then((g) => g.map((x) => ({ code: x.theme, covered: x.contactSet })))),
    String(department),
  );

  // Tabs, two filter lines, the header and the page line around the rows: 10 fit at 80×24.
  const tableHeight = Math.max(1, Math.min(10, main.height - 5));
  const list = useMessageList(view, tableHeight);

  const backToList = useCallback(() => {
    setMode({ kind: 'list' });
    list.rows.reload();
  }, [list.rows]);

  useScopes(mode.kind === 'list' ? (list.filter.open ? ['filter'] : ['berichten', 'list', 'open', 'filterable', 'pages']) : mode.kind === 'new' ? ['composer', 'form'] : null);

  useKeys(list.filter.handleKey, { layer: 'field', active: mode.kind === 'list' && list.filter.open });
  useKeys(
    (input, key) => {
      const nav = list.nav;
      if (nav.handleKey(input, key)) return true;
      if (matches('listOpen', input, key)) {
        const m = list.selected;
        if (m) setMode({ kind: 'thread', reference: m.reference, hco: hco ?? (department ? m.hco : undefined) });
      } else if (matches('listFilter', input, key)) list.filter.show();
      else if (matches('switchBox', input, key)) setView(view.kind === 'box' && view.box === 'received' ? { kind: 'box', box: 'sent' } : { kind: 'box', box: 'received' });
      else if (matches('newMessage', input, key)) setMode({ kind: 'new' });
      else if (matches('themePages', input, key)) {
        const first = themes.data?.[0]?.code;
        if (view.kind === 'theme') setView({ kind: 'box', box: 'received' });
        else if (first) setView({ kind: 'theme', theme: first, direction: 'all' });
        else actions.info(t('ui.berichten.no_themes'));
      } else if (view.kind === 'theme' && (matches('nextTheme', input, key) || matches('previousTheme', input, key))) {
        const codes = (themes.data ?? []).map((x) => x.code);
        const at = codes.indexOf(view.theme) + (matches('nextTheme', input, key) ? 1 : -1);
        setView({ ...view, theme: codes[(at + codes.length) % codes.length]! });
      } else if (view.kind === 'theme' && matches('inOut', input, key)) {
        setView({ ...view, direction: DIRECTIONS[(DIRECTIONS.indexOf(view.direction) + 1) % DIRECTIONS.length]! });
      } else return false;
      return true;
    },
    { active: mode.kind === 'list' && !list.filter.open },
  );

  const send = useCallback(
    async (input: NewMessageInput) => {
      const message = await api.messages.send({
        hco: department ? input.hco : hco,
        theme: input.theme,
        title: input.title,
        body: input.body,
        attach: attachmentPaths(input.attach),
        ...(named(input) ? { recipients: { firstName: input.first, lastName: input.last, email: input.email } } : {}),
      });
      actions.success(t('ui.berichten.sent_ok', { reference: message.reference }));
      setMode({ kind: 'thread', reference: message.reference, hco: department ? message.hco : hco });
    },
    [api, department, hco, actions, t],
  );

  if (mode.kind === 'thread') return <ThreadView key={mode.reference} reference={mode.reference} hco={mode.hco} onBack={backToList} />;
  if (mode.kind === 'new') {
    return <NewMessageForm themes={themes.data ?? null} department={department} rows={main.height >= 22 ? 5 : 3} onSubmit={send} onCancel={() => setMode({ kind: 'list' })} />;
  }

  const tab = (label: string, active: boolean) => (
    <Text {...(active ? look.nav.active : look.nav.inactive)}>{active ? `[${label}]` : ` ${label} `}</Text>
  );
  const total = list.rows.total;
  return (
    <Box flexDirection="column">
      <Box height={1}>
        {view.kind === 'box' ? (
          <Text>
            {tab(t('ui.berichten.received'), view.box === 'received')} {tab(t('ui.berichten.sent'), view.box === 'sent')}
          </Text>
        ) : (
          <Text>
            <Text bold>{t('ui.berichten.theme_page', { theme: sanitizeLine(view.theme) })}</Text>
            {'  '}
            {tab(t('ui.berichten.all'), view.direction === 'all')} {tab('In', view.direction === 'in')} {tab(t('ui.direction.out'), view.direction === 'out')}
          </Text>
        )}
      </Box>
      <FilterBarView bar={list.filter} error={list.error} />
      <Table
        columns={messageColumns(t, plain, { direction: view.kind === 'theme', facility: department })}
        rowAt={list.rows.rowAt}
        start={list.nav.start}
        end={list.nav.end}
        cursor={list.nav.state.cursor}
        focused={!list.filter.open}
        width={main.width}
      />
      <Text {...look.text.secondary}>
        {total === null ? t('ui.loading') : total === 0 ? t('ui.empty') : t('ui.page', { page: list.nav.page, pages: list.nav.pages, total })}
      </Text>
    </Box>
  );
}
