/** eCalcura in the e-loket: employees, contracts, prestaties, reference periods, the RaaS import. */
export { createEmployeesApi, type Employee } from './employees.js';
export { createContractsApi, type Contract, type ContractChanges, type ContractDetail, type ContractEdit, type NewContract } from './contracts.js';
export { createPrestatiesApi, type PrestatieLine, type PrestatieResult } from './prestaties.js';
export { createPeriodsApi, type PeriodStatus, type QuarterStatus } from './periods.js';
export { createImportApi, type ImportOptions, type ImportReport, type Rejection } from './import/raas-import.js';
export type { Entitlement, MonthEntitlement } from './entitlement.js';
export type { Prestatie, ContractKind, Choice } from './model.js';
export type { ListPage, Paging } from './paging.js';
export { ENTITLEMENT_PARAMETERS } from './parameters.js';
