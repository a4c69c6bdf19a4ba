/**
 * The numbers behind the entitlement preview and the bound on prestaties: data, not code, and
 * NOT verified against the regulation. The age bands and their yearly hours are public facts
 * (sector agreement of 26 April 2005, KB 15 September 2006, BVR 7 December 2018); how the band
 * starts, how pro rata works, the premium percentages and the full-time week are our
 * assumptions (DOMAIN.md). Every face that shows a number from here says it is unverified.
 */
export const ENTITLEMENT_PARAMETERS = {
  verified: false,
  /** Full-time staff of `age` are exempted `hoursPerYear` paid hours a year, or get `premiumPercent`. */
  bands: [
    { age: 45, hoursPerYear: 96, premiumPercent: 5.26 },
    { age: 50, hoursPerYear: 192, premiumPercent: 10.52 },
    { age: 55, hoursPerYear: 288, premiumPercent: 15.78 },
  ],
  /** Assumption: a band counts from the first day of the month in which the age is reached. */
  bandStarts: 'month-age-reached',
  /** Assumption: part-timers get hours × employment fraction. */
  proRata: 'hours-times-fraction',
  /** Assumption: a month partly under contract counts for its days under contract. */
  partialMonths: 'by-days',
  /** Assumption: a full-time week, the bound on prestaties (hours × fraction × weeks in the quarter). */
  fullTimeHoursPerWeek: 38,
  /** Assumption: a birth month the register does not know (00) is taken as January. */
  unknownBirthMonth: 1,
  assumptions: {
    nl: [
      'de leeftijdscategorie telt vanaf de maand waarin de leeftijd bereikt wordt',
      'deeltijds: uren × tewerkstellingsbreuk',
      'premie: 5,26 / 10,52 / 15,78 %',
      'een onvolledige maand telt naar rato van de dagen onder contract',
      'voltijds: 38 uur per week (bovengrens prestaties)',
    ],
    en: [
      'the age band counts from the month the age is reached',
      'part-time: hours × employment fraction',
      'premium: 5.26 / 10.52 / 15.78 %',
      'a month partly under contract counts for its days under contract',
      'full time: 38 hours a week (upper bound of prestaties)',
    ],
  },
} as const;

export type EntitlementParameters = typeof ENTITLEMENT_PARAMETERS;

/** The age a gerechtigde must reach: the lowest band. */
export const ENTITLED_AGE = ENTITLEMENT_PARAMETERS.bands[0].age;
