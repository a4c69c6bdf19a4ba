import type { AttachmentInfo } from '../attachments/index.js';

/** Handling state of a thread on the department's side (nieuw, in behandeling, beantwoord, gesloten). */
export type ThreadState = 'new' | 'in_progress' | 'answered' | 'closed';
export const THREAD_STATES: readonly ThreadState[] = ['new', 'in_progress', 'answered', 'closed'];

/** Which list: what came in, what went out (seen from the viewer), or both (the theme page). */
export type Box = 'received' | 'sent' | 'all';

/** `in` or `out`, seen from the viewer: for a facility the department's messages come in. */
export type Direction = 'in' | 'out';

/** A message as every face shows it (COMMANDS.md's message object). */
export interface Message {
  id: number;
  reference: string;
  theme: string;
  direction: Direction;
  title: string;
  body: string;
  sentAt: string;
  /** The sender's name as shown; `senderId` is the user. */
  sender: string;
  senderId: string;
  hco: string;
  attachments: AttachmentInfo[];
  /** Whether the viewer opened it; what the viewer's side sent counts as read. */
  read: boolean;
  state: ThreadState;
  assignee: string | null;
}

/** One reference number: the whole exchange, oldest first. */
export interface Thread {
  reference: string;
  theme: string;
  hco: string;
  title: string;
  state: ThreadState;
  assignee: string | null;
  messages: Message[];
}

/** A page of a list, as COMMANDS.md prints lists. */
export interface MessagePage {
  items: Message[];
  page: number;
  pages: number;
  total: number;
}

/** A row of `messages` with its thread's state, as the queries select it. */
export interface MessageRow {
  id: number;
  thread_id: number;
  hco: string;
  theme: string;
  reference: string;
  from_department: number;
  title: string;
  body: string;
  sender: string;
  sender_name: string;
  sent_at: string;
  state: ThreadState;
  assignee: string | null;
  read: number;
}

export function toMessage(row: MessageRow, inbound: number, attachments: AttachmentInfo[]): Message {
  const incoming = row.from_department === inbound;
  return {
    id: row.id,
    reference: row.reference,
    theme: row.theme,
    direction: incoming ? 'in' : 'out',
    title: row.title,
    body: row.body,
    sentAt: row.sent_at,
    sender: row.sender_name,
    senderId: row.sender,
    hco: row.hco,
    attachments,
    read: incoming ? row.read === 1 : true,
    state: row.state,
    assignee: row.assignee,
  };
}
