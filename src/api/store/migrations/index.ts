import { core } from './0001_core.js';
import { messages } from './0003_messages.js';
import { ecalcura } from './0004_ecalcura.js';
import { messagesLists } from './0005_messages_lists.js';
import { ecalcuraUnder } from './0006_ecalcura_under.js';

/**
 * The versioned migrations, in order. The store's version (SQLite `user_version`) is the number
 * of migrations applied; a migration is never edited once released, only followed by another.
 */
export const migrations: readonly { name: string; sql: string }[] = [
  { name: '0001_core', sql: core },
  { name: '0003_messages', sql: messages },
  { name: '0004_ecalcura', sql: ecalcura },
  { name: '0005_messages_lists', sql: messagesLists },
  { name: '0006_ecalcura_under', sql: ecalcuraUnder },
];
