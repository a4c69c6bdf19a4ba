/**
 * eCalcura personnel data: people as the national register names them, contracts per facility,
 * prestaties per contract and quarter, submitted reference periods; and the facility's bank
 * accounts. Contracts are indexed by facility and period (start, end, and what decides whether
 * prestaties are due), so counting a period's contracts never reads the table; and by person, so
 * the overlap check is one lookup.
 */
export const ecalcura = `
CREATE TABLE employees (
  insz TEXT PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  looked_up_at TEXT NOT NULL
);

CREATE TABLE contracts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hco TEXT NOT NULL REFERENCES organisations(hco) ON DELETE CASCADE,
  insz TEXT NOT NULL REFERENCES employees(insz),
  kind TEXT NOT NULL CHECK (kind IN ('gerechtigde', 'vervanger', 'cra')),
  choice TEXT CHECK (choice IN ('premie', 'vrijstelling')),
  qualification TEXT,
  fraction REAL NOT NULL CHECK (fraction > 0 AND fraction <= 1),
  start_date TEXT NOT NULL,
  end_date TEXT,
  replaces INTEGER REFERENCES contracts(id),
  gelijkgesteld INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL DEFAULT 'eloket' CHECK (source IN ('eloket', 'raas', 'seed')),
  raas_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX contracts_by_hco_period ON contracts(hco, start_date, end_date, kind, choice);
CREATE INDEX contracts_by_person ON contracts(hco, insz, start_date);
CREATE INDEX contracts_by_replaced ON contracts(replaces) WHERE replaces IS NOT NULL;
CREATE UNIQUE INDEX contracts_by_raas_id ON contracts(hco, raas_id) WHERE raas_id IS NOT NULL;

CREATE TABLE prestaties (
  contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
  quarter TEXT NOT NULL,
  hours REAL NOT NULL CHECK (hours >= 0),
  source TEXT NOT NULL DEFAULT 'eloket' CHECK (source IN ('eloket', 'raas', 'seed')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (contract_id, quarter)
) WITHOUT ROWID;

CREATE TABLE reference_periods (
  hco TEXT NOT NULL REFERENCES organisations(hco) ON DELETE CASCADE,
  period TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'submitted')),
  submitted_at TEXT,
  submitted_by TEXT,
  PRIMARY KEY (hco, period)
) WITHOUT ROWID;

CREATE TABLE bank_accounts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hco TEXT NOT NULL REFERENCES organisations(hco) ON DELETE CASCADE,
  iban TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (hco, iban)
);
`;
