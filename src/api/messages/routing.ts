import { validation } from '../errors.js';
import type { Store } from '../store/db.js';
import { marks } from './viewer.js';

const FIELD = 'to-team';

/**
 * "Hulp nodig?" (seed 004, 4.5): a content question goes as a new message to a team or to one
 * case handler. The team (or the handler's team) decides the theme when the user gave none;
 * a handler chosen by name becomes the thread's assignee. Technical questions are not themes:
 * they go to the helpdesk (`helpdesk ask`).
 */
export function routeQuestion(store: Store, toTeam: string, theme: string | undefined): { theme: string; assignee: string | null } {
  const typed = toTeam.trim();
  const team = store.raw.prepare('SELECT code FROM teams WHERE code = ? COLLATE NOCASE').get(typed) as { code: string } | undefined;
  if (team) return { theme: pickTheme(store, [team.code], typed, theme), assignee: null };
  const user = store.raw
    .prepare("SELECT id, teams FROM users WHERE id = ? COLLATE NOCASE AND kind = 'department'")
    .get(typed) as { id: string; teams: string } | undefined;
  if (user) return { theme: pickTheme(store, JSON.parse(user.teams) as string[], typed, theme), assignee: user.id };
  throw validation(FIELD, 'message.team_unknown', { value: typed, known: knownTargets(store).join(', ') });
}

function pickTheme(store: Store, teams: string[], typed: string, theme: string | undefined): string {
  const themes = teams.length
    ? (store.raw.prepare(`SELECT code FROM themes WHERE team IN (${marks(teams)}) ORDER BY code`).all(...teams) as { code: string }[]).map((t) => t.code)
    : [];
  if (themes.length === 0) throw validation(FIELD, 'message.team_helpdesk');
  if (theme) {
    if (!themes.includes(theme)) throw validation(FIELD, 'message.team_theme_mismatch', { theme, value: typed, known: themes.join(', ') });
    return theme;
  }
  if (themes.length > 1) throw validation(FIELD, 'message.team_needs_theme', { value: typed, known: themes.join(', ') });
  return themes[0]!;
}

/** Teams with themes and their case handlers: what `--to-team` accepts. */
function knownTargets(store: Store): string[] {
  const teams = (store.raw.prepare('SELECT DISTINCT team FROM themes ORDER BY team').all() as { team: string }[]).map((t) => t.team);
  const handlers = (store.raw.prepare("SELECT id, teams FROM users WHERE kind = 'department' ORDER BY id").all() as { id: string; teams: string }[])
    .filter((u) => (JSON.parse(u.teams) as string[]).some((t) => teams.includes(t)))
    .map((u) => u.id);
  return [...teams, ...handlers];
}

/** Department users of the team that handles this theme: who a thread may be assigned to. */
export function handlersOf(store: Store, theme: string): string[] {
  const team = (store.raw.prepare('SELECT team FROM themes WHERE code = ?').get(theme) as { team: string } | undefined)?.team;
  return (store.raw.prepare("SELECT id, teams FROM users WHERE kind = 'department' ORDER BY id").all() as { id: string; teams: string }[])
    .filter((u) => team !== undefined && (JSON.parse(u.teams) as string[]).includes(team))
    .map((u) => u.id);
}
