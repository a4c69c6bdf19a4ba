import type { Generated } from 'kysely';

/**
 * The tables of the e-loket store as Kysely sees them. Dates are ISO 8601 text; lists kept
 * inside a row (roles, teams) are JSON text. Modules add their tables here with their migration.
 */
export interface OrganisationTable {
  hco: string;
  name: string;
  type: string;
  phone: string | null;
  email: string | null;
  url: string | null;
  kbo: string | null;
  /** Where this facility's eCalcura data is kept, when not here: a CVK's WZC (seed 002). */
  ecalcura_hco: string | null;
  created_at: string;
  updated_at: string;
}

export interface TeamTable {
  code: string;
  name_nl: string;
  name_en: string;
}

export interface ThemeTable {
  code: string;
  name_nl: string;
  name_en: string;
  team: string;
}

export interface UserTable {
  id: string;
  name: string;
  email: string | null;
  kind: 'facility' | 'department';
  roles: string;
  organisations: string;
  teams: string;
}

export interface ContactTable {
  id: Generated<number>;
  hco: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  /** 1: a standard contact of its themes; 0: added for one message only (Berichtenmodule). */
  standard: number;
  confirmed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactThemeTable {
  contact_id: number;
  theme: string;
}

export interface ContactTokenTable {
  token_hash: string;
  contact_id: number;
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  hco: string | null;
  theme: string | null;
  /** JSON array of addresses. */
  recipients: string;
  subject: string;
  body: string;
  created_at: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
  transport: string | null;
}

export interface Database {
  organisations: OrganisationTable;
  teams: TeamTable;
  themes: ThemeTable;
  users: UserTable;
  contacts: ContactTable;
  contact_themes: ContactThemeTable;
  contact_tokens: ContactTokenTable;
  outbox: OutboxTable;
  threads: ThreadTable;
  messages: MessageTable;
  message_reads: MessageReadTable;
  attachments: AttachmentTable;
  thread_recipients: ThreadRecipientTable;
  helpdesk_questions: HelpdeskQuestionTable;
  helpdesk_replies: HelpdeskReplyTable;
  employees: EmployeeTable;
  contracts: ContractTable;
  prestaties: PrestatieTable;
  reference_periods: ReferencePeriodTable;
  bank_accounts: BankAccountTable;
}

/** One exchange under one reference number (Berichtenmodule), with its handling state. */
export interface ThreadTable {
  id: Generated<number>;
  reference: string;
  hco: string;
  theme: string;
  title: string;
  state: 'new' | 'in_progress' | 'answered' | 'closed';
  assignee: string | null;
  created_at: string;
  updated_at: string;
}

/** A message; facility, theme and reference repeat the thread's so lists need one index. */
export interface MessageTable {
  id: Generated<number>;
  thread_id: number;
  hco: string;
  theme: string;
  reference: string;
  /** 1: sent by the department to the facility; 0: sent by the facility. */
  from_department: number;
  title: string;
  body: string;
  sender: string;
  sender_name: string;
  sent_at: string;
}

export interface MessageReadTable {
  user_id: string;
  message_id: number;
  read_at: string;
}

/** An attachment's name and size; its content is the file named by sha256 under the home. */
export interface AttachmentTable {
  id: Generated<number>;
  message_id: number;
  name: string;
  size: number;
  sha256: string;
}

/** A contact added to one thread only (excluded 0), or a theme contact removed from it (1). */
export interface ThreadRecipientTable {
  thread_id: number;
  contact_id: number;
  excluded: number;
  created_at: string;
}

export interface HelpdeskQuestionTable {
  id: Generated<number>;
  asker: string;
  asker_name: string;
  hco: string | null;
  email: string;
  question: string;
  status: 'open' | 'assigned' | 'answered' | 'closed';
  team: string;
  assignee: string | null;
  created_at: string;
  updated_at: string;
}

export interface HelpdeskReplyTable {
  id: Generated<number>;
  question_id: number;
  author: string;
  body: string;
  sent_at: string;
  mail_id: number | null;
}

/** A person as the national register named them when last looked up (eCalcura). */
export interface EmployeeTable {
  insz: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  looked_up_at: string;
}

/** An eCalcura contract of a gerechtigde, vervanger or CRA at one facility. */
export interface ContractTable {
  id: Generated<number>;
  hco: string;
  insz: string;
  kind: 'gerechtigde' | 'vervanger' | 'cra';
  choice: 'premie' | 'vrijstelling' | null;
  qualification: string | null;
  fraction: number;
  start_date: string;
  /** null: open-ended. */
  end_date: string | null;
  replaces: number | null;
  gelijkgesteld: number;
  source: 'eloket' | 'raas' | 'seed';
  /** The RaaS contract number it was imported with. */
  raas_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Hours performed under one contract in one quarter (`2024Q1`). */
export interface PrestatieTable {
  contract_id: number;
  quarter: string;
  hours: number;
  source: 'eloket' | 'raas' | 'seed';
  updated_at: string;
}

/** A reference period (`2023-2024`) of a facility; submitted locks it. */
export interface ReferencePeriodTable {
  hco: string;
  period: string;
  state: 'open' | 'submitted';
  submitted_at: string | null;
  submitted_by: string | null;
}

/** A bank account number of a facility. */
export interface BankAccountTable {
  id: Generated<number>;
  hco: string;
  iban: string;
  created_at: string;
  created_by: string;
}
