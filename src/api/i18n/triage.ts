/** Sentences of helpdesk triage (`helpdesk suggest`): its access rule and the knowledge base. */
export const triage = {
  'triage.department_only': {
    nl: 'enkel het Departement Zorg (helpdesk en dossierbehandelaars) krijgt suggesties voor een antwoord',
    en: 'only the Departement Zorg (helpdesk and case handlers) gets suggested answers',
  },
  'triage.knowledge_unreadable': {
    nl: 'kennisbank: {file} overgeslagen: {reason}',
    en: 'knowledge base: {file} skipped: {reason}',
  },
  'triage.knowledge_field': {
    nl: 'het veld "{name}" ontbreekt of is ongeldig',
    en: 'the field "{name}" is missing or invalid',
  },
  'triage.knowledge_theme': {
    nl: 'kennisbank: {file}: onbekend thema "{value}" genegeerd (gekend: {known})',
    en: 'knowledge base: {file}: unknown theme "{value}" ignored (known: {known})',
  },

  // the draft answer, in the language of the question
  'triage.greeting': { nl: 'Beste {name},', en: 'Dear {name},' },
  'triage.greeting_anonymous': { nl: 'Beste,', en: 'Hello,' },
  'triage.closing': { nl: 'Met vriendelijke groeten,', en: 'Kind regards,' },
  'triage.placeholder': {
    nl: '[Geen passend antwoord gevonden in de kennisbank of in eerdere antwoorden: vul hier zelf het antwoord in.]',
    en: '[No fitting answer found in the knowledge base or in earlier answers: write the answer here.]',
  },

  // remarks for the handler
  'triage.note_theme': {
    nl: 'dit bericht staat onder het thema {current}, maar de inhoud wijst op {theme} (team {team})',
    en: 'this message is on the theme {current}, but its content points to {theme} (team {team})',
  },
  'triage.note_technical': {
    nl: 'dit bericht lijkt een technische vraag die over geen thema gaat: de technische helpdesk beantwoordt die',
    en: 'this message looks like a technical question about no theme: the technical helpdesk answers those',
  },
  'triage.note_team': {
    nl: 'de vraag ligt bij {current}, maar de inhoud wijst op {team}: eloket helpdesk assign {id} --to {team}',
    en: 'the question is held by {current}, but its content points to {team}: eloket helpdesk assign {id} --to {team}',
  },
  'triage.note_unsure': {
    nl: 'geen duidelijk thema gevonden: lees de vraag zelf na',
    en: 'no clear theme found: read the question yourself',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
