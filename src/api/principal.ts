/**
 * Who is asking. Derived only from a token the api has verified; faces never build one.
 */

/**
 * Roles as the eHealth access management gives them to facility staff (seeds 001–003), plus
 * the department's own: case handlers, the technical helpdesk, and administrators (`admin`, the
 * department's "beheerder": they read what every team reads; their own commands come later).
 */
export type Role =
  | 'e-loket'
  | 'beheer-privacygevoelige-gegevens'
  | 'beheer-financiele-gegevens'
  | 'case-handler'
  | 'helpdesk'
  | 'admin';

export const ROLES: readonly Role[] = [
  'e-loket',
  'beheer-privacygevoelige-gegevens',
  'beheer-financiele-gegevens',
  'case-handler',
  'helpdesk',
  'admin',
];

/** A verified user: a facility's staff member (organisations) or the department's (teams). */
export interface Principal {
  user: string;
  name: string;
  email: string | null;
  kind: 'facility' | 'department';
  roles: Role[];
  /** HCO numbers of the facilities this user works for (facility users). */
  organisations: string[];
  /** Department teams (case handlers: theme teams; the helpdesk: `helpdesk`). */
  teams: string[];
  /** When the token that proved this expires (ISO 8601). */
  expiresAt: string;
}

/** The claims eloket reads from an access token, next to the registered ones. */
export const CLAIMS = {
  roles: 'roles',
  organisations: 'organisations',
  teams: 'teams',
  kind: 'kind',
  name: 'name',
  email: 'email',
} as const;

/** The audience of access tokens meant for the eloket api (resource indicator). */
export const API_AUDIENCE = 'urn:eloket:api';
