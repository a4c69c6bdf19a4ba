/** Data for TUI tests, made through the real api as the real users would make it. */
import { createApi } from '../../src/api/index.js';
import type { Message } from '../../src/api/messages/index.js';
import { envFor } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';

export const WZC1 = '710000101';

/**
 * Messages from a case handler to a facility, each a new thread (the handler's token is used
 * through ELOKET_TOKEN, so the home's stored login is left alone).
 */
export async function departmentSends(
  home: string,
  messages: { title: string; body?: string; theme?: string }[],
  opts: { user?: string; hco?: string } = {},
): Promise<Message[]> {
  const token = await loginAs(home, opts.user ?? 'handler-erkenningen');
  const api = createApi({ home, env: envFor(home, { ELOKET_TOKEN: token }) });
  try {
    const sent: Message[] = [];
    for (const m of messages) {
      sent.push(await api.messages.send({ hco: opts.hco ?? WZC1, theme: m.theme ?? 'erkenningen', title: m.title, body: m.body ?? `Tekst van ${m.title}` }));
    }
    return sent;
  } finally {
    await api.close();
  }
}
