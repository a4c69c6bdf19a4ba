/**
 * Plays the person at the browser for `eloket auth login --user`: follows the development
 * provider's redirects keeping its cookies, picks the demo user on its login page and confirms
 * a device code, the way a browser would with a person clicking. Only for that provider's
 * plain forms; a real issuer's pages are for real people.
 */
export async function completeDemoLogin(startUrl: string, user: string, signal?: AbortSignal): Promise<void> {
  const cookies = new Map<string, string>();
  let request: { url: URL; body?: URLSearchParams } = { url: new URL(startUrl) };
  let loginPosts = 0;

  for (let step = 0; step < 30; step++) {
    const response = await fetch(request.url, {
      method: request.body ? 'POST' : 'GET',
      body: request.body,
      redirect: 'manual',
      signal: signal ?? AbortSignal.timeout(15_000),
      headers: {
        ...(cookies.size ? { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(request.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    });
    keepCookies(cookies, response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      request = { url: new URL(location, request.url) };
      continue;
    }
    const html = await response.text();
    if (!response.ok) throw new Error(`${request.url.pathname} answered ${response.status}: ${plain(html)}`);
    const form = nextForm(html, user);
    if (!form) return;
    if (form.login && ++loginPosts > 1) throw new Error(`the provider did not accept the user "${user}": ${plain(html)}`);
    request = { url: new URL(form.action, request.url), body: form.fields };
  }
  throw new Error('too many steps');
}

interface Form {
  action: string;
  fields: URLSearchParams;
  login: boolean;
}

/** The form a person would submit on this page: the login form with the user, else the first post form. */
function nextForm(html: string, user: string): Form | undefined {
  for (const [, attributes = '', inner = ''] of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    if (!/method\s*=\s*["']?post/i.test(attributes)) continue;
    const action = decode(attribute(attributes, 'action') ?? '');
    const fields = new URLSearchParams();
    const login = /\/interaction\/[^/]+\/login$/.test(action);
    if (login) {
      fields.set('login', user);
    } else {
      for (const [, input = ''] of inner.matchAll(/<input\b([^>]*)>/gi)) {
        const name = attribute(input, 'name');
        const value = attribute(input, 'value');
        if (name && value !== undefined) fields.append(decode(name), decode(value));
      }
    }
    return { action, fields, login };
  }
  return undefined;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (value: string) => value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => entities[e]!);

function keepCookies(jar: Map<string, string>, setCookies: string[]): void {
  for (const line of setCookies) {
    const [pair = '', ...attributes] = line.split(';');
    const at = pair.indexOf('=');
    if (at < 1) continue;
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a) || (/^\s*expires\s*=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
    if (expired || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

/** The text of an HTML page in one short line, for an error message. */
function plain(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}
