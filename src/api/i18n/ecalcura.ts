/** Sentences of the ecalcura module: identifiers, qualifications, the registers it consults. */
export const ecalcura = {
  // INSZ (rijksregisternummer or BIS number)
  'insz.characters': {
    nl: '{field}: "{value}" is geen rijksregisternummer: enkel cijfers, punten, streepjes en spaties zijn toegelaten',
    en: '{field}: "{value}" is not a national number: only digits, dots, hyphens and spaces are allowed',
  },
  'insz.length': {
    nl: '{field}: een rijksregisternummer heeft 11 cijfers, "{value}" heeft er {count} (bv. 85.07.30-033.28)',
    en: '{field}: a national number has 11 digits, "{value}" has {count} (e.g. 85.07.30-033.28)',
  },
  'insz.check_digits': {
    nl: '{field}: de controlecijfers van rijksregisternummer "{value}" kloppen niet; controleer op een tikfout',
    en: '{field}: the check digits of national number "{value}" do not match; check for a typo',
  },
  'insz.impossible_date': {
    nl: '{field}: rijksregisternummer "{value}" bevat geen mogelijke geboortedatum',
    en: '{field}: national number "{value}" does not hold a possible date of birth',
  },

  // IBAN
  'iban.characters': {
    nl: '{field}: "{value}" is geen IBAN: enkel BE, cijfers en spaties zijn toegelaten',
    en: '{field}: "{value}" is not an IBAN: only BE, digits and spaces are allowed',
  },
  'iban.not_belgian': {
    nl: '{field}: "{value}" is geen Belgisch rekeningnummer; een Belgische IBAN begint met BE (bv. BE48 3200 7018 4927)',
    en: '{field}: "{value}" is not a Belgian account number; a Belgian IBAN starts with BE (e.g. BE48 3200 7018 4927)',
  },
  'iban.length': {
    nl: '{field}: een Belgische IBAN heeft BE en 14 cijfers, "{value}" niet',
    en: '{field}: a Belgian IBAN has BE and 14 digits, "{value}" does not',
  },
  'iban.iso_check': {
    nl: '{field}: de controlecijfers van IBAN "{value}" kloppen niet; controleer op een tikfout',
    en: '{field}: the check digits of IBAN "{value}" do not match; check for a typo',
  },
  'iban.national_check': {
    nl: '{field}: "{value}" bevat geen geldig Belgisch rekeningnummer (de laatste twee cijfers kloppen niet)',
    en: '{field}: "{value}" does not hold a valid Belgian account number (the last two digits do not match)',
  },

  // KBO enterprise number
  'kbo.characters': {
    nl: '{field}: "{value}" is geen ondernemingsnummer: enkel BE, cijfers, punten en spaties zijn toegelaten',
    en: '{field}: "{value}" is not an enterprise number: only BE, digits, dots and spaces are allowed',
  },
  'kbo.length': {
    nl: '{field}: een ondernemingsnummer heeft 10 cijfers, "{value}" heeft er {count} (bv. 0203.201.340)',
    en: '{field}: an enterprise number has 10 digits, "{value}" has {count} (e.g. 0203.201.340)',
  },
  'kbo.first_digit': {
    nl: '{field}: een ondernemingsnummer begint met 0 of 1, "{value}" niet',
    en: '{field}: an enterprise number starts with 0 or 1, "{value}" does not',
  },
  'kbo.check_digits': {
    nl: '{field}: de controlecijfers van ondernemingsnummer "{value}" kloppen niet; controleer op een tikfout',
    en: '{field}: the check digits of enterprise number "{value}" do not match; check for a typo',
  },

  // qualifications and the registers
  'qualification.unknown': {
    nl: '{field}: onbekende kwalificatie "{value}" (gekend: {known})',
    en: '{field}: unknown qualification "{value}" (known: {known})',
  },
  'person.not_found': {
    nl: 'het rijksregister kent geen persoon met nummer {insz}',
    en: 'the national register knows no person with number {insz}',
  },
  'visum.missing': {
    nl: '{name} ({insz}) heeft volgens eCad geen visum als {qualification}; kies de juiste kwalificatie of vraag de medewerker het visum na te kijken',
    en: 'according to eCad, {name} ({insz}) holds no visum as {qualification}; choose the right qualification or ask the employee to check the visum',
  },
  'gateway.unauthorized': {
    nl: '{service} weigert uw aanmelding: meld u opnieuw aan met "eloket auth login"',
    en: '{service} refuses your login: log in again with "eloket auth login"',
  },
  'gateway.forbidden': {
    nl: '{service} geeft u geen toegang tot deze gegevens',
    en: '{service} gives you no access to this data',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
