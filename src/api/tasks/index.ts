import type { Context } from '../context.js';
import { departmentThemes, readScope } from '../access.js';
import type { Store } from '../store/db.js';
import { listThemes } from '../themes.js';
import { missingPrestaties } from '../ecalcura/tasks.js';

/** Something the facility still has to do ("Mijn taken" on the start page). */
export interface Task {
  kind: 'missing-contact' | 'missing-prestaties';
  theme: string | null;
  period: string | null;
  quarter: string | null;
  title: string;
}

/** A source of tasks; modules add theirs (eCalcura adds missing prestaties). */
export type TaskSource = (store: Store, hco: string, lang: 'nl' | 'en', now: Date) => Task[];

/** As long as a theme has no confirmed contact, the facility has a task for it (seed 004, 3.2.5). */
const missingContacts: TaskSource = (store, hco, lang) => {
  const covered = new Set(
    (
      store.raw
        .prepare(
          `SELECT DISTINCT t.theme FROM contact_themes t JOIN contacts c ON c.id = t.contact_id
           WHERE c.hco = ? AND c.standard = 1 AND c.confirmed_at IS NOT NULL`,
        )
        .all(hco) as { theme: string }[]
    ).map((r) => r.theme),
  );
  return listThemes(store, lang)
    .filter((t) => !covered.has(t.code))
    .map((t) => ({
      kind: 'missing-contact' as const,
      theme: t.code,
      period: null,
      quarter: null,
      title:
        lang === 'nl'
          ? `Stel een bevestigde contactpersoon in voor het thema ${t.name}`
          : `Set a confirmed contact for the theme ${t.name}`,
    }));
};

export const taskSources: TaskSource[] = [missingContacts, missingPrestaties];

export function createTasksApi(ctx: Context) {
  return {
    /** The facility's open tasks; the department sees those of its team's themes (`hco`). */
    async list(opts: { hco?: string } = {}): Promise<Task[]> {
      const principal = await ctx.principal();
      const store = ctx.store();
      const hco = readScope(store, principal, opts.hco);
      const tasks = taskSources.flatMap((source) => source(store, hco, ctx.lang, ctx.now()));
      if (principal.kind !== 'department') return tasks;
      const themes = departmentThemes(store, principal);
      return tasks.filter((t) => t.theme !== null && themes.includes(t.theme));
    },
  };
}
