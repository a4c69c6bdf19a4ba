/**
 * The demo world of the embedded default: facilities of every kind the seeds name, the themes
 * and their department teams, the demo users of COMMANDS.md and more, and contacts — at WZC 1 the
 * theme eCalcura has only an unconfirmed contact, so "Mijn taken" shows a task there.
 */
import type { Role } from '../principal.js';

export const TEAMS = [
  { code: 'erkenningen', name_nl: 'Team Erkenningen', name_en: 'Recognitions team' },
  { code: 'ecalcura', name_nl: 'Team eCalcura', name_en: 'eCalcura team' },
  { code: 'helpdesk', name_nl: 'Technische helpdesk', name_en: 'Technical helpdesk' },
] as const;

export const THEMES = [
  { code: 'erkenningen', name_nl: 'Erkenningen', name_en: 'Recognitions', team: 'erkenningen' },
  { code: 'ecalcura', name_nl: 'eCalcura', name_en: 'eCalcura', team: 'ecalcura' },
] as const;

/** `ecalcuraAt`: where the facility's eCalcura data is kept when not at itself (a CVK's WZC). */
export const ORGANISATIONS = [
  { hco: '710000101', name: 'Woonzorgcentrum De Linde', type: 'WZC', phone: '09 223 45 67', email: 'info@delinde.example.be', url: 'https://www.delinde.example.be/', kbo: '0203201340', ecalcuraAt: null },
  { hco: '710000202', name: 'Initiatief Beschut Wonen De Brug', type: 'IBW', phone: '03 456 78 90', email: 'secretariaat@debrug.example.be', url: 'https://www.debrug.example.be/', kbo: null, ecalcuraAt: null },
  { hco: '710000303', name: 'Dagverzorgingscentrum Zonnebloem', type: 'CDV', phone: '016 12 34 56', email: 'info@zonnebloem.example.be', url: null, kbo: null, ecalcuraAt: null },
  { hco: '710000404', name: 'Psychiatrisch Verzorgingstehuis Ter Heide', type: 'PVT', phone: '011 22 33 44', email: 'onthaal@terheide.example.be', url: null, kbo: null, ecalcuraAt: null },
  { hco: '710000505', name: 'Revalidatiecentrum Het Anker', type: 'REVA', phone: '050 66 77 88', email: 'info@hetanker.example.be', url: 'https://hetanker.example.be/', kbo: null, ecalcuraAt: null },
  { hco: '710000606', name: 'Palliatieve Equipe Regio Kortrijk', type: 'MBE', phone: '056 11 22 33', email: 'equipe@palliatief-kortrijk.example.be', url: null, kbo: null, ecalcuraAt: null },
  { hco: '710000707', name: 'Woonzorgcentrum Hof ter Beke', type: 'WZC', phone: '02 553 36 47', email: 'directie@hofterbeke.example.be', url: null, kbo: null, ecalcuraAt: null },
  // The second HCO number of Het Anker's revalidation agreement (seed 003: some have two).
  { hco: '710000515', name: 'Revalidatiecentrum Het Anker, campus Sint-Andries', type: 'REVA', phone: '050 66 77 90', email: 'sint-andries@hetanker.example.be', url: 'https://hetanker.example.be/', kbo: null, ecalcuraAt: null },
  // De Linde's short-stay centre: its own facility in the e-loket, under De Linde in eCalcura (seed 002).
  { hco: '710000808', name: 'Centrum voor Kortverblijf De Linde', type: 'CVK', phone: '09 223 45 70', email: 'kortverblijf@delinde.example.be', url: null, kbo: null, ecalcuraAt: '710000101' },
] as const;

export const WZC1 = ORGANISATIONS[0].hco;
export const IBW2 = ORGANISATIONS[1].hco;
export const CDV3 = ORGANISATIONS[2].hco;
export const PVT4 = ORGANISATIONS[3].hco;
export const REVA5 = ORGANISATIONS[4].hco;
export const MBE6 = ORGANISATIONS[5].hco;
export const REVA5_CAMPUS = ORGANISATIONS[7].hco;
export const CVK8 = ORGANISATIONS[8].hco;

const FACILITY_ADMIN: Role[] = ['e-loket', 'beheer-privacygevoelige-gegevens', 'beheer-financiele-gegevens'];

/**
 * The demo users, with who they are and what is special about them (shown by `eloket auth
 * login --help`). The first six are
 * COMMANDS.md's and never change (tests rely on them); the others cover every kind of facility of
 * the seeds, with and without the eCalcura roles, a user of two HCO numbers, and the
 * department's administrator.
 */
export const DEMO_USERS = [
  { id: 'wzc-admin', name: 'Els Vermeulen', email: 'els.vermeulen@delinde.example.be', kind: 'facility', roles: FACILITY_ADMIN, organisations: [WZC1], teams: [], who: 'medewerker van Woonzorgcentrum De Linde (WZC)' },
  { id: 'wzc-staff', name: 'Pieter De Smet', email: 'pieter.desmet@delinde.example.be', kind: 'facility', roles: ['e-loket'], organisations: [WZC1], teams: [], who: 'medewerker van Woonzorgcentrum De Linde (WZC)' },
  { id: 'ibw-admin', name: 'An Claes', email: 'an.claes@debrug.example.be', kind: 'facility', roles: FACILITY_ADMIN, organisations: [IBW2], teams: [], who: 'medewerker van Initiatief Beschut Wonen De Brug (IBW)' },
  { id: 'handler-ecalcura', name: 'Karen Willems', email: 'karen.willems@vlaanderen.example.be', kind: 'department', roles: ['case-handler'], organisations: [], teams: ['ecalcura'], who: 'dossierbehandelaar van het departement, team eCalcura' },
  { id: 'handler-erkenningen', name: 'Bart Jacobs', email: 'bart.jacobs@vlaanderen.example.be', kind: 'department', roles: ['case-handler'], organisations: [], teams: ['erkenningen'], who: 'dossierbehandelaar van het departement, team Erkenningen' },
  { id: 'helpdesk', name: 'Nora Peeters', email: 'nora.peeters@vlaanderen.example.be', kind: 'department', roles: ['helpdesk'], organisations: [], teams: ['helpdesk'], who: 'technische helpdesk van het departement' },
  { id: 'cdv-admin', name: 'Mieke Dewulf', email: 'mieke.dewulf@zonnebloem.example.be', kind: 'facility', roles: FACILITY_ADMIN, organisations: [CDV3], teams: [], who: 'medewerker van Dagverzorgingscentrum Zonnebloem (CDV)' },
  { id: 'pvt-admin', name: 'Wim Hermans', email: 'wim.hermans@terheide.example.be', kind: 'facility', roles: ['e-loket', 'beheer-privacygevoelige-gegevens'], organisations: [PVT4], teams: [], who: 'medewerker van Psychiatrisch Verzorgingstehuis Ter Heide (PVT)', note: 'zonder Beheer financiële gegevens: geen bankrekeningen' },
  { id: 'reva-admin', name: 'Kris Vandamme', email: 'kris.vandamme@hetanker.example.be', kind: 'facility', roles: FACILITY_ADMIN, organisations: [REVA5, REVA5_CAMPUS], teams: [], who: 'medewerker van Revalidatiecentrum Het Anker (REVA)', note: 'twee HCO-nummers onder één revalidatieovereenkomst: kies met --hco' },
  { id: 'reva-staff', name: 'Jonas Verbeke', email: 'jonas.verbeke@hetanker.example.be', kind: 'facility', roles: ['e-loket'], organisations: [REVA5], teams: [], who: 'medewerker van Revalidatiecentrum Het Anker (REVA)' },
  { id: 'mbe-staff', name: 'Hilde Martens', email: 'hilde.martens@palliatief-kortrijk.example.be', kind: 'facility', roles: ['e-loket'], organisations: [MBE6], teams: [], who: 'medewerker van Palliatieve Equipe Regio Kortrijk (MBE)' },
  { id: 'cvk-staff', name: 'Annelies Goris', email: 'annelies.goris@delinde.example.be', kind: 'facility', roles: ['e-loket'], organisations: [CVK8], teams: [], who: 'medewerker van Centrum voor Kortverblijf De Linde (CVK)', note: `geen eCalcura-rollen: dat valt onder WZC De Linde (HCO ${WZC1})` },
  { id: 'admin', name: 'Sanne Verhoeven', email: 'sanne.verhoeven@vlaanderen.example.be', kind: 'department', roles: ['admin'], organisations: [], teams: [], who: 'beheerder van het departement', note: 'leest wat elk team leest; de beheeropdrachten volgen later' },
] as const;

/** Contacts per facility: [first, last, email, phone, themes, confirmed]. */
export const CONTACTS: Record<string, [string, string, string, string | null, string[], boolean][]> = {
  [WZC1]: [
    ['Els', 'Vermeulen', 'els.vermeulen@delinde.example.be', '09 223 45 60', ['erkenningen'], true],
    ['Joris', 'Maes', 'joris.maes@delinde.example.be', null, ['ecalcura'], false],
  ],
  [IBW2]: [['An', 'Claes', 'an.claes@debrug.example.be', '03 456 78 91', ['erkenningen', 'ecalcura'], true]],
  '710000303': [['Mieke', 'Dewulf', 'mieke.dewulf@zonnebloem.example.be', null, ['erkenningen', 'ecalcura'], true]],
  '710000404': [
    ['Wim', 'Hermans', 'wim.hermans@terheide.example.be', '011 22 33 45', ['erkenningen'], true],
    ['Ilse', 'Lambrechts', 'ilse.lambrechts@terheide.example.be', null, ['ecalcura'], true],
  ],
  '710000505': [['Kris', 'Vandamme', 'kris.vandamme@hetanker.example.be', null, ['erkenningen', 'ecalcura'], true]],
  '710000606': [['Hilde', 'Martens', 'hilde.martens@palliatief-kortrijk.example.be', null, ['erkenningen', 'ecalcura'], true]],
  '710000707': [['Luc', 'Segers', 'luc.segers@hofterbeke.example.be', '02 553 36 48', ['erkenningen', 'ecalcura'], true]],
  [REVA5_CAMPUS]: [['Griet', 'Wuyts', 'griet.wuyts@hetanker.example.be', null, ['erkenningen', 'ecalcura'], true]],
  [CVK8]: [['Annelies', 'Goris', 'annelies.goris@delinde.example.be', '09 223 45 71', ['erkenningen', 'ecalcura'], true]],
};
