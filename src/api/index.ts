/**
 * The embedded e-loket domain service: the one thing the faces (commands, TUI, assistant)
 * import. Every method checks the caller through access.ts; every change is one transaction.
 */
import { createContext, type ApiOptions } from './context.js';
import { resolvePrincipal } from './session.js';
import { createAuthApi } from './auth/index.js';
import { createSettingsApi } from './settings.js';
import { createOrgApi } from './org/index.js';
import { createContactsApi } from './contacts/index.js';
import { createTasksApi } from './tasks/index.js';
import { CLOSE_BUDGET_MS, createMailApi, dispatchPending, type DispatchReport } from './mail/index.js';
import { createDevApi } from './seed/index.js';
import { createMessagesApi } from './messages/index.js';
import { createHelpdeskApi } from './helpdesk/index.js';
import { createContractsApi, createEmployeesApi, createImportApi, createPeriodsApi, createPrestatiesApi } from './ecalcura/index.js';
import { createBankApi } from './bank/index.js';

export type { ApiOptions, Progress } from './context.js';
export type { Principal, Role } from './principal.js';
export { EloketError, isEloketError, exitCodes, type ErrorCode } from './errors.js';

export function createApi(options: ApiOptions = {}) {
  const ctx = createContext(options, resolvePrincipal);
  return {
    lang: ctx.lang,
    /** Whether the embedded development identity provider stands in for eHealth. */
    get embedded(): boolean {
      return ctx.embedded;
    },
    auth: createAuthApi(ctx),
    settings: createSettingsApi(ctx),
    org: createOrgApi(ctx),
    contacts: createContactsApi(ctx),
    tasks: createTasksApi(ctx),
    mail: createMailApi(ctx),
    messages: createMessagesApi(ctx),
    helpdesk: createHelpdeskApi(ctx),
    employees: createEmployeesApi(ctx),
    contracts: createContractsApi(ctx),
    prestaties: createPrestatiesApi(ctx),
    periods: createPeriodsApi(ctx),
    bank: createBankApi(ctx),
    imports: createImportApi(ctx),
    dev: createDevApi(ctx),
    /**
     * Delivers mail this api queued (as far as the transport allows within CLOSE_BUDGET_MS; the
     * rest waits for a later run), then closes the store. Returns what that delivery did, when
     * this api queued mail, so a face can say that a mail has not gone out yet.
     */
    async close(): Promise<DispatchReport | undefined> {
      try {
        if (ctx.mailQueued) return await dispatchPending(ctx, { budgetMs: CLOSE_BUDGET_MS });
        return undefined;
      } finally {
        await ctx.close();
      }
    },
  };
}

export type EloketApi = ReturnType<typeof createApi>;
