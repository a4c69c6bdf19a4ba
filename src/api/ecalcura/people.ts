/**
 * The people eCalcura works with, as the national register and eCad know them. Real registers
 * when configured; otherwise the demo world of DOMAIN.md plus the generated population. Answers
 * are remembered for the life of one api, so an import of many rows asks once per person.
 */
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { formatInsz } from '../identifiers/insz.js';
import { registersFor, type Ecad, type NationalRegister, type RegisterPerson } from '../gateway/registers/index.js';
import { resolveSession } from '../session.js';
import { populationPerson } from './demo-population.js';

/** A person with the qualifications eCad holds a visum for. */
export interface Person extends RegisterPerson {
  visums: string[];
}

export interface People {
  /** The person, or null when the register does not know this (valid) INSZ. */
  find(insz: string): Promise<Person | null>;
  /** The person, or not_found. */
  get(insz: string): Promise<Person>;
}

const cache = new WeakMap<Context, People>();

export function peopleOf(ctx: Context): People {
  let people = cache.get(ctx);
  if (!people) {
    people = createPeople(ctx);
    cache.set(ctx, people);
  }
  return people;
}

function createPeople(ctx: Context): People {
  const registers = registersFor(ctx.settings, { token: async () => (await resolveSession(ctx)).tokens.accessToken });
  const register: NationalRegister =
    registers.sources.nationalRegister === 'demo' ? withPopulation(registers.nationalRegister) : registers.nationalRegister;
  const ecad: Ecad = registers.sources.ecad === 'demo' ? withPopulationVisums(registers.ecad) : registers.ecad;
  const known = new Map<string, Promise<Person | null>>();
  const find = (insz: string): Promise<Person | null> => {
    let answer = known.get(insz);
    if (!answer) {
      answer = (async () => {
        const person = await register.lookup(insz);
        return person ? { ...person, visums: await ecad.visums(insz) } : null;
      })();
      // A failure (register down) is not remembered: the next question asks again.
      answer.catch(() => known.delete(insz));
      known.set(insz, answer);
    }
    return answer;
  };
  return {
    find,
    async get(insz) {
      const person = await find(insz);
      if (!person) throw notFound('person.not_found', { insz: formatInsz(insz) });
      return person;
    },
  };
}

function withPopulation(inner: NationalRegister): NationalRegister {
  return {
    async lookup(insz) {
      const person = await inner.lookup(insz);
      if (person) return person;
      const generated = populationPerson(insz);
      return generated && { insz: generated.insz, firstName: generated.firstName, lastName: generated.lastName, birthDate: generated.birthDate };
    },
  };
}

function withPopulationVisums(inner: Ecad): Ecad {
  return {
    async visums(insz) {
      return populationPerson(insz)?.visums ?? inner.visums(insz);
    },
  };
}
