import type { Message } from '../../../api/messages/index.js';
import type { Task } from '../../../api/tasks/index.js';
import { holdsHelpdeskQueue } from '../../../api/helpdesk/visibility.js';
import { useApiData } from '../../hooks/use-api-data.js';
import { useEnvironment } from '../../state/environment.js';
import { useUIState } from '../../state/ui-context.js';

export interface HomeData {
  /** null: this user has no "Mijn taken" (the department without `--hco`). */
  tasks: Task[] | null | undefined;
  latest: Message[] | undefined;
  /** Why there are no messages to show (the helpdesk reads no theme's messages). */
  messagesError: unknown;
  unread: number | undefined;
  /** Open questions of the technical helpdesk (for the helpdesk; undefined for everyone else). */
  helpdeskOpen: number | undefined;
  reload(): void;
}

/** The start page's data: "Mijn taken" and the latest received messages with the unread count. */
export function useHome(latestCount: number): HomeData {
  const { api, hco } = useEnvironment();
  const { session } = useUIState();
  const facility = session?.status.kind === 'facility' || Boolean(hco);
  const tasks = useApiData(() => (facility ? api.tasks.list({ hco }) : Promise.resolve(null)), String(facility));
  const messages = useApiData(async () => {
    const [latest, unread] = await Promise.all([
      api.messages.list({ hco, box: 'received', limit: latestCount }),
      api.messages.list({ hco, box: 'received', unread: true, limit: 1 }),
    ]);
    return { latest: latest.items, unread: unread.total };
  }, String(latestCount), { quiet: true });
  // The queue is the helpdesk's (as the api's helpdesk visibility has it): a case handler or the
  // administrator sees none of its open questions, so no count of them either.
  const helpdeskQueue = session ? holdsHelpdeskQueue(session.status) : false;
  const helpdesk = useApiData(
    () => (helpdeskQueue ? api.helpdesk.list({ status: 'open', limit: 1 }).then((p) => p.total) : Promise.resolve(undefined)),
    String(helpdeskQueue),
    { quiet: true },
  );
  const reload = () => {
    tasks.reload();
    messages.reload();
    helpdesk.reload();
  };
  return { tasks: tasks.data, latest: messages.data?.latest, messagesError: messages.error, unread: messages.data?.unread, helpdeskOpen: helpdesk.data, reload };
}
