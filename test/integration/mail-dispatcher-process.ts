/**
 * A dispatcher in a process of its own, for the test that two processes never deliver one mail
 * twice. Opens the store of the home in argv[2], says "ready", waits for a line on stdin (so
 * the test can start several at the same moment), dispatches, and prints its report as JSON.
 */
import { createContext } from '../../src/api/context.js';
import { EloketError } from '../../src/api/errors.js';
import { dispatchPending } from '../../src/api/mail/dispatch.js';

const ctx = createContext({ home: process.argv[2]!, env: {} }, async () => {
  throw new EloketError('unauthenticated', 'auth.required');
});
ctx.store();
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
const report = await dispatchPending(ctx, { budgetMs: 20_000 });
await ctx.close();
process.stdout.write(JSON.stringify(report) + '\n');
process.exit(0);
