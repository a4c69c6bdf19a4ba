import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../src/api/index.js';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';
import { envFor, tempHome } from '../../helpers/cli.js';

let app: AppHarness;
afterEach(closeApps);

describe('a long message list', () => {
  it('renders one page, fetches only the blocks it shows, and jumps to the last page', async () => {
    const home = tempHome('eloket-tui-');
    const seeding = createApi({ home, env: envFor(home) });
    await seeding.dev.seed({ messages: 3_000 });
    await seeding.close();
    app = await renderApp({ user: 'handler-erkenningen', home, columns: 120, rows: 30 });
    const calls: { page?: number; limit?: number }[] = [];
    const list = app.api.messages.list.bind(app.api.messages);
    app.api.messages.list = (opts = {}) => {
      calls.push({ page: opts.page, limit: opts.limit });
      return list(opts);
    };
    await app.press('2');
    const first = await app.waitFor(/pagina 1 van \d+ \((\d+) in totaal\)/);
    const total = Number(/\((\d+) in totaal\)/.exec(first)![1]);
    expect(total).toBeGreaterThan(500);
    const rendered = (f: string) => f.split('\n').filter((l) => /^[› ] \d\d\/\d\d\/\d{4} /.test(l)).length;
    expect(rendered(first)).toBe(10);
    await app.press(KEY.end);
    const last = await app.waitFor(`pagina ${Math.ceil(total / 10)} van ${Math.ceil(total / 10)}`);
    await app.waitFor((f) => rendered(f) === total % 10 || (total % 10 === 0 && rendered(f) === 10));
    expect(rendered(last)).toBeLessThanOrEqual(10);
    // The first page, the block after it (read ahead), the last page's block: Home's own calls aside.
    const listCalls = calls.filter((c) => c.page !== undefined);
    expect(listCalls).toEqual([
      { page: 1, limit: 50 },
      { page: 2, limit: 50 },
      { page: Math.floor((total - 1) / 50) + 1, limit: 50 },
    ]);
  });
});
