import { describe, expect, it } from 'vitest';
import { parseInsz } from '../../src/api/identifiers/insz.js';
import { bandInMonth, entitledFrom } from '../../src/api/ecalcura/age-bands.js';
import { checkShape, requireFraction } from '../../src/api/ecalcura/contract-rules.js';
import { parseDay } from '../../src/api/ecalcura/days.js';
import { populationInsz, populationPerson, POPULATION_SIZE } from '../../src/api/ecalcura/demo-population.js';
import { entitlementFor } from '../../src/api/ecalcura/entitlement.js';
import { parseCsv } from '../../src/api/ecalcura/import/csv.js';
import type { Contract } from '../../src/api/ecalcura/model.js';
import { ENTITLEMENT_PARAMETERS } from '../../src/api/ecalcura/parameters.js';
import { maxHours } from '../../src/api/ecalcura/prestatie-rules.js';
import { clip, periodOf, periodOfQuarter, quarterRange, quartersOf, requirePeriod, requireQuarter, settledInRaas } from '../../src/api/ecalcura/reference-periods.js';

describe('reference periods', () => {
  it('run from 1 July to 30 June in four quarters', () => {
    expect(quartersOf('2023-2024')).toEqual(['2023Q3', '2023Q4', '2024Q1', '2024Q2']);
    expect(quarterRange('2024Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterRange('2023Q4')).toEqual({ start: '2023-10-01', end: '2023-12-31' });
    expect(periodOfQuarter('2024Q2')).toBe('2023-2024');
    expect(periodOfQuarter('2023Q3')).toBe('2023-2024');
    expect(periodOf('2024-06-30')).toBe('2023-2024');
    expect(periodOf('2024-07-01')).toBe('2024-2025');
  });

  it('are read as people type them and refused otherwise', () => {
    expect(requirePeriod(' 2023 - 2024 ')).toBe('2023-2024');
    expect(requireQuarter('2024-q1')).toBe('2024Q1');
    expect(() => requirePeriod('2023-2025')).toThrow();
    expect(() => requireQuarter('2024Q0')).toThrow();
  });

  it('before 2023-2024 were settled in RaaS, from 2023-2024 on they are eCalcura\'s', () => {
    expect(['2021-2022', '2022-2023'].map(settledInRaas)).toEqual([true, true]);
    expect(['2023-2024', '2024-2025', '2030-2031'].map(settledInRaas)).toEqual([false, false, false]);
  });

  it('clip a contract to the days it shares with a range', () => {
    expect(clip({ start: '2023-09-15', end: null }, { start: '2023-07-01', end: '2024-06-30' })).toEqual({ start: '2023-09-15', end: '2024-06-30' });
    expect(clip({ start: '2020-01-01', end: '2023-06-30' }, { start: '2023-07-01', end: '2024-06-30' })).toBeNull();
  });
});

describe('days', () => {
  it('accepts ISO and Dutch dates and refuses impossible ones', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('1/7/2021')).toBe('2021-07-01');
    expect(parseDay('31.12.2023')).toBe('2023-12-31');
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('31/04/2024')).toBeNull();
    expect(parseDay('gisteren')).toBeNull();
  });
});

describe('contract shape', () => {
  const base = { insz: '85.07.30-033.28', kind: 'vervanger', qualification: 'zorgkundige', fraction: '1', start: '2023-07-01', replaces: 4 };

  it('normalises a valid contract', () => {
    expect(checkShape({ ...base, end: '' })).toEqual({
      insz: '85073003328', kind: 'vervanger', choice: null, qualification: 'zorgkundige', fraction: 1, start: '2023-07-01', end: null, replaces: 4, gelijkgesteld: false,
    });
  });

  it('reads fractions with a point, a comma or a percent sign', () => {
    expect(requireFraction('0,75')).toBe(0.75);
    expect(requireFraction('80%')).toBe(0.8);
    expect(requireFraction(1)).toBe(1);
    for (const wrong of ['0', '1.5', '-1', '1e-3', 'half', '']) expect(() => requireFraction(wrong), wrong).toThrow();
  });

  it('names the field that is wrong', () => {
    const field = (input: object) => {
      try {
        checkShape({ ...base, ...input });
      } catch (e) {
        return (e as { field?: string }).field;
      }
      return 'accepted';
    };
    expect(field({ kind: 'stagiair' })).toBe('kind');
    expect(field({ end: '2023-06-30' })).toBe('end');
    expect(field({ replaces: undefined })).toBe('replaces');
    expect(field({ kind: 'cra', replaces: undefined, qualification: undefined })).toBe('accepted');
    expect(field({ kind: 'cra', replaces: undefined, gelijkgesteld: true })).toBe('gelijkgesteld');
    expect(field({ kind: 'gerechtigde', replaces: undefined, choice: 'premie', qualification: 'logistiek' })).toBe('qualification');
    expect(field({ kind: 'gerechtigde', replaces: undefined, choice: 'premie', qualification: 'logistiek', gelijkgesteld: true })).toBe('accepted');
  });
});

describe('age bands', () => {
  it('count from the first day of the month in which the age is reached', () => {
    expect(entitledFrom('1978-11-02')).toBe('2023-11-01');
    expect(bandInMonth('1968-09-23', '2023-08-01')?.age).toBe(50);
    expect(bandInMonth('1968-09-23', '2023-09-01')?.age).toBe(55);
    expect(bandInMonth('1985-07-30', '2024-01-01')).toBeNull();
  });

  it('take a birth month the register does not know as January', () => {
    expect(entitledFrom('1970-00-00')).toBe('2015-01-01');
  });

  it('live in data that says it is not verified', () => {
    expect(ENTITLEMENT_PARAMETERS.verified).toBe(false);
    expect(ENTITLEMENT_PARAMETERS.bands.map((b) => [b.age, b.hoursPerYear])).toEqual([[45, 96], [50, 192], [55, 288]]);
  });
});

describe('the entitlement preview', () => {
  const contract = (over: Partial<Contract>): Contract => ({
    id: 1, hco: 'x', insz: '59022800619', firstName: 'M', lastName: 'V', birthDate: '1959-02-28', kind: 'gerechtigde', choice: 'vrijstelling',
    qualification: 'verpleegkundige', fraction: 1, start: '2000-01-01', end: null, replaces: null, gelijkgesteld: false, source: 'eloket',
    raasId: null, createdAt: '', updatedAt: '', ...over,
  });

  it('gives a full-time 55-year-old 288 hours a year and a part-timer pro rata', () => {
    expect(entitlementFor(contract({}), '2023-2024', 'nl')!.exemptionHours).toBe(288);
    expect(entitlementFor(contract({ fraction: 0.5 }), '2023-2024', 'nl')!.exemptionHours).toBe(144);
  });

  it('counts only the days under contract', () => {
    const e = entitlementFor(contract({ start: '2024-01-01', end: '2024-03-31' }), '2023-2024', 'en')!;
    expect(e.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(e.exemptionHours).toBe(72);
  });

  it('is for gerechtigden only', () => {
    expect(entitlementFor(contract({ kind: 'vervanger', choice: null }), '2023-2024', 'nl')).toBeNull();
  });
});

describe('prestaties bound', () => {
  it('is a 38-hour week times the weeks under contract in the quarter times the fraction', () => {
    const c = { id: 1, kind: 'vervanger' as const, choice: null, fraction: 0.5, start: '2023-01-01', end: null };
    expect(maxHours(c, '2024Q1')).toBe(247);
    expect(maxHours({ ...c, start: '2024-03-18' }, '2024Q1')).toBe(38);
    expect(maxHours({ ...c, end: '2023-12-31' }, '2024Q1')).toBeNull();
  });
});

describe('the generated population', () => {
  it('holds valid BIS numbers that the demo register answers for, consistently', () => {
    for (const index of [0, 1, 497, 498, 123_456, POPULATION_SIZE - 1]) {
      const insz = populationInsz(index);
      const parsed = parseInsz(insz);
      expect(parsed, insz).toMatchObject({ ok: true, bis: true });
      const person = populationPerson(insz)!;
      expect(person.birthDate).toBe((parsed as { birthDate: string }).birthDate);
      expect(populationPerson(insz)).toEqual(person);
    }
    expect(new Set(Array.from({ length: 5000 }, (_, i) => populationInsz(i))).size).toBe(5000);
  });

  it('does not hold the people of DOMAIN.md or ordinary national numbers', () => {
    expect(populationPerson('85073003328')).toBeNull();
    expect(populationPerson('85073003526')).toBeNull();
  });
});

describe('CSV', () => {
  it('finds the separator, keeps quoted separators, quotes and line breaks, and remembers lines', () => {
    const csv = parseCsv('\ufeffa;b;c\r\n1;"x;y";3\r\n\r\n2;"he said ""hi""\nthen left";4\n5;6;7');
    expect(csv.separator).toBe(';');
    expect(csv.header).toEqual(['a', 'b', 'c']);
    expect(csv.records).toEqual([
      { line: 2, cells: ['1', 'x;y', '3'] },
      { line: 4, cells: ['2', 'he said "hi"\nthen left', '4'] },
      { line: 6, cells: ['5', '6', '7'] },
    ]);
  });

  it('reads comma-separated files with decimal commas in quotes', () => {
    const csv = parseCsv('id,fraction\nR1,"0,8"\n');
    expect(csv.separator).toBe(',');
    expect(csv.records[0]!.cells).toEqual(['R1', '0,8']);
  });
});
