import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** How long a confirmation link stays valid. */
export const CONFIRMATION_DAYS = 14;

/** Where the web e-loket would confirm; the mail shows this link and the command. */
export const CONFIRMATION_URL = 'https://e-loket.departementzorg.be/contactpersonen/bevestigen';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * A new confirmation token for this contact's address. Only its hash is stored, so the
 * database alone cannot confirm anyone; older tokens of the contact stop working.
 */
export async function issueToken(db: Kysely<Database>, contactId: number, email: string, now: Date): Promise<string> {
  // Hex, not base64url: a token that began with "-" would be taken for an option by
  // `eloket contacts confirm <token>` (1 in 64 of them did).
  const token = randomBytes(24).toString('hex');
  await db.deleteFrom('contact_tokens').where('contact_id', '=', contactId).where('used_at', 'is', null).execute();
  await db
    .insertInto('contact_tokens')
    .values({
      token_hash: hashToken(token),
      contact_id: contactId,
      email,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + CONFIRMATION_DAYS * 86_400_000).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}
