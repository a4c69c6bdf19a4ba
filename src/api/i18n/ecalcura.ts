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
  'insz.separators': {
    nl: '{field}: "{value}" is geen rijksregisternummer: punten, streepjes en spaties staan enkel tussen de cijfergroepen (bv. 85.07.30-033.28)',
    en: '{field}: "{value}" is not a national number: dots, hyphens and spaces go only between the groups of digits (e.g. 85.07.30-033.28)',
  },
  'insz.impossible_date': {
    nl: '{field}: rijksregisternummer "{value}" bevat geen mogelijke geboortemaand ({month}: een maand is 00 tot 12, bij een BIS-nummer plus 20 of 40)',
    en: '{field}: national number "{value}" does not hold a possible birth month ({month}: a month is 00 to 12, plus 20 or 40 in a BIS number)',
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

  // dates, periods and quarters
  'day.invalid': {
    nl: '{field}: "{value}" is geen datum (bv. 2024-01-31 of 31/01/2024)',
    en: '{field}: "{value}" is not a date (e.g. 2024-01-31 or 31/01/2024)',
  },
  'period.invalid': {
    nl: '{field}: "{value}" is geen referentieperiode (1 juli – 30 juni, bv. 2023-2024)',
    en: '{field}: "{value}" is not a reference period (1 July – 30 June, e.g. 2023-2024)',
  },
  'quarter.invalid': {
    nl: '{field}: "{value}" is geen kwartaal (bv. 2024Q1)',
    en: '{field}: "{value}" is not a quarter (e.g. 2024Q1)',
  },

  // contracts
  'contract.not_found': { nl: 'contract {id} bestaat niet', en: 'contract {id} does not exist' },
  'contract.kind_invalid': {
    nl: '{field}: onbekende soort contract "{value}" (gekend: {known})',
    en: '{field}: unknown kind of contract "{value}" (known: {known})',
  },
  'contract.end_before_start': {
    nl: '{field}: de einddatum {end} ligt voor de begindatum {start}',
    en: '{field}: the end date {end} is before the start date {start}',
  },
  'contract.choice_required': {
    nl: '{field}: een gerechtigde kiest premie of vrijstelling (--choice premie|vrijstelling)',
    en: '{field}: a gerechtigde chooses premie or vrijstelling (--choice premie|vrijstelling)',
  },
  'contract.choice_invalid': {
    nl: '{field}: "{value}" is geen keuze; kies premie of vrijstelling',
    en: '{field}: "{value}" is not a choice; choose premie or vrijstelling',
  },
  'contract.choice_only_gerechtigde': {
    nl: '{field}: enkel een gerechtigde kiest premie of vrijstelling, een {kind} niet',
    en: '{field}: only a gerechtigde chooses premie or vrijstelling, a {kind} does not',
  },
  'contract.replaces_required': {
    nl: '{field}: een vervanger vervangt een gerechtigde; geef het contract van die gerechtigde (--replaces <contract-id>)',
    en: '{field}: a vervanger replaces a gerechtigde; give that gerechtigde\'s contract (--replaces <contract-id>)',
  },
  'contract.replaces_only_vervanger': {
    nl: '{field}: enkel een vervanger vervangt iemand, een {kind} niet',
    en: '{field}: only a vervanger replaces someone, a {kind} does not',
  },
  'contract.replaces_not_gerechtigde': {
    nl: '{field}: contract {id} is geen contract van een gerechtigde',
    en: '{field}: contract {id} is not a gerechtigde\'s contract',
  },
  'contract.gelijkgesteld_only_gerechtigde': {
    nl: '{field}: enkel een gerechtigde kan gelijkgesteld zijn, een {kind} niet',
    en: '{field}: only a gerechtigde can be gelijkgesteld, a {kind} cannot',
  },
  'contract.not_care': {
    nl: '{field}: {qualification} is geen zorgberoep; zo iemand is enkel gerechtigd als gelijkgestelde (--gelijkgesteld: minstens 200 uur onregelmatige prestaties bij dezelfde werkgever in de 24 maanden voor de maand waarin de leeftijd bereikt wordt)',
    en: '{field}: {qualification} is not a care profession; such staff are entitled only as gelijkgestelden (--gelijkgesteld: at least 200 hours of irregular work with the same employer in the 24 months before the month the age is reached)',
  },
  'contract.fraction_invalid': {
    nl: '{field}: de tewerkstellingsbreuk "{value}" moet groter zijn dan 0 en hoogstens 1 (bv. 0,8 of 80%)',
    en: '{field}: the employment fraction "{value}" must be more than 0 and at most 1 (e.g. 0.8 or 80%)',
  },
  'contract.under_45': {
    nl: '{field}: {name} is het hele contract lang jonger dan 45 (45 vanaf {from}, het contract telt tot {last}); enkel medewerkers van 45 jaar of ouder zijn gerechtigd',
    en: '{field}: {name} is under 45 for the whole contract (45 from {from}, the contract counts until {last}); only staff of 45 or older are entitled',
  },
  'contract.cra_only_wzc': {
    nl: '{field}: een coördinerend en raadgevend arts (CRA) is er enkel in een woonzorgcentrum (WZC); deze voorziening is een {type}',
    en: '{field}: a coordinating and advising physician (CRA) exists only in a woonzorgcentrum (WZC); this facility is a {type}',
  },
  'contract.overlap': {
    nl: 'deze persoon heeft in deze voorziening al contract {id} van {start} tot {end}; contracten van één persoon mogen niet overlappen',
    en: 'this person already has contract {id} at this facility from {start} to {end}; one person\'s contracts may not overlap',
  },
  'contract.replaced_by': {
    nl: 'contract {id} wordt vervangen door contract {by}; verwijder of wijzig eerst dat contract',
    en: 'contract {id} is replaced by contract {by}; remove or change that contract first',
  },

  // prestaties
  'prestatie.hours_invalid': {
    nl: '{field}: "{value}" is geen aantal uren (bv. 120 of 120,5)',
    en: '{field}: "{value}" is not a number of hours (e.g. 120 or 120.5)',
  },
  'prestatie.not_needed': {
    nl: 'contract {id} ({kind}, keuze {choice}) heeft geen prestaties: enkel gerechtigden met de keuze premie en vervangers geven prestaties in',
    en: 'contract {id} ({kind}, choice {choice}) has no prestaties: only gerechtigden who chose premie and vervangers enter prestaties',
  },
  'prestatie.not_active': {
    nl: '{field}: contract {id} liep niet in {quarter} (het loopt van {start} tot {end})',
    en: '{field}: contract {id} did not run in {quarter} (it runs from {start} to {end})',
  },
  'prestatie.too_many': {
    nl: '{field}: {hours} uur is meer dan tewerkstellingsbreuk {fraction} toelaat in {quarter} (hoogstens {max} uur)',
    en: '{field}: {hours} hours is more than employment fraction {fraction} allows in {quarter} (at most {max} hours)',
  },
  'prestatie.exceeds_after_edit': {
    nl: 'de prestaties van {quarter} ({hours} uur) zijn meer dan het gewijzigde contract toelaat (hoogstens {max} uur); pas eerst de prestaties aan',
    en: 'the prestaties of {quarter} ({hours} hours) are more than the changed contract allows (at most {max} hours); change the prestaties first',
  },

  // reference periods
  'period.locked': {
    nl: 'referentieperiode {period} is definitief ingediend; de gegevens ervan kunnen niet meer wijzigen',
    en: 'reference period {period} has been submitted; its data can no longer change',
  },
  'period.already_submitted': {
    nl: 'referentieperiode {period} is al ingediend ({at})',
    en: 'reference period {period} has already been submitted ({at})',
  },
  'period.not_over': {
    nl: 'referentieperiode {period} loopt nog tot {end}; indienen kan pas daarna',
    en: 'reference period {period} runs until {end}; it can be submitted only after that',
  },
  'period.settled': {
    nl: 'referentieperiode {period} werd in RaaS afgerekend; eCalcura neemt gegevens vanaf referentieperiode {first}',
    en: 'reference period {period} was settled in RaaS; eCalcura takes data from reference period {first} on',
  },
  'contract.settled': {
    nl: 'het contract loopt tot {end} en valt dus helemaal in referentieperiodes die in RaaS afgerekend werden (tot en met {period}); eCalcura neemt gegevens vanaf referentieperiode {first}',
    en: 'the contract runs until {end}, so it lies wholly in reference periods settled in RaaS (up to {period}); eCalcura takes data from reference period {first} on',
  },
  'period.incomplete': {
    nl: 'referentieperiode {period} is niet volledig: er ontbreken {missing} prestaties (zie "eloket period status {period}")',
    en: 'reference period {period} is not complete: {missing} prestaties are missing (see "eloket period status {period}")',
  },

  // bank accounts
  'bank.not_found': { nl: 'rekeningnummer {id} bestaat niet', en: 'bank account {id} does not exist' },
  'bank.duplicate': {
    nl: 'rekeningnummer {iban} staat al bij deze voorziening (id {id})',
    en: 'bank account {iban} is already registered for this facility (id {id})',
  },

  // RaaS import
  'import.columns_missing': {
    nl: 'het bestand mist de kolommen {missing} (gevonden: {found}); zie docs/RAAS-IMPORT.md',
    en: 'the file lacks the columns {missing} (found: {found}); see docs/RAAS-IMPORT.md',
  },
  'import.record_unknown': {
    nl: '{field}: onbekende soort rij "{value}" (contract of prestatie)',
    en: '{field}: unknown kind of row "{value}" (contract or prestatie)',
  },
  'import.other_facility': {
    nl: '{field}: deze rij hoort bij voorziening {hco}, niet bij deze',
    en: '{field}: this row belongs to facility {hco}, not this one',
  },
  'import.duplicate_id': {
    nl: '{field}: RaaS-nummer {id} staat meer dan eens in het bestand',
    en: '{field}: RaaS number {id} is in the file more than once',
  },
  'import.ended_before_cutoff': {
    nl: '{field}: het contract eindigde op {end}, voor 01/07/2021; enkel contracten die op of na 01/07/2021 actief zijn worden overgenomen',
    en: '{field}: the contract ended on {end}, before 01/07/2021; only contracts active on or after 01/07/2021 are taken',
  },
  'import.replaces_unknown': {
    nl: '{field}: het vervangen contract {id} werd niet overgenomen uit dit bestand en ook niet eerder',
    en: '{field}: the replaced contract {id} was not taken from this file, nor before',
  },
  'import.changed_since': {
    nl: '{field}: RaaS-contract {id} werd eerder overgenomen als contract {contract} en verschilt nu; wijzig het met "eloket contracts edit {contract}"',
    en: '{field}: RaaS contract {id} was taken before as contract {contract} and differs now; change it with "eloket contracts edit {contract}"',
  },
  'import.prestaties_not_migrated': {
    nl: '{field}: prestaties van {quarter} horen bij de referentieperiode die op 1 juli 2023 begon en worden niet overgenomen; voer ze in met "eloket prestaties set"',
    en: '{field}: prestaties of {quarter} belong to the reference period that started on 1 July 2023 and are not taken; enter them with "eloket prestaties set"',
  },
  'import.prestatie_contract_unknown': {
    nl: '{field}: RaaS-contract {id} werd niet overgenomen, dus zijn prestaties ook niet',
    en: '{field}: RaaS contract {id} was not taken, so neither are its prestaties',
  },
  'import.changed_after_raas_closed': {
    nl: '{field}: deze rij werd op {date} in RaaS gewijzigd, na {closed}; wat na de sluiting van RaaS op 5 december 2023 nog gewijzigd werd, wordt niet overgenomen: voer het in eCalcura in',
    en: '{field}: this row was changed in RaaS on {date}, after {closed}; what was still changed after RaaS closed on 5 December 2023 is not taken: enter it in eCalcura',
  },
  'import.prestatie_differs': {
    nl: '{field}: voor {quarter} staan al {hours} uur; de rij verschilt en wordt niet overgenomen',
    en: '{field}: {quarter} already has {hours} hours; the row differs and is not taken',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
