import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpNationalRegister } from '../../src/api/gateway/registers/http-national-register.js';
import { createHttpEcad } from '../../src/api/gateway/registers/http-ecad.js';
import { registersFor } from '../../src/api/gateway/registers/index.js';
import type { HttpRegisterOptions } from '../../src/api/gateway/registers/types.js';

type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

/** A register on 127.0.0.1 that does whatever the test tells it, and remembers what it was asked. */
class FakeRegister {
  requests: { url: string; authorization: string | undefined }[] = [];
  handler: Handler = (_req, res) => res.writeHead(500).end();
  private timers = new Set<NodeJS.Timeout>();
  private server: Server = createServer((req, res) => {
    this.requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    // A kept-alive socket closed by reset() would cost the next test an attempt it cannot see.
    res.setHeader('connection', 'close');
    this.handler(req, res, this.requests.length);
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Answers after `ms`, unless the client has given up by then. */
  later(ms: number, answer: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      answer();
    }, ms);
    this.timers.add(timer);
  }

  reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.server.closeAllConnections();
    this.requests = [];
  }

  async stop(): Promise<void> {
    this.reset();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

const KOEN = { insz: '85073003328', firstName: 'Koen', lastName: 'Mertens', birthDate: '1985-07-30' };

const register = new FakeRegister();
const elsewhere = new FakeRegister();

beforeAll(async () => {
  await register.start();
  await elsewhere.start();
});
afterEach(() => {
  register.reset();
  elsewhere.reset();
});
afterAll(async () => {
  await register.stop();
  await elsewhere.stop();
});

function options(extra: Partial<HttpRegisterOptions> = {}): HttpRegisterOptions {
  return { baseUrl: register.url, token: () => 'session-token', timeoutMs: 150, retries: 2, backoffMs: 5, ...extra };
}

describe('the HTTP national register', () => {
  it('looks a person up by INSZ with the session token as bearer', async () => {
    register.handler = (_req, res) => json(res, 200, KOEN);
    const person = await createHttpNationalRegister(options()).lookup('85.07.30-033.28');
    expect(person).toEqual(KOEN);
    expect(register.requests).toEqual([{ url: '/persons/85073003328', authorization: 'Bearer session-token' }]);
  });

  it('keeps the path of the base URL and asks the token anew for every lookup', async () => {
    register.handler = (_req, res) => json(res, 200, KOEN);
    let n = 0;
    const nr = createHttpNationalRegister(options({ baseUrl: `${register.url}/rr/v1/`, token: async () => `token-${++n}` }));
    await nr.lookup('85073003328');
    await nr.lookup('85073003328');
    expect(register.requests.map((r) => [r.url, r.authorization])).toEqual([
      ['/rr/v1/persons/85073003328', 'Bearer token-1'],
      ['/rr/v1/persons/85073003328', 'Bearer token-2'],
    ]);
  });

  it('answers null for a person the register does not know (404), without retrying', async () => {
    register.handler = (_req, res) => json(res, 404, { error: 'not found' });
    expect(await createHttpNationalRegister(options()).lookup('85073003328')).toBeNull();
    expect(register.requests).toHaveLength(1);
  });

  it('retries after a 503 and then succeeds', async () => {
    register.handler = (_req, res, attempt) => (attempt === 1 ? res.writeHead(503).end() : json(res, 200, KOEN));
    expect(await createHttpNationalRegister(options()).lookup('85073003328')).toEqual(KOEN);
    expect(register.requests).toHaveLength(2);
  });

  it('gives up after the retries on a register that keeps failing, as unavailable', async () => {
    register.handler = (_req, res) => res.writeHead(503).end();
    await expect(createHttpNationalRegister(options({ retries: 3 })).lookup('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      key: 'unavailable',
      params: { service: 'Rijksregister', reason: 'HTTP 503' },
    });
    expect(register.requests).toHaveLength(4);
  });

  it('waits longer before each next retry (backoff doubles)', async () => {
    const at: number[] = [];
    register.handler = (_req, res) => {
      at.push(Date.now());
      res.writeHead(503).end();
    };
    await expect(createHttpNationalRegister(options({ retries: 2, backoffMs: 80 })).lookup('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(at).toHaveLength(3);
    const [first, second] = [at[1]! - at[0]!, at[2]! - at[1]!];
    expect(first).toBeGreaterThanOrEqual(75);
    expect(second).toBeGreaterThanOrEqual(155);
    expect(second).toBeGreaterThan(first);
  });

  it('does not wait for a Retry-After longer than its time-out', async () => {
    register.handler = (_req, res) => res.writeHead(503, { 'retry-after': '30' }).end();
    await expect(createHttpNationalRegister(options()).lookup('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      params: { reason: 'HTTP 503' },
    });
    expect(register.requests).toHaveLength(1);
  });

  it('waits for a short Retry-After before it asks again', async () => {
    register.handler = (_req, res, attempt) =>
      attempt === 1 ? res.writeHead(503, { 'retry-after': '0.1' }).end() : json(res, 200, KOEN);
    const started = Date.now();
    expect(await createHttpNationalRegister(options()).lookup('85073003328')).toEqual(KOEN);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('retries after a time-out and then succeeds', async () => {
    register.handler = (_req, res, attempt) =>
      attempt === 1 ? register.later(600, () => json(res, 200, KOEN)) : json(res, 200, KOEN);
    expect(await createHttpNationalRegister(options()).lookup('85073003328')).toEqual(KOEN);
    expect(register.requests).toHaveLength(2);
  });

  it('gives up on a register that stays too slow, saying it timed out', async () => {
    register.handler = (_req, res) => register.later(600, () => json(res, 200, KOEN));
    const started = Date.now();
    const failure = await createHttpNationalRegister(options({ retries: 1 }))
      .lookup('85073003328')
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'unavailable', params: { service: 'Rijksregister', reason: 'ETIMEDOUT' } });
    expect(register.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(600);
  });

  it('does not retry malformed JSON and reports the register unavailable', async () => {
    register.handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"insz": "8507');
    await expect(createHttpNationalRegister(options()).lookup('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      params: { reason: 'invalid JSON' },
    });
    expect(register.requests).toHaveLength(1);
  });

  it('refuses an answer without the expected fields', async () => {
    register.handler = (_req, res) => json(res, 200, { insz: KOEN.insz, name: 'Koen Mertens' });
    await expect(createHttpNationalRegister(options()).lookup('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      params: { reason: 'unexpected answer' },
    });
  });

  it('refuses an answer about another person', async () => {
    register.handler = (_req, res) => json(res, 200, { ...KOEN, insz: '02031000875' });
    await expect(createHttpNationalRegister(options()).lookup('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      params: { reason: 'answer about another person' },
    });
  });

  it('strips control characters from the names it receives', async () => {
    register.handler = (_req, res) => json(res, 200, { ...KOEN, firstName: 'Koen\u001b[2J', lastName: 'Mer\u0007tens\u001b]0;x\u0007' });
    const person = await createHttpNationalRegister(options()).lookup('85073003328');
    expect(person?.firstName).toBe('Koen');
    expect(person?.lastName).not.toMatch(/[\u0000-\u001f]/);
  });

  it('asks the user to log in again when the register refuses the token (401), without retrying', async () => {
    register.handler = (_req, res) => json(res, 401, { error: 'invalid_token' });
    const failure = await createHttpNationalRegister(options())
      .lookup('85073003328')
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'unauthenticated', key: 'gateway.unauthorized', params: { service: 'Rijksregister' } });
    expect((failure as Error).message).toContain('eloket auth login');
    expect(register.requests).toHaveLength(1);
  });

  it('reports a refusal (403) as forbidden', async () => {
    register.handler = (_req, res) => json(res, 403, {});
    await expect(createHttpNationalRegister(options()).lookup('85073003328')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('does not retry other client errors', async () => {
    register.handler = (_req, res) => json(res, 400, {});
    await expect(createHttpNationalRegister(options()).lookup('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      params: { reason: 'HTTP 400' },
    });
    expect(register.requests).toHaveLength(1);
  });

  it('does not follow a redirect, so the token never reaches another server', async () => {
    register.handler = (_req, res) => res.writeHead(302, { location: `${elsewhere.url}/persons/85073003328` }).end();
    elsewhere.handler = (_req, res) => json(res, 200, KOEN);
    await expect(createHttpNationalRegister(options()).lookup('85073003328')).rejects.toMatchObject({ code: 'unavailable' });
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('retries a refused connection and then gives up, as unavailable', async () => {
    const closed = new FakeRegister();
    await closed.start();
    const url = closed.url;
    await closed.stop();
    await expect(createHttpNationalRegister(options({ baseUrl: url })).lookup('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      // Node 24 says so as a socket closed before the connection.
      params: { reason: expect.stringMatching(/^(ECONNREFUSED|ERR_SOCKET_CLOSED_BEFORE_CONNECTION)$/) },
    });
  });

  it('checks the INSZ before it asks anything', async () => {
    await expect(createHttpNationalRegister(options()).lookup('12345678901')).rejects.toMatchObject({ code: 'validation' });
    expect(register.requests).toHaveLength(0);
  });

  it('asks for a login instead of sending an empty token', async () => {
    await expect(createHttpNationalRegister(options({ token: () => '' })).lookup('85073003328')).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    expect(register.requests).toHaveLength(0);
  });

  it('refuses a base URL that is not http or https', () => {
    expect(() => createHttpNationalRegister(options({ baseUrl: 'ftp://register' }))).toThrow(/register-url/);
    expect(() => createHttpEcad(options({ baseUrl: 'not a url' }))).toThrow(/ecad-url/);
  });
});

describe('the HTTP eCad', () => {
  it('gives the visums of a professional, asked with the bearer token', async () => {
    register.handler = (_req, res) => json(res, 200, { visums: ['verpleegkundige', 'Zorgkundige'] });
    expect(await createHttpEcad(options()).visums('85.07.30-033.28')).toEqual(['verpleegkundige', 'zorgkundige']);
    expect(register.requests).toEqual([{ url: '/professionals/85073003328/visums', authorization: 'Bearer session-token' }]);
  });

  it('gives no visums for a person eCad does not know (404)', async () => {
    register.handler = (_req, res) => json(res, 404, {});
    expect(await createHttpEcad(options()).visums('85073003328')).toEqual([]);
  });

  it('retries after a 502 and then succeeds', async () => {
    register.handler = (_req, res, attempt) => (attempt === 1 ? res.writeHead(502).end() : json(res, 200, { visums: [] }));
    expect(await createHttpEcad(options()).visums('85073003328')).toEqual([]);
    expect(register.requests).toHaveLength(2);
  });

  it('reports an answer without a list of visums as unavailable', async () => {
    register.handler = (_req, res) => json(res, 200, { visums: 'verpleegkundige' });
    await expect(createHttpEcad(options()).visums('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      params: { service: 'eCad', reason: 'unexpected answer' },
    });
  });

  it('reports malformed JSON as unavailable', async () => {
    register.handler = (_req, res) => res.writeHead(200).end('<html>maintenance</html>');
    await expect(createHttpEcad(options()).visums('85073003328')).rejects.toMatchObject({
      code: 'unavailable',
      params: { service: 'eCad', reason: 'invalid JSON' },
    });
  });
});

describe('registersFor', () => {
  it('uses the demo world when no register URLs are set', async () => {
    const registers = registersFor({}, { token: () => 'unused' });
    expect(registers.sources).toEqual({ nationalRegister: 'demo', ecad: 'demo' });
    expect(await registers.nationalRegister.lookup('02.03.10-008.75')).toMatchObject({ firstName: 'Lina', lastName: 'Dubois' });
  });

  it('uses HTTP for each register whose URL is set', async () => {
    register.handler = (req, res) => (req.url?.startsWith('/rr/') ? json(res, 200, KOEN) : json(res, 200, { visums: ['logopedist'] }));
    const registers = registersFor(
      { 'register-url': `${register.url}/rr`, 'ecad-url': `${register.url}/ecad` },
      { token: () => 't', backoffMs: 5 },
    );
    expect(registers.sources).toEqual({ nationalRegister: 'http', ecad: 'http' });
    expect(await registers.nationalRegister.lookup('85073003328')).toEqual(KOEN);
    expect(await registers.ecad.visums('85073003328')).toEqual(['logopedist']);
    expect(register.requests.map((r) => r.url)).toEqual(['/rr/persons/85073003328', '/ecad/professionals/85073003328/visums']);
  });

  it('chooses each register on its own', () => {
    expect(registersFor({ 'ecad-url': register.url, 'register-url': ' ' }, { token: () => 't' }).sources).toEqual({
      nationalRegister: 'demo',
      ecad: 'http',
    });
  });
});
