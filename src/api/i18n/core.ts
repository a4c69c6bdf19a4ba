/** Sentences of the core: input checks, identity, access, contacts, mail. */
export const core = {
  // generic input
  'field.required': { nl: '{field} is verplicht', en: '{field} is required' },
  'field.too_long': { nl: '{field} is te lang (max. {max} tekens)', en: '{field} is too long (max {max} characters)' },
  'field.nul': {
    nl: '{field} bevat een NUL-teken (\\0), dat niet verstuurd kan worden: haal het eruit (het komt meestal uit een binair bestand of een kapotte kopie)',
    en: '{field} contains a NUL character (\\0), which cannot be sent: take it out (it usually comes from a binary file or a broken copy)',
  },
  'email.invalid': { nl: '{field}: ongeldig e-mailadres "{value}"', en: '{field}: invalid e-mail address "{value}"' },
  'phone.invalid': {
    nl: '{field}: ongeldig telefoonnummer "{value}" (bv. 02 553 36 47 of +32 2 553 36 47)',
    en: '{field}: invalid phone number "{value}" (e.g. 02 553 36 47 or +32 2 553 36 47)',
  },
  'url.invalid': { nl: '{field}: ongeldige URL "{value}" (http:// of https://)', en: '{field}: invalid URL "{value}" (http:// or https://)' },
  'name.invalid': { nl: '{field}: ongeldige naam', en: '{field}: invalid name' },
  'theme.unknown': { nl: 'onbekend thema "{value}" (gekend: {known})', en: 'unknown theme "{value}" (known: {known})' },
  'theme.required': { nl: 'minstens één thema is verplicht (--theme)', en: 'at least one theme is required (--theme)' },
  'id.invalid': { nl: '{field}: ongeldige id "{value}"', en: '{field}: invalid id "{value}"' },
  'nothing.to_change': { nl: 'niets te wijzigen: geef minstens één veld op', en: 'nothing to change: give at least one field' },
  'lang.invalid': { nl: 'taal moet nl of en zijn', en: 'language must be nl or en' },
  'config.key_unknown': { nl: 'onbekende instelling "{value}" (gekend: {known})', en: 'unknown setting "{value}" (known: {known})' },
  'config.corrupt': {
    nl: 'de instellingen in {file} zijn beschadigd (geen geldig JSON-object met tekst als waarden). Herstel het bestand (een JSON-object, bv. {"lang": "nl"}), verwijder het, of stel een waarde opnieuw in met "eloket config set <instelling> <waarde>": dat schrijft het bestand opnieuw en bewaart het beschadigde als {backup}',
    en: 'the settings in {file} are damaged (not a valid JSON object with text values). Repair the file (a JSON object, e.g. {"lang": "en"}), remove it, or set a value again with "eloket config set <key> <value>": that writes the file anew and keeps the damaged one as {backup}',
  },
  'config.bad_value': {
    nl: 'de instelling "{key}" in {file} is ongeldig ({reason}). Stel ze opnieuw in met "eloket config set {key} <waarde>", of wis ze met "eloket config set {key} \'\'"',
    en: 'the setting "{key}" in {file} is not valid ({reason}). Set it again with "eloket config set {key} <value>", or clear it with "eloket config set {key} \'\'"',
  },
  'config.control_chars': {
    nl: '{field}: een instelling is één regel zonder stuurtekens',
    en: '{field}: a setting is one line without control characters',
  },
  'url.web_invalid': {
    nl: '{field}: ongeldig webadres "{value}" (http:// of https://, zonder ? of #: de link naar een bericht komt erachter)',
    en: '{field}: invalid web address "{value}" (http:// or https://, without ? or #: the link to a message is added to it)',
  },
  'config.unreadable': {
    nl: 'de instellingen in {file} kunnen niet gelezen worden ({reason}); kijk de rechten van het bestand na',
    en: 'the settings in {file} cannot be read ({reason}); check the file\'s permissions',
  },
  'input.too_large': { nl: '{field} is te groot (max. {max})', en: '{field} is too large (max {max})' },
  'input.unreadable': { nl: '{field}: kan "{file}" niet lezen ({reason})', en: '{field}: cannot read "{file}" ({reason})' },
  'input.not_utf8': {
    nl: '{field}: "{file}" is geen geldige UTF-8-tekst (bewaar het bestand als UTF-8)',
    en: '{field}: "{file}" is not valid UTF-8 text (save the file as UTF-8)',
  },
  'limit.invalid': { nl: '{field} moet een geheel getal tussen {min} en {max} zijn', en: '{field} must be a whole number from {min} to {max}' },

  // identity
  'auth.required': { nl: 'niet aangemeld: meld u aan met "eloket auth login"', en: 'not logged in: log in with "eloket auth login"' },
  'auth.expired': {
    nl: 'uw sessie is verlopen en kon niet vernieuwd worden: meld u opnieuw aan met "eloket auth login"',
    en: 'your session expired and could not be refreshed: log in again with "eloket auth login"',
  },
  'auth.invalid_token': { nl: 'het token is ongeldig ({reason}): meld u opnieuw aan', en: 'the token is invalid ({reason}): log in again' },
  'auth.unknown_user': { nl: 'onbekende demogebruiker "{value}" (gekend: {known})', en: 'unknown demo user "{value}" (known: {known})' },
  'auth.no_device_flow': {
    nl: 'de identity provider {issuer} biedt geen device authorization grant aan; gebruik "eloket auth login" zonder --device',
    en: 'the identity provider {issuer} offers no device authorization grant; use "eloket auth login" without --device',
  },
  'auth.login_failed': { nl: 'aanmelden mislukt: {reason}', en: 'login failed: {reason}' },
  'auth.user_needs_embedded': {
    nl: '--user werkt enkel met de ingebouwde ontwikkel-identity provider (geen issuer ingesteld)',
    en: '--user works only with the embedded development identity provider (no issuer configured)',
  },
  'auth.token_stdin_empty': { nl: 'geen token ontvangen op standaardinvoer', en: 'no token received on standard input' },
  'auth.issuer_changed': {
    nl: 'de ontwikkel-identity provider van deze installatie is verhuisd van {old} naar {issuer} (de poort was bezet): meld u opnieuw aan met "eloket auth login"',
    en: 'the development identity provider of this installation moved from {old} to {issuer} (the port was taken): log in again with "eloket auth login"',
  },
  'auth.login_timeout': {
    nl: 'aanmelden afgebroken: de browser kwam niet op tijd terug; probeer opnieuw met "eloket auth login"',
    en: 'login aborted: the browser did not come back in time; try again with "eloket auth login"',
  },
  'auth.login_cancelled': { nl: 'aanmelden geannuleerd', en: 'login cancelled' },
  'auth.token_in_file': {
    nl: 'let op: geen sleutelhanger van het besturingssysteem beschikbaar; het token staat in {file} (enkel leesbaar voor u)',
    en: 'note: no operating system keyring available; the token is kept in {file} (readable by you only)',
  },
  'auth.env_token_wins': {
    nl: 'let op: ELOKET_TOKEN is gezet en gaat voor op deze aanmelding',
    en: 'note: ELOKET_TOKEN is set and takes precedence over this login',
  },
  'auth.not_access_token': {
    nl: 'dit token is geen access token (typ "{typ}"), bv. een ID token: eloket aanvaardt enkel access tokens; meld u aan met "eloket auth login"',
    en: 'this token is not an access token (typ "{typ}"), e.g. an ID token: eloket accepts access tokens only; log in with "eloket auth login"',
  },
  'auth.revoked': {
    nl: 'dit token werd ingetrokken bij het afmelden: meld u opnieuw aan met "eloket auth login"',
    en: 'this token was revoked when you logged out: log in again with "eloket auth login"',
  },
  'issuer.unreachable': { nl: 'de identity provider {issuer} is niet bereikbaar: {reason}', en: 'the identity provider {issuer} cannot be reached: {reason}' },

  // access
  'access.other_organisation': { nl: 'u hebt geen toegang tot voorziening {hco}', en: 'you have no access to facility {hco}' },
  // The eHealth roles by the names of the letters (seeds 001–003), in English too: that is
  // what the access manager finds in the eHealth access management.
  'access.role_needed.privacy': {
    nl: "hiervoor hebt u de rol 'Beheer privacygevoelige gegevens' nodig; de toegangsbeheerder van uw voorziening kent die toe in het eHealth-toegangsbeheer",
    en: "this needs the role 'Beheer privacygevoelige gegevens' (managing privacy-sensitive data); your facility's access manager grants it in the eHealth access management",
  },
  'access.role_needed.financial': {
    nl: "hiervoor hebt u de rol 'Beheer financiële gegevens' nodig; de toegangsbeheerder van uw voorziening kent die toe in het eHealth-toegangsbeheer",
    en: "this needs the role 'Beheer financiële gegevens' (managing financial data); your facility's access manager grants it in the eHealth access management",
  },
  'access.role_needed.e-loket': {
    nl: "hiervoor hebt u de rol 'e-loket' nodig; de toegangsbeheerder van uw voorziening kent die toe in het eHealth-toegangsbeheer",
    en: "this needs the role 'e-loket'; your facility's access manager grants it in the eHealth access management",
  },
  'access.role_needed.case-handler': {
    nl: "hiervoor hebt u de rol 'dossierbehandelaar' van het Departement Zorg nodig; een beheerder van het departement kent die toe",
    en: "this needs the Departement Zorg's role 'case handler'; an administrator of the department grants it",
  },
  'access.role_needed.helpdesk': {
    nl: "hiervoor hebt u de rol 'helpdesk' van het Departement Zorg nodig; een beheerder van het departement kent die toe",
    en: "this needs the Departement Zorg's role 'helpdesk'; an administrator of the department grants it",
  },
  'access.role_needed.admin': {
    nl: "hiervoor hebt u de rol 'beheerder' van het Departement Zorg nodig",
    en: "this needs the Departement Zorg's role 'administrator'",
  },
  'access.ecalcura_at_wzc': {
    nl: '{name} (HCO {hco}) valt in eCalcura onder {atName} (HCO {at}): de personeelsgegevens en bankrekeningen van een centrum voor kortverblijf worden bij zijn woonzorgcentrum ingevoerd, en het centrum voor kortverblijf heeft daar geen eigen rollen voor nodig',
    en: "{name} (HCO {hco}) falls under {atName} (HCO {at}) in eCalcura: a short-stay centre's personnel data and bank accounts are entered at its care home, and the short-stay centre needs no roles of its own for them",
  },
  'access.facility_only': { nl: 'dit kan enkel een gebruiker van een voorziening', en: 'only a user of a facility can do this' },
  'access.department_only': { nl: 'dit kan enkel het Departement Zorg', en: 'only the Departement Zorg can do this' },
  'access.read_only': { nl: 'het departement kan deze gegevens lezen, niet wijzigen', en: 'the department can read this data, not change it' },
  'access.theme_not_in_team': { nl: 'thema "{theme}" hoort niet bij uw team', en: 'theme "{theme}" does not belong to your team' },
  'access.hco_required': {
    nl: 'kies een voorziening met --hco (u hebt toegang tot: {known})',
    en: 'choose a facility with --hco (you have access to: {known})',
  },
  'access.hco_required_department': {
    nl: 'zeg over welke voorziening het gaat met --hco <HCO-nummer>',
    en: 'say which facility this is about with --hco <HCO number>',
  },

  // organisation and contacts
  'org.not_found': { nl: 'voorziening {hco} bestaat niet', en: 'facility {hco} does not exist' },
  'contact.not_found': { nl: 'contactpersoon {id} bestaat niet', en: 'contact {id} does not exist' },
  'contact.duplicate_email': {
    nl: 'er is al een contactpersoon met e-mailadres {email} in deze voorziening (id {id})',
    en: 'a contact with e-mail address {email} already exists at this facility (id {id})',
  },
  'contact.message_only_themes': {
    nl: 'contactpersoon {id} is enkel ontvanger van een bericht en heeft geen thema\'s; maak er een contactpersoon van een thema van met "eloket contacts add ... --theme T" (met bevestiging)',
    en: 'contact {id} is a recipient of one message only and has no themes; make them a theme\'s contact with "eloket contacts add ... --theme T" (with confirmation)',
  },
  'contact.token_invalid': {
    nl: 'deze bevestigingslink is ongeldig of al gebruikt',
    en: 'this confirmation link is invalid or was already used',
  },
  'contact.token_expired': {
    nl: 'deze bevestigingslink is verlopen; vraag een nieuwe aan door de contactpersoon opnieuw te bewaren',
    en: 'this confirmation link has expired; ask for a new one by saving the contact again',
  },
  'confirm.needed': {
    nl: 'bevestiging nodig: voeg --yes toe om zonder vraag door te gaan',
    en: 'confirmation needed: add --yes to go ahead without a prompt',
  },

  // mail
  'mail.not_found': { nl: 'e-mail {id} bestaat niet', en: 'mail {id} does not exist' },
  'smtp.invalid': { nl: 'smtp: ongeldige URL "{value}" (bv. smtp://host:25)', en: 'smtp: invalid URL "{value}" (e.g. smtp://host:25)' },

  // demo world
  'seed.not_embedded': {
    nl: 'demogegevens kunnen enkel in de ingebouwde modus (geen issuer ingesteld)',
    en: 'demo data can only be created in the embedded mode (no issuer configured)',
  },

  // generic
  'internal': { nl: 'onverwachte fout: {reason}', en: 'unexpected failure: {reason}' },
  'unavailable': { nl: '{service} is niet beschikbaar: {reason}', en: '{service} is unavailable: {reason}' },
} as const;
