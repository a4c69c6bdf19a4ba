/** Sentences of the technical helpdesk ("Hulp nodig?" → Technische helpdesk). */
export const helpdesk = {
  'helpdesk.not_found': { nl: 'helpdeskvraag {id} bestaat niet', en: 'helpdesk question {id} does not exist' },
  'helpdesk.only': {
    nl: 'enkel de technische helpdesk (en het team waaraan een vraag toegewezen is) ziet helpdeskvragen',
    en: 'only the technical helpdesk (and the team a question is assigned to) sees helpdesk questions',
  },
  'helpdesk.status_invalid': {
    nl: '{field}: onbekende status "{value}" (gekend: open, assigned, answered, closed)',
    en: '{field}: unknown status "{value}" (known: open, assigned, answered, closed)',
  },
  'helpdesk.closed': {
    nl: 'helpdeskvraag {id} is afgesloten; er kan niet meer op geantwoord worden',
    en: 'helpdesk question {id} is closed; it can no longer be answered',
  },
  'helpdesk.assignee_unknown': {
    nl: '{field}: "{value}" is geen gebruiker of team van het departement (gekend: {known})',
    en: '{field}: "{value}" is not a user or team of the department (known: {known})',
  },
  'helpdesk.team_unknown': { nl: '{field}: onbekend team "{value}" (gekend: {known})', en: '{field}: unknown team "{value}" (known: {known})' },
} as const satisfies Record<string, { nl: string; en: string }>;
