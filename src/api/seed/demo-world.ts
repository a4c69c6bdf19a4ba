/**
 * The demo world of the embedded default: facilities of every kind, the themes and their
 * department teams, the six demo users of CLI.md, and contacts — at WZC 1 the theme eCalcura
 * has only an unconfirmed contact, so "Mijn taken" shows a task there.
 */
export const TEAMS = [
  { code: 'erkenningen', name_nl: 'Team Erkenningen', name_en: 'Recognitions team' },
  { code: 'ecalcura', name_nl: 'Team eCalcura', name_en: 'eCalcura team' },
  { code: 'helpdesk', name_nl: 'Technische helpdesk', name_en: 'Technical helpdesk' },
] as const;

export const THEMES = [
  { code: 'erkenningen', name_nl: 'Erkenningen', name_en: 'Recognitions', team: 'erkenningen' },
  { code: 'ecalcura', name_nl: 'eCalcura', name_en: 'eCalcura', team: 'ecalcura' },
] as const;

export const ORGANISATIONS = [
  { hco: '710000101', name: 'Woonzorgcentrum De Linde', type: 'WZC', phone: '09 223 45 67', email: 'info@delinde.example.be', url: 'https://www.delinde.example.be/', kbo: '0203201340' },
  { hco: '710000202', name: 'Initiatief Beschut Wonen De Brug', type: 'IBW', phone: '03 456 78 90', email: 'secretariaat@debrug.example.be', url: 'https://www.debrug.example.be/', kbo: null },
  { hco: '710000303', name: 'Dagverzorgingscentrum Zonnebloem', type: 'CDV', phone: '016 12 34 56', email: 'info@zonnebloem.example.be', url: null, kbo: null },
  { hco: '710000404', name: 'Psychiatrisch Verzorgingstehuis Ter Heide', type: 'PVT', phone: '011 22 33 44', email: 'onthaal@terheide.example.be', url: null, kbo: null },
  { hco: '710000505', name: 'Revalidatiecentrum Het Anker', type: 'REVA', phone: '050 66 77 88', email: 'info@hetanker.example.be', url: 'https://hetanker.example.be/', kbo: null },
  { hco: '710000606', name: 'Palliatieve Equipe Regio Kortrijk', type: 'MBE', phone: '056 11 22 33', email: 'equipe@palliatief-kortrijk.example.be', url: null, kbo: null },
  { hco: '710000707', name: 'Woonzorgcentrum Hof ter Beke', type: 'WZC', phone: '02 553 36 47', email: 'directie@hofterbeke.example.be', url: null, kbo: null },
] as const;

export const WZC1 = ORGANISATIONS[0].hco;
export const IBW2 = ORGANISATIONS[1].hco;

const FACILITY_ADMIN = ['e-loket', 'beheer-privacygevoelige-gegevens', 'beheer-financiele-gegevens'];

export const DEMO_USERS = [
  { id: 'wzc-admin', name: 'Els Vermeulen', email: 'els.vermeulen@delinde.example.be', kind: 'facility', roles: FACILITY_ADMIN, organisations: [WZC1], teams: [] },
  { id: 'wzc-staff', name: 'Pieter De Smet', email: 'pieter.desmet@delinde.example.be', kind: 'facility', roles: ['e-loket'], organisations: [WZC1], teams: [] },
  { id: 'ibw-admin', name: 'An Claes', email: 'an.claes@debrug.example.be', kind: 'facility', roles: FACILITY_ADMIN, organisations: [IBW2], teams: [] },
  { id: 'handler-ecalcura', name: 'Karen Willems', email: 'karen.willems@vlaanderen.example.be', kind: 'department', roles: ['case-handler'], organisations: [], teams: ['ecalcura'] },
  { id: 'handler-erkenningen', name: 'Bart Jacobs', email: 'bart.jacobs@vlaanderen.example.be', kind: 'department', roles: ['case-handler'], organisations: [], teams: ['erkenningen'] },
  { id: 'helpdesk', name: 'Nora Peeters', email: 'nora.peeters@vlaanderen.example.be', kind: 'department', roles: ['helpdesk'], organisations: [], teams: ['helpdesk'] },
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
};
