import { describe, expect, it } from 'vitest';
import { parseInsz } from '../../src/api/identifiers/insz.js';
import { QUALIFICATIONS, findQualification, requireQualification } from '../../src/api/identifiers/qualifications.js';
import { createDemoEcad, createDemoNationalRegister } from '../../src/api/gateway/registers/demo.js';
import { DEMO_PEOPLE } from '../../src/api/gateway/registers/demo-people.js';

// The table of DOMAIN.md "Demo world", as printed there.
const DOMAIN_TABLE: [insz: string, name: string, born: string, visum: string | null][] = [
  ['59.02.28-006.19', 'Marleen Van den Broeck', '1959-02-28', 'verpleegkundige'],
  ['65.04.12-001.62', 'Jan Peeters', '1965-04-12', 'verpleegkundige'],
  ['68.09.23-002.23', 'Sofie Claes', '1968-09-23', 'zorgkundige'],
  ['72.01.15-003.96', 'Tom Janssens', '1972-01-15', 'kinesitherapeut'],
  ['74.06.30-004.13', 'Lotte Maes', '1974-06-30', null],
  ['78.11.02-005.01', 'Pieter Wouters', '1978-11-02', 'verpleegkundige'],
  ['85.12.24-007.75', 'Bram Goossens', '1985-12-24', 'verpleegkundige'],
  ['85.07.30-033.28', 'Koen Mertens', '1985-07-30', 'zorgkundige'],
  ['02.03.10-008.75', 'Lina Dubois', '2002-03-10', 'zorgkundige'],
];

describe('the demo world', () => {
  it('has a valid INSZ for every person of DOMAIN.md, whose birth date matches the table', () => {
    for (const [insz, , born] of DOMAIN_TABLE) {
      expect(parseInsz(insz), insz).toMatchObject({ ok: true, birthDate: born, bis: false });
    }
  });

  it('lets the demo national register find every person of DOMAIN.md with name and birth date', async () => {
    const register = createDemoNationalRegister();
    for (const [insz, name, born] of DOMAIN_TABLE) {
      const person = await register.lookup(insz);
      expect(person, insz).not.toBeNull();
      expect(`${person?.firstName} ${person?.lastName}`).toBe(name);
      expect(person).toMatchObject({ insz: insz.replace(/\D/g, ''), birthDate: born });
    }
  });

  it('lets demo eCad give each person of DOMAIN.md exactly their visums, and Lotte Maes none', async () => {
    const ecad = createDemoEcad();
    for (const [insz, , , visum] of DOMAIN_TABLE) {
      expect(await ecad.visums(insz), insz).toEqual(visum ? [visum] : []);
    }
  });

  it('answers null and no visums for a valid INSZ nobody in the demo world has', async () => {
    expect(await createDemoNationalRegister().lookup('85.07.30-061.97')).toBeNull();
    expect(await createDemoEcad().visums('85.07.30-061.97')).toEqual([]);
  });

  it('refuses an invalid INSZ with a validation error, as the HTTP registers do', async () => {
    await expect(createDemoNationalRegister().lookup('12345678901')).rejects.toMatchObject({ code: 'validation', key: 'insz.check_digits' });
    await expect(createDemoEcad().visums('123')).rejects.toMatchObject({ code: 'validation', key: 'insz.length' });
  });

  it('holds only visums for qualifications that need one', () => {
    for (const person of DEMO_PEOPLE) {
      for (const code of person.visums) expect(findQualification(code)?.needsVisum, code).toBe(true);
    }
  });
});

describe('the qualifications', () => {
  it('lists the thirteen codes of DOMAIN.md, eight of them needing a visum', () => {
    expect(QUALIFICATIONS.map((q) => q.code)).toEqual([
      'verpleegkundige', 'zorgkundige', 'kinesitherapeut', 'ergotherapeut', 'logopedist', 'dietist', 'psycholoog', 'audioloog',
      'maatschappelijk-assistent', 'orthopedagoog', 'pedagoog', 'administratief', 'logistiek',
    ]);
    expect(QUALIFICATIONS.filter((q) => q.needsVisum).map((q) => q.code)).toEqual([
      'verpleegkundige', 'zorgkundige', 'kinesitherapeut', 'ergotherapeut', 'logopedist', 'dietist', 'psycholoog', 'audioloog',
    ]);
  });

  it('counts everyone but administrative and logistics staff as a listed care profession', () => {
    expect(QUALIFICATIONS.filter((q) => !q.care).map((q) => q.code)).toEqual(['administratief', 'logistiek']);
  });

  it('finds a code whatever its case or surrounding spaces, and refuses an unknown one listing the known', () => {
    expect(requireQualification(' Zorgkundige ').code).toBe('zorgkundige');
    expect(() => requireQualification('chirurg')).toThrow(/unknown qualification "chirurg" \(known: verpleegkundige, zorgkundige/);
  });
});
