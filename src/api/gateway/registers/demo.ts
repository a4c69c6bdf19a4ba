/** The embedded registers: they answer from the demo world, with the same contract as over HTTP. */
import { requireInsz } from '../../identifiers/insz.js';
import { DEMO_PEOPLE, type DemoPerson } from './demo-people.js';
import type { Ecad, NationalRegister } from './types.js';

export function createDemoNationalRegister(people: readonly DemoPerson[] = DEMO_PEOPLE): NationalRegister {
  return {
    async lookup(insz) {
      const wanted = requireInsz(insz);
      const person = people.find((p) => p.insz === wanted);
      return person ? { insz: person.insz, firstName: person.firstName, lastName: person.lastName, birthDate: person.birthDate } : null;
    },
  };
}

export function createDemoEcad(people: readonly DemoPerson[] = DEMO_PEOPLE): Ecad {
  return {
    async visums(insz) {
      const wanted = requireInsz(insz);
      return [...(people.find((p) => p.insz === wanted)?.visums ?? [])];
    },
  };
}
