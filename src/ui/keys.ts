/**
 * Every key of the TUI in one table of named commands. Screens ask `matches('reply', input, key)`
 * instead of testing characters, and the help overlay, the hint bar and docs/TUI.md are all
 * generated from this table, so what the screen does and what it says cannot drift apart.
 */
import type { Key } from 'ink';
import type { Lang } from '../api/i18n/index.js';

/** Where a key applies. The help overlay lists `global` plus the scopes of the current screen. */
export type KeyScope =
  | 'global'
  | 'list'
  | 'open'
  | 'pages'
  | 'filterable'
  | 'filter'
  | 'berichten'
  | 'scroll'
  | 'thread'
  | 'caseHandling'
  | 'composer'
  | 'recipients'
  | 'contacten'
  | 'contactList'
  | 'form'
  | 'dialog'
  | 'helpdesk'
  | 'question'
  | 'triage'
  | 'suggestion'
  | 'ecalcura'
  | 'prestaties'
  | 'login'
  | 'facilities'
  | 'facilitySwitch'
  | 'prompt'
  | 'help';

interface KeyCommandSpec {
  scope: KeyScope;
  /** `q`, `?`, `ctrl+c`, `shift+tab`, or a named key: up down left right pageup pagedown home end return escape tab space backspace. */
  keys: readonly string[];
  nl: string;
  en: string;
  /** Shown in the one-line hint bar (the rest only in the help overlay). */
  hint?: boolean;
}

export const KEY_COMMANDS = {
  quit: { scope: 'global', keys: ['q'], nl: 'afsluiten', en: 'quit', hint: true },
  forceQuit: { scope: 'global', keys: ['ctrl+c'], nl: 'afsluiten, vanuit elk scherm', en: 'quit, from any screen' },
  help: { scope: 'global', keys: ['?'], nl: 'hulp: alle toetsen', en: 'help: all keys', hint: true },
  back: { scope: 'global', keys: ['escape'], nl: 'terug', en: 'back' },
  nextPane: { scope: 'global', keys: ['tab'], nl: 'volgend paneel (tot de prompt)', en: 'next pane (up to the prompt)' },
  previousPane: { scope: 'global', keys: ['shift+tab'], nl: 'vorig paneel', en: 'previous pane' },
  prompt: { scope: 'global', keys: [':'], nl: 'naar de assistent-prompt', en: 'to the assistant prompt' },
  // Listed only for a user of several facilities (the help overlay and hint bar leave it out otherwise).
  switchFacility: { scope: 'global', keys: ['o'], nl: 'voorziening wisselen', en: 'switch facility', hint: true },
  goHome: { scope: 'global', keys: ['1'], nl: 'Home', en: 'Home' },
  goBerichten: { scope: 'global', keys: ['2'], nl: 'Berichten', en: 'Messages' },
  goContacten: { scope: 'global', keys: ['3'], nl: 'Contacten', en: 'Contacts' },
  goTaken: { scope: 'global', keys: ['4'], nl: 'Taken', en: 'Tasks' },
  goEcalcura: { scope: 'global', keys: ['5'], nl: 'eCalcura', en: 'eCalcura' },
  goHelpdesk: { scope: 'global', keys: ['6'], nl: 'Helpdesk (departement)', en: 'Helpdesk (department)' },
  goMail: { scope: 'global', keys: ['7'], nl: 'Mail (uitgaande e-mail)', en: 'Mail (outgoing mail)' },

  listOpen: { scope: 'open', keys: ['return'], nl: 'openen', en: 'open', hint: true },
  listUp: { scope: 'list', keys: ['up', 'k'], nl: 'vorige rij', en: 'previous row' },
  listDown: { scope: 'list', keys: ['down', 'j'], nl: 'volgende rij', en: 'next row' },
  listFirst: { scope: 'list', keys: ['home', 'g'], nl: 'eerste rij', en: 'first row' },
  listLast: { scope: 'list', keys: ['end', 'G'], nl: 'laatste rij', en: 'last row' },
  listFilter: { scope: 'filterable', keys: ['/'], nl: 'filteren per kolom', en: 'filter per column', hint: true },
  listPageDown: { scope: 'pages', keys: ['pagedown', ']'], nl: 'volgende pagina', en: 'next page', hint: true },
  listPageUp: { scope: 'pages', keys: ['pageup', '['], nl: 'vorige pagina', en: 'previous page', hint: true },

  filterNext: { scope: 'filter', keys: ['tab', 'down'], nl: 'volgende kolom', en: 'next column' },
  filterPrevious: { scope: 'filter', keys: ['shift+tab', 'up'], nl: 'vorige kolom', en: 'previous column' },
  filterDone: { scope: 'filter', keys: ['return'], nl: 'filter toepassen, terug naar de lijst', en: 'apply the filter, back to the list', hint: true },
  filterClear: { scope: 'filter', keys: ['ctrl+u'], nl: 'alle filters wissen', en: 'clear every filter', hint: true },
  filterClose: { scope: 'filter', keys: ['escape'], nl: 'filterbalk sluiten', en: 'close the filter bar', hint: true },

  switchBox: { scope: 'berichten', keys: ['b'], nl: 'Ontvangen / Verzonden', en: 'Received / Sent', hint: true },
  newMessage: { scope: 'berichten', keys: ['n'], nl: 'nieuw bericht', en: 'new message', hint: true },
  themePages: { scope: 'berichten', keys: ['t'], nl: "themapagina's", en: 'theme pages', hint: true },
  nextTheme: { scope: 'berichten', keys: ['right'], nl: 'volgend thema (themapagina)', en: 'next theme (theme page)' },
  previousTheme: { scope: 'berichten', keys: ['left'], nl: 'vorig thema (themapagina)', en: 'previous theme (theme page)' },
  inOut: { scope: 'berichten', keys: ['i'], nl: 'In / Uit / alles (themapagina)', en: 'In / Out / all (theme page)' },

  threadUp: { scope: 'scroll', keys: ['up', 'k'], nl: 'omhoog scrollen', en: 'scroll up' },
  threadDown: { scope: 'scroll', keys: ['down', 'j'], nl: 'omlaag scrollen', en: 'scroll down' },
  threadPageUp: { scope: 'scroll', keys: ['pageup'], nl: 'pagina omhoog', en: 'page up' },
  threadPageDown: { scope: 'scroll', keys: ['pagedown'], nl: 'pagina omlaag', en: 'page down' },
  reply: { scope: 'thread', keys: ['r'], nl: 'antwoorden', en: 'reply', hint: true },
  assign: { scope: 'caseHandling', keys: ['a'], nl: 'toewijzen', en: 'assign', hint: true },
  closeThread: { scope: 'caseHandling', keys: ['c'], nl: 'gesprek afsluiten', en: 'close the thread', hint: true },

  send: { scope: 'composer', keys: ['ctrl+s'], nl: 'versturen', en: 'send', hint: true },
  cancel: { scope: 'composer', keys: ['escape'], nl: 'annuleren', en: 'cancel', hint: true },
  newline: { scope: 'composer', keys: ['return'], nl: 'nieuwe regel', en: 'new line' },

  recipientUp: { scope: 'recipients', keys: ['up', 'k'], nl: 'vorige ontvanger', en: 'previous recipient' },
  recipientDown: { scope: 'recipients', keys: ['down', 'j'], nl: 'volgende ontvanger', en: 'next recipient' },
  recipientAdd: { scope: 'recipients', keys: ['a'], nl: 'contact toevoegen (enkel dit bericht of standaard)', en: 'add a contact (this message only, or standard)', hint: true },
  recipientEdit: { scope: 'recipients', keys: ['e'], nl: 'contactpersoon wijzigen', en: 'edit the contact', hint: true },
  recipientRemove: { scope: 'recipients', keys: ['d'], nl: 'van dit bericht verwijderen', en: 'remove from this message', hint: true },

  contactAdd: { scope: 'contacten', keys: ['a'], nl: 'contactpersoon toevoegen', en: 'add a contact', hint: true },
  contactEdit: { scope: 'contactList', keys: ['e'], nl: 'wijzigen', en: 'edit', hint: true },
  contactRemove: { scope: 'contactList', keys: ['d'], nl: 'verwijderen', en: 'remove', hint: true },
  contactView: { scope: 'contacten', keys: ['t'], nl: 'overzicht / per thema', en: 'overview / per theme', hint: true },

  formNext: { scope: 'form', keys: ['tab', 'down'], nl: 'volgend veld', en: 'next field' },
  formPrevious: { scope: 'form', keys: ['shift+tab', 'up'], nl: 'vorig veld', en: 'previous field' },
  formToggle: { scope: 'form', keys: ['space'], nl: 'keuze aan/uit', en: 'toggle a choice' },
  formSubmit: { scope: 'form', keys: ['ctrl+s'], nl: 'bewaren', en: 'save', hint: true },
  formCancel: { scope: 'form', keys: ['escape'], nl: 'annuleren', en: 'cancel', hint: true },

  yes: { scope: 'dialog', keys: ['j', 'y'], nl: 'ja', en: 'yes', hint: true },
  no: { scope: 'dialog', keys: ['n', 'escape'], nl: 'nee', en: 'no', hint: true },

  helpdeskStatus: { scope: 'helpdesk', keys: ['s'], nl: 'status: open / toegewezen / beantwoord / gesloten / alles', en: 'status: open / assigned / answered / closed / all', hint: true },
  helpdeskAssign: { scope: 'question', keys: ['a'], nl: 'toewijzen', en: 'assign', hint: true },
  helpdeskAnswer: { scope: 'question', keys: ['r'], nl: 'beantwoorden (per e-mail)', en: 'answer (by e-mail)', hint: true },
  helpdeskClose: { scope: 'question', keys: ['c'], nl: 'vraag afsluiten', en: 'close the question', hint: true },

  suggest: { scope: 'triage', keys: ['s'], nl: 'suggestie: thema, team, ontwerpantwoord', en: 'suggestion: theme, team, draft answer', hint: true },
  useDraft: { scope: 'suggestion', keys: ['return', 'r'], nl: 'ontwerp naar het antwoord (nog niet verstuurd)', en: 'draft to the reply (not sent yet)', hint: true },

  periodPrevious: { scope: 'ecalcura', keys: ['left'], nl: 'vorige periode', en: 'previous period' },
  periodNext: { scope: 'ecalcura', keys: ['right'], nl: 'volgende periode', en: 'next period' },
  contractAdd: { scope: 'ecalcura', keys: ['a'], nl: 'contract toevoegen', en: 'add a contract', hint: true },
  prestaties: { scope: 'ecalcura', keys: ['p'], nl: 'prestaties per trimester', en: 'prestaties per quarter', hint: true },
  submitPeriod: { scope: 'ecalcura', keys: ['s'], nl: 'periode definitief indienen', en: 'submit the period', hint: true },

  quarterPrevious: { scope: 'prestaties', keys: ['left'], nl: 'vorig trimester', en: 'previous quarter' },
  quarterNext: { scope: 'prestaties', keys: ['right'], nl: 'volgend trimester', en: 'next quarter' },
  editHours: { scope: 'prestaties', keys: ['return'], nl: 'uren invullen', en: 'enter hours', hint: true },

  loginAs: { scope: 'login', keys: ['return'], nl: 'aanmelden', en: 'log in', hint: true },
  loginLeave: { scope: 'login', keys: ['escape'], nl: 'veld wissen; leeg: afsluiten', en: 'clear the field; empty: quit', hint: true },

  facilityChoose: { scope: 'facilities', keys: ['return'], nl: 'voor deze voorziening werken', en: 'work for this facility', hint: true },
  facilityKeep: { scope: 'facilitySwitch', keys: ['escape'], nl: 'terug naar de gekozen voorziening', en: 'back to the chosen facility', hint: true },

  promptRun: { scope: 'prompt', keys: ['return'], nl: 'uitvoeren', en: 'run', hint: true },
  promptLeave: { scope: 'prompt', keys: ['escape'], nl: 'prompt verlaten', en: 'leave the prompt', hint: true },
  promptComplete: { scope: 'prompt', keys: ['tab'], nl: 'aanvullen (opdracht, thema, referentie, contact)', en: 'complete (command, theme, reference, contact)', hint: true },
  promptHistory: { scope: 'prompt', keys: ['up', 'down'], nl: 'vorige / volgende zin', en: 'previous / next sentence' },
  transcriptScroll: { scope: 'prompt', keys: ['pageup', 'pagedown'], nl: 'gesprek terug- / vooruitbladeren', en: 'scroll the conversation back / forth' },

  helpClose: { scope: 'help', keys: ['escape', '?', 'q'], nl: 'hulp sluiten', en: 'close help', hint: true },
} as const satisfies Record<string, KeyCommandSpec>;

export type KeyCommand = keyof typeof KEY_COMMANDS;

const NAMED: Record<string, (key: Key, input: string) => boolean> = {
  up: (k) => k.upArrow,
  down: (k) => k.downArrow,
  left: (k) => k.leftArrow,
  right: (k) => k.rightArrow,
  pageup: (k) => k.pageUp,
  pagedown: (k) => k.pageDown,
  home: (k) => k.home,
  end: (k) => k.end,
  return: (k) => k.return,
  escape: (k) => k.escape,
  tab: (k) => k.tab && !k.shift,
  'shift+tab': (k) => k.tab && k.shift,
  space: (k, input) => input === ' ' && !k.ctrl,
  // Terminals send DEL (0x7f) for Backspace, which Ink names `delete`.
  backspace: (k) => k.backspace || k.delete,
};

function bindingMatches(binding: string, input: string, key: Key): boolean {
  const named = NAMED[binding];
  if (named) return named(key, input);
  if (binding.startsWith('ctrl+')) return key.ctrl && input === binding.slice(5);
  return input === binding && !key.ctrl && !(key.meta && !key.escape);
}

/** Whether this key press is the command. */
export function matches(command: KeyCommand, input: string, key: Key): boolean {
  return KEY_COMMANDS[command].keys.some((b) => bindingMatches(b, input, key));
}

const LABELS: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  return: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift+Tab',
  space: 'Spatie',
  backspace: 'Backspace',
};

/** How a binding is written for people: `Ctrl+S`, `Esc`, `↓`, `q`. */
export function keyLabel(binding: string, lang: Lang = 'nl'): string {
  if (binding === 'space') return lang === 'nl' ? 'Spatie' : 'Space';
  if (LABELS[binding]) return LABELS[binding]!;
  if (binding.startsWith('ctrl+')) return `Ctrl+${binding.slice(5).toUpperCase()}`;
  return binding;
}

/** One command as the help overlay and the docs show it. */
export interface KeyHelp {
  command: KeyCommand;
  scope: KeyScope;
  keys: string[];
  description: string;
  hint: boolean;
}

/** The commands of these scopes, in table order, in the user's language. */
export function keyHelp(scopes: readonly KeyScope[], lang: Lang): KeyHelp[] {
  return (Object.entries(KEY_COMMANDS) as [KeyCommand, KeyCommandSpec][])
    .filter(([, spec]) => scopes.includes(spec.scope))
    .map(([command, spec]) => ({
      command,
      scope: spec.scope,
      keys: spec.keys.map((k) => keyLabel(k, lang)),
      description: spec[lang],
      hint: spec.hint === true,
    }));
}

/** The keys of every screen; switching the facility only for a user of several. */
export function globalKeys(lang: Lang, canSwitchFacility: boolean): KeyHelp[] {
  return keyHelp(['global'], lang).filter((k) => canSwitchFacility || k.command !== 'switchFacility');
}

/** What each scope is, for the help overlay's headings and docs/TUI.md. */
export const SCOPE_TITLES: Record<KeyScope, { nl: string; en: string }> = {
  global: { nl: 'Overal', en: 'Everywhere' },
  list: { nl: 'Lijsten', en: 'Lists' },
  open: { nl: 'Lijsten die iets openen', en: 'Lists that open something' },
  pages: { nl: 'Lange lijsten (10 per pagina)', en: 'Long lists (10 a page)' },
  filterable: { nl: 'Lijsten met filters', en: 'Lists with filters' },
  filter: { nl: 'Filterbalk', en: 'Filter bar' },
  berichten: { nl: 'Berichten', en: 'Messages' },
  scroll: { nl: 'Lange tekst (gesprek, e-mail, vraag)', en: 'Long text (conversation, mail, question)' },
  thread: { nl: 'Gesprek', en: 'Conversation' },
  caseHandling: { nl: 'Gesprek behandelen (departement)', en: 'Handling the thread (department)' },
  composer: { nl: 'Antwoord of nieuw bericht schrijven', en: 'Writing a reply or a new message' },
  recipients: { nl: 'Ontvangers voor', en: 'Recipients for' },
  contacten: { nl: 'Contacten', en: 'Contacts' },
  contactList: { nl: 'Overzicht contactpersonen', en: 'Contacts overview' },
  form: { nl: 'Formulieren', en: 'Forms' },
  dialog: { nl: 'Bevestigen', en: 'Confirming' },
  helpdesk: { nl: 'Helpdesk', en: 'Helpdesk' },
  question: { nl: 'Helpdeskvraag', en: 'Helpdesk question' },
  triage: { nl: 'Suggestie van de assistent (departement)', en: "The assistant's suggestion (department)" },
  suggestion: { nl: 'Suggestie', en: 'Suggestion' },
  ecalcura: { nl: 'eCalcura', en: 'eCalcura' },
  prestaties: { nl: 'Prestaties', en: 'Prestaties' },
  login: { nl: 'Aanmelden', en: 'Log in' },
  facilities: { nl: 'Voorziening kiezen', en: 'Choosing a facility' },
  facilitySwitch: { nl: 'Voorziening wisselen', en: 'Switching the facility' },
  prompt: { nl: 'Assistent-prompt', en: 'Assistant prompt' },
  help: { nl: 'Hulp', en: 'Help' },
};

/** docs/TUI.md's keys table: every scope, every command, generated from this file. */
export function keysMarkdown(lang: Lang): string {
  const head = lang === 'nl' ? '| toetsen | wat |\n| --- | --- |' : '| keys | what |\n| --- | --- |';
  return ALL_SCOPES.map((scope) => {
    const rows = keyHelp([scope], lang).map((k) => `| ${k.keys.map((x) => `\`${x === '|' ? '\\|' : x}\``).join(' ')} | ${k.description} |`);
    return `### ${SCOPE_TITLES[scope][lang]}\n\n${head}\n${rows.join('\n')}\n`;
  }).join('\n');
}

export const ALL_SCOPES: readonly KeyScope[] = [
  'global',
  'list',
  'open',
  'pages',
  'filterable',
  'filter',
  'berichten',
  'scroll',
  'thread',
  'caseHandling',
  'composer',
  'recipients',
  'contacten',
  'contactList',
  'form',
  'dialog',
  'helpdesk',
  'question',
  'triage',
  'suggestion',
  'ecalcura',
  'prestaties',
  'login',
  'facilities',
  'facilitySwitch',
  'prompt',
  'help',
];
