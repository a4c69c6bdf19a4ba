import { createServer } from 'node:http';

/**
 * The loopback redirect of a native app (RFC 8252): a one-shot listener on 127.0.0.1 at a port
 * the OS picks, where the browser comes back with the authorization code.
 */
export interface Loopback {
  redirectUri: string;
  /** Resolves with the full callback URL the browser was sent to. */
  callback: Promise<URL>;
  close(): Promise<void>;
}

const PAGE = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto"><h1>${title}</h1><p>${text}</p></body></html>`;

export async function openLoopback(): Promise<Loopback> {
  let deliver!: (url: URL) => void;
  const callback = new Promise<URL>((resolve) => (deliver = resolve));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', redirectUri);
    if (req.method !== 'GET' || url.pathname !== '/callback') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const failed = url.searchParams.has('error');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
    res.end(
      failed
        ? PAGE('Aanmelden mislukt', 'Keer terug naar de terminal voor meer uitleg.')
        : PAGE('Aangemeld', 'U bent aangemeld bij eloket. U kunt dit venster sluiten en terugkeren naar de terminal.'),
    );
    deliver(url);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const redirectUri = `http://127.0.0.1:${(server.address() as { port: number }).port}/callback`;
  return {
    redirectUri,
    callback,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
