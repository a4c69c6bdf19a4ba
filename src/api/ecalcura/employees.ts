/**
 * Employees are entered by INSZ (seed 003): name and birth date come from the national register,
 * qualifications from eCad. The store keeps the register's answer next to the contracts; the
 * register stays the source, so every new or changed contract refreshes it.
 */
import type { Context } from '../context.js';
import { requireInsz } from '../identifiers/insz.js';
import type { Store } from '../store/db.js';
import { peopleOf, type Person } from './people.js';
import { lookUpPeople } from './scope.js';
import { statement } from './statements.js';

/** COMMANDS.md's employee: who the register says it is, and what eCad holds a visum for. */
export interface Employee {
  insz: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  visums: string[];
}

export function createEmployeesApi(ctx: Context) {
  return {
    /** The person behind an INSZ: validation for a wrong number, not_found when the register does not know it. */
    async lookup(insz: string): Promise<Employee> {
      await lookUpPeople(ctx);
      const person = await peopleOf(ctx).get(requireInsz(insz, 'insz'));
      return { insz: person.insz, firstName: person.firstName, lastName: person.lastName, birthDate: person.birthDate, visums: person.visums };
    },
  };
}

/** Stores (or refreshes) the register's answer for a person about to get a contract. */
export function rememberPerson(store: Store, person: Person, at: string): void {
  statement(
    store,
    `INSERT INTO employees (insz, first_name, last_name, birth_date, looked_up_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (insz) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
         birth_date = excluded.birth_date, looked_up_at = excluded.looked_up_at
       WHERE first_name != excluded.first_name OR last_name != excluded.last_name OR birth_date != excluded.birth_date`,
  ).run(person.insz, person.firstName, person.lastName, person.birthDate, at);
}

/** A person with no contract left anywhere is no business of eCalcura: forget them. */
export function forgetIfUnused(store: Store, insz: string): void {
  store.raw.prepare('DELETE FROM employees WHERE insz = ? AND NOT EXISTS (SELECT 1 FROM contracts WHERE insz = ?)').run(insz, insz);
}
