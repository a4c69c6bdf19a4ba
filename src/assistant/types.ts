/** What the assistant understood of a sentence: the values it found in it. */
export interface Entities {
  reference?: string;
  /** 11 digits, as typed without separators (the api checks them). */
  insz?: string;
  email?: string;
  phone?: string;
  url?: string;
  iban?: string;
  /** Calendar days (`yyyy-mm-dd`); for messages the since/until, for contracts start/end. */
  from?: string;
  to?: string;
  quarter?: string;
  period?: string;
  theme?: string;
  themes?: string[];
  team?: string;
  qualification?: string;
  kind?: 'gerechtigde' | 'vervanger' | 'cra';
  choice?: 'premie' | 'vrijstelling';
  gelijkgesteld?: boolean;
  box?: 'received' | 'sent' | 'all';
  direction?: 'in' | 'out';
  state?: string;
  status?: string;
  unread?: boolean;
  confirmed?: boolean;
  assignee?: string;
  /** The user or team to assign to. */
  to_user?: string;
  hours?: number;
  fraction?: number;
  /** A numeric id: a contact, contract, bank account or helpdesk question. */
  id?: number;
  /** What the word before the id named: "contact 12", "contract 7", "vraag 3". */
  idOf?: 'contacts' | 'contracts' | 'helpdesk' | 'bank';
  replaces?: number;
  page?: number;
  firstName?: string;
  lastName?: string;
  /** Free text: a quoted or trailing text (title, body, question), or search words. */
  title?: string;
  body?: string;
  search?: string;
  token?: string;
}

export type EntityName = keyof Entities;
