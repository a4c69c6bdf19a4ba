/** What eloket keeps after a login: the tokens and whom they came from. */
export interface StoredTokens {
  /** The issuer that signed the access token (its `iss`). */
  issuer: string;
  clientId: string;
  /** A JWT for the eloket api (audience `urn:eloket:api`). */
  accessToken: string;
  /** Present when the issuer granted offline access; used to refresh without a new login. */
  refreshToken?: string;
  /** When the access token expires (ISO 8601). */
  expiresAt: string;
}

/** Where the token of a session was found: the OS keyring, the file in ELOKET_HOME, or ELOKET_TOKEN. */
export type TokenStoreKind = 'keyring' | 'file' | 'env';

/** What `auth login` and `auth status` tell about the session. */
export interface AuthStatus {
  user: string;
  name: string;
  roles: string[];
  organisations: string[];
  teams: string[];
  kind: 'facility' | 'department';
  expiresAt: string;
  issuer: string;
  tokenStore: TokenStoreKind;
  /** The token file, when that is where the token is kept. */
  tokenFile?: string;
  refreshable: boolean;
}
