import type { Command } from 'commander';
import type { Task } from '../api/tasks/index.js';
import { action, examples, type Io } from './run.js';
import type { Column } from './output.js';

const columns: Column<Task>[] = [
  { label: { nl: 'Soort', en: 'Kind' }, value: (t) => t.kind },
  { label: { nl: 'Thema', en: 'Theme' }, value: (t) => t.theme },
  { label: { nl: 'Periode', en: 'Period' }, value: (t) => t.period },
  { label: { nl: 'Trimester', en: 'Quarter' }, value: (t) => t.quarter },
  { label: { nl: 'Taak', en: 'Task' }, value: (t) => t.title },
];

export function registerTasks(program: Command, io: Io): void {
  program
    .command('tasks')
    .description('Mijn taken: wat de voorziening nog moet doen')
    .addHelpText('after', examples(['eloket tasks', 'eloket tasks --json']))
    .action(
      action(io, async (c) => {
        const tasks = await c.api.tasks.list({ hco: c.hco });
        if (c.mode === 'json') return c.json({ items: tasks, page: 1, pages: 1, total: tasks.length });
        if (tasks.length === 0 && c.mode === 'tty') return c.say(c.lang === 'nl' ? 'Geen openstaande taken.' : 'No open tasks.');
        c.table(tasks, columns);
      }),
    );
}
