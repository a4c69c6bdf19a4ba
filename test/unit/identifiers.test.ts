import { describe, expect, it } from 'vitest';
import { formatInsz, parseInsz, requireInsz } from '../../src/api/identifiers/insz.js';
import { parseIban, requireIban } from '../../src/api/identifiers/iban.js';
import { parseKbo, requireKbo } from '../../src/api/identifiers/kbo.js';
import { EloketError } from '../../src/api/errors.js';

function problemOf(parse: (input: string) => { ok: true } | { ok: false; reason: string }, input: string): string {
  const parsed = parse(input);
  if (parsed.ok) throw new Error(`${input} was accepted`);
  return parsed.reason;
}
const inszProblem = (input: string) => problemOf(parseInsz, input);
const ibanProblem = (input: string) => problemOf(parseIban, input);
const kboProblem = (input: string) => problemOf(parseKbo, input);

function thrownBy(fn: () => unknown): EloketError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EloketError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}

describe('parseInsz', () => {
  it('accepts the public example and takes it apart', () => {
    expect(parseInsz('85.07.30-033.28')).toEqual({
      ok: true,
      value: '85073003328',
      formatted: '85.07.30-033.28',
      birthDate: '1985-07-30',
      birth: { year: 1985, month: 7, day: 30 },
      bis: false,
      sex: 'M',
    });
  });

  it('rejects the public counter-example because its check digits do not match', () => {
    expect(inszProblem('12345678901')).toBe('check_digits');
  });

  it('accepts dots, hyphens and spaces as separators in any mix', () => {
    for (const input of ['85073003328', '85 07 30 033 28', '85-07-30-033-28', ' 85.07.30 - 033.28 ', '850730.033-28']) {
      expect(parseInsz(input)).toMatchObject({ ok: true, value: '85073003328' });
    }
  });

  it('puts a 2 in front for people born from 2000, as for Lina Dubois born in 2002', () => {
    expect(parseInsz('02.03.10-008.75')).toMatchObject({ ok: true, birthDate: '2002-03-10', sex: 'F' });
  });

  it('lets the check digits tell the century when both centuries give a possible date', () => {
    expect(parseInsz('02.03.10-008.46')).toMatchObject({ ok: true, birthDate: '1902-03-10' });
    expect(parseInsz('06.01.01-002.33')).toMatchObject({ ok: true, birthDate: '2006-01-01' });
  });

  it('reads the sex from the serial: odd for men, even for women', () => {
    expect(parseInsz('85.47.30-033.17')).toMatchObject({ sex: 'M' });
    expect(parseInsz('85.47.30-034.16')).toMatchObject({ sex: 'F' });
  });

  it('recognises a BIS number whose month has 20 added, with the sex unknown', () => {
    const parsed = parseInsz('85.27.30-033.71');
    expect(parsed).toMatchObject({ ok: true, bis: true, birthDate: '1985-07-30' });
    expect(parsed.ok && parsed.sex).toBeUndefined();
  });

  it('recognises a BIS number whose month has 40 added, with the sex known', () => {
    expect(parseInsz('85.47.30-033.17')).toMatchObject({ ok: true, bis: true, birthDate: '1985-07-30', sex: 'M' });
  });

  it('recognises a BIS number of someone born from 2000', () => {
    expect(parseInsz('02.23.10-008.21')).toMatchObject({ ok: true, bis: true, birthDate: '2002-03-10' });
  });

  it('allows an unknown month or day (0) and then gives no birth date, only the parts it knows', () => {
    expect(parseInsz('85.00.00-033.06')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1985, month: null, day: null }, bis: false });
    expect(parseInsz('85.07.00-033.55')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1985, month: 7, day: null } });
    expect(parseInsz('85.20.00-033.49')).toMatchObject({ ok: true, birthDate: null, bis: true });
    expect(parseInsz('85.40.00-034.91')).toMatchObject({ ok: true, birthDate: null, bis: true, sex: 'F' });
  });

  it('takes month 0 as month and day unknown, whatever the day digits say', () => {
    expect(parseInsz('85.00.15-033.41')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1985, month: null, day: null } });
  });

  it('takes a day beyond the month\'s last as unknown (the register\'s day counter ran out), up to 99', () => {
    expect(parseInsz('85.02.30-033.90')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1985, month: 2, day: null } }); // 30 February
    expect(parseInsz('85.06.31-033.88')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1985, month: 6, day: null } }); // 31 June
    expect(parseInsz('85.07.32-033.65')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1985, month: 7, day: null } }); // day 32
    expect(parseInsz('85.07.99-033.92')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1985, month: 7, day: null } }); // day 99
    expect(parseInsz('75.02.29-001.39')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1975, month: 2, day: null } }); // no leap year
    expect(parseInsz('85.20.32-033.59')).toMatchObject({ ok: true, bis: true, birthDate: null, birth: { year: 1985, month: null, day: null } });
  });

  it('agrees with python-stdnum\'s own examples: day 35 unknown, month 13 invalid, 2000-00-01 fictitious', () => {
    expect(parseInsz('85073500107')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1985, month: 7, day: null } });
    expect(inszProblem('85133000105')).toBe('impossible_date');
    expect(parseInsz('00000100195')).toMatchObject({ ok: true, birth: { year: null, month: null, day: null } });
    expect(parseInsz('00000000128')).toMatchObject({ ok: true, birth: { year: 2000, month: null, day: null } });
    expect(parseInsz('00010000135')).toMatchObject({ ok: true, birth: { year: 2000, month: 1, day: null } });
  });

  it('knows the fictitious date 00.00.01 leaves even the year unknown', () => {
    expect(parseInsz('00.00.01-001.66')).toMatchObject({ ok: true, birthDate: null, birth: { year: null, month: null, day: null } });
    expect(parseInsz('00.00.01-002.94')).toMatchObject({ ok: true, birthDate: null, birth: { year: null, month: null, day: null } });
  });

  it('accepts 97 as check digits when the nine digits are a multiple of 97', () => {
    expect(parseInsz('85.07.30-061.97')).toMatchObject({ ok: true, birthDate: '1985-07-30' });
    expect(inszProblem('85.07.30-061.00')).toBe('check_digits');
  });

  it('refuses a month above 12, after the BIS offsets, even with matching check digits', () => {
    expect(inszProblem('85.13.00-033.97')).toBe('impossible_date'); // month 13
    expect(inszProblem('85.33.30-033.16')).toBe('impossible_date'); // BIS month 13
    expect(inszProblem('85.53.00-033.86')).toBe('impossible_date'); // BIS month 13 (+ 40)
  });

  it('knows 29 February 2000 existed and 29 February 1900 did not, which leaves the day unknown', () => {
    expect(parseInsz('00.02.29-001.45')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parseInsz('00.02.29-001.16')).toMatchObject({ ok: true, birthDate: null, birth: { year: 1900, month: 2, day: null } });
  });

  it('says when the number has the wrong length', () => {
    expect(inszProblem('85.07.30-033.2')).toBe('length');
    expect(inszProblem('85.07.30-033.281')).toBe('length');
  });

  it('says when the input holds other characters than digits and separators', () => {
    expect(inszProblem('85.07.30/033.28')).toBe('characters');
    expect(inszProblem('85.07.30-O33.28')).toBe('characters');
    expect(inszProblem('８５０７３００３３２８')).toBe('characters');
  });

  it('allows separators only between groups of digits, so a leading hyphen is no negative number', () => {
    for (const input of ['-78110200501', '-78.11.02-005.01', '78.11.02-005.01-', '.78110200501', '78110200501.']) {
      expect(inszProblem(input), input).toBe('separators');
    }
  });

  it('says when there is nothing but separators', () => {
    expect(inszProblem(' .- ')).toBe('empty');
  });
});

describe('formatInsz', () => {
  it('shows 11 digits as YY.MM.DD-XXX.CC', () => {
    expect(formatInsz('02031000875')).toBe('02.03.10-008.75');
  });
});

describe('parseIban', () => {
  it('accepts the public example and gives the compact and the grouped form', () => {
    expect(parseIban('BE48 3200 7018 4927')).toEqual({ ok: true, value: 'BE48320070184927', formatted: 'BE48 3200 7018 4927' });
  });

  it('accepts lower case and any mix of spaces, dots and hyphens', () => {
    for (const input of ['be48320070184927', ' BE48-3200-7018-4927 ', 'BE 48 3200.7018.4927']) {
      expect(parseIban(input)).toMatchObject({ ok: true, value: 'BE48320070184927' });
    }
  });

  it('accepts the paper form with IBAN in front, as statements and letterheads print it', () => {
    for (const input of ['IBAN BE48 3200 7018 4927', 'iban: BE48 3200 7018 4927', 'IBANBE48320070184927']) {
      expect(parseIban(input)).toMatchObject({ ok: true, value: 'BE48320070184927' });
    }
    expect(ibanProblem('IBAN')).toBe('empty');
  });

  it('rejects the public counter-example: its ISO check holds but its account number does not', () => {
    expect(ibanProblem('BE54310100270000')).toBe('national_check');
  });

  it('takes 97 as the national check of an account whose first ten digits are a multiple of 97', () => {
    expect(parseIban('BE54 3101 0027 0097')).toMatchObject({ ok: true });
  });

  it('says when the ISO check digits do not match', () => {
    expect(ibanProblem('BE49 3200 7018 4927')).toBe('iso_check');
    expect(ibanProblem('BE48 3200 7018 4972')).toBe('iso_check');
  });

  it('says when the account is not Belgian', () => {
    expect(ibanProblem('NL91 ABNA 0417 1643 00')).toBe('not_belgian');
    expect(ibanProblem('320-0701849-27')).toBe('not_belgian');
  });

  it('says when a Belgian IBAN has too few or too many digits', () => {
    expect(ibanProblem('BE48 3200 7018 492')).toBe('length');
    expect(ibanProblem('BE48 3200 7018 4927 1')).toBe('length');
  });

  it('says when the input holds characters an IBAN cannot have', () => {
    expect(ibanProblem('BE48 3200 7018 492X')).toBe('characters');
    expect(ibanProblem('BE48_3200_7018_4927')).toBe('characters');
  });

  it('says when there is nothing', () => {
    expect(ibanProblem('   ')).toBe('empty');
  });
});

describe('parseKbo', () => {
  it('accepts real enterprise numbers (NMBS, KU Leuven) and shows them with dots', () => {
    expect(parseKbo('0203.201.340')).toEqual({ ok: true, value: '0203201340', formatted: '0203.201.340' });
    expect(parseKbo('0419.052.173')).toMatchObject({ ok: true, value: '0419052173' });
  });

  it('accepts a BE prefix, dots, spaces and hyphens', () => {
    for (const input of ['BE0203201340', 'be 0203.201.340', '0203 201 340', 'BE-0203-201-340']) {
      expect(parseKbo(input)).toMatchObject({ ok: true, value: '0203201340' });
    }
  });

  it('accepts numbers that start with 1', () => {
    expect(parseKbo('1000.000.021')).toMatchObject({ ok: true });
  });

  it('takes 97, never 00, as the check when the first eight digits are a multiple of 97', () => {
    expect(parseKbo('0000.009.797')).toMatchObject({ ok: true });
    expect(kboProblem('0000.009.700')).toBe('check_digits');
  });

  it('says when the check digits do not match', () => {
    expect(kboProblem('0203.201.341')).toBe('check_digits');
    expect(kboProblem('0203.210.340')).toBe('check_digits');
  });

  it('says when the number does not start with 0 or 1', () => {
    expect(kboProblem('2203.201.340')).toBe('first_digit');
  });

  it('says when there are not 10 digits', () => {
    expect(kboProblem('203.201.340')).toBe('length');
    expect(kboProblem('00203.201.340')).toBe('length');
  });

  it('says when other characters are in it', () => {
    expect(kboProblem('0203/201/340')).toBe('characters');
    expect(kboProblem('NL0203201340')).toBe('characters');
  });

  it('says when there is nothing but a prefix', () => {
    expect(kboProblem(' BE ')).toBe('empty');
  });
});

describe('requireInsz, requireIban and requireKbo', () => {
  it('return the normalised value of valid input', () => {
    expect(requireInsz('85.07.30-033.28')).toBe('85073003328');
    expect(requireIban('be48 3200 7018 4927')).toBe('BE48320070184927');
    expect(requireKbo('BE 0203.201.340')).toBe('0203201340');
  });

  it('throw a validation error on the named field, with a Dutch and an English sentence for every reason', () => {
    const cases: [(input: string, field: string) => string, string, string][] = [
      [requireInsz, '85.07.3x-033.28', 'insz.characters'],
      [requireInsz, '85.07.30', 'insz.length'],
      [requireInsz, '12345678901', 'insz.check_digits'],
      [requireInsz, '85.13.00-033.97', 'insz.impossible_date'],
      [requireInsz, '-78110200501', 'insz.separators'],
      [requireInsz, ' . ', 'field.required'],
      [requireIban, 'BE48 3200 7018 49!7', 'iban.characters'],
      [requireIban, 'NL91ABNA0417164300', 'iban.not_belgian'],
      [requireIban, 'BE48 3200', 'iban.length'],
      [requireIban, 'BE49 3200 7018 4927', 'iban.iso_check'],
      [requireIban, 'BE54310100270000', 'iban.national_check'],
      [requireIban, '', 'field.required'],
      [requireKbo, '0203.201.34O', 'kbo.characters'],
      [requireKbo, '203.201.340', 'kbo.length'],
      [requireKbo, '2203.201.340', 'kbo.first_digit'],
      [requireKbo, '0203.201.341', 'kbo.check_digits'],
      [requireKbo, 'BE', 'field.required'],
    ];
    for (const [require, input, key] of cases) {
      const error = thrownBy(() => require(input, 'number'));
      expect(error, input).toMatchObject({ code: 'validation', field: 'number', key });
      expect(error.text('nl'), input).toMatch(/^number/);
      expect(error.text('nl'), input).not.toBe(error.text('en'));
    }
  });

  it('name the field after the identifier unless told otherwise', () => {
    expect(thrownBy(() => requireInsz('1')).field).toBe('insz');
    expect(thrownBy(() => requireIban('1')).field).toBe('iban');
    expect(thrownBy(() => requireKbo('1')).field).toBe('kbo');
  });

  it('say which digits do not match, in Dutch', () => {
    expect(thrownBy(() => requireInsz('12345678901', 'employee')).text('nl')).toBe(
      'employee: de controlecijfers van rijksregisternummer "12345678901" kloppen niet; controleer op een tikfout',
    );
    expect(thrownBy(() => requireIban('BE54310100270000')).text('nl')).toBe(
      'iban: "BE54310100270000" bevat geen geldig Belgisch rekeningnummer (de laatste twee cijfers kloppen niet)',
    );
  });

  it('name the impossible month, and say where separators may go, in Dutch', () => {
    expect(thrownBy(() => requireInsz('85.33.30-033.16')).text('nl')).toBe(
      'insz: rijksregisternummer "85.33.30-033.16" bevat geen mogelijke geboortemaand (33: een maand is 00 tot 12, bij een BIS-nummer plus 20 of 40)',
    );
    expect(thrownBy(() => requireInsz('-78110200501')).text('nl')).toBe(
      'insz: "-78110200501" is geen rijksregisternummer: punten, streepjes en spaties staan enkel tussen de cijfergroepen (bv. 85.07.30-033.28)',
    );
  });

  it('count the digits they got when the length is wrong, leaving out a BE prefix', () => {
    expect(thrownBy(() => requireInsz('85.07.30')).text('en')).toBe(
      'insz: a national number has 11 digits, "85.07.30" has 6 (e.g. 85.07.30-033.28)',
    );
    expect(thrownBy(() => requireKbo('BE 203.201.340')).text('en')).toBe(
      'kbo: an enterprise number has 10 digits, "BE 203.201.340" has 9 (e.g. 0203.201.340)',
    );
  });

  it('strip control characters from the input they repeat, and cut it short', () => {
    const message = thrownBy(() => requireInsz('85\u001b]0;pwned\u0007073003328')).text('en');
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(thrownBy(() => requireIban('X'.repeat(500))).text('en').length).toBeLessThan(200);
  });
});
