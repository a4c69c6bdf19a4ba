/** The federal registers eCalcura consults, as the api sees them: HTTP in production, demo data otherwise. */

/** A person as the national register knows them. */
export interface RegisterPerson {
  /** The 11 digits. */
  insz: string;
  firstName: string;
  lastName: string;
  /** `yyyy-mm-dd`; `00` for a month or day the register does not know. */
  birthDate: string;
}

/** The national register (rijksregister). */
export interface NationalRegister {
  /** The person with this INSZ, or null when the register does not know them (callers raise not_found). */
  lookup(insz: string): Promise<RegisterPerson | null>;
}

/** eCad, the federal database of health professionals. */
export interface Ecad {
  /** The qualification codes the person holds a visum for; empty when eCad does not know them. */
  visums(insz: string): Promise<string[]>;
}

/** How the HTTP clients reach a register. */
export interface HttpRegisterOptions {
  /** e.g. `https://gateway.example/rijksregister/v1`; paths are appended to it. */
  baseUrl: string;
  /** The caller's bearer token, asked once per lookup so a refreshed session is used. */
  token: () => Promise<string> | string;
  /** Per attempt; default 5000 ms. */
  timeoutMs?: number;
  /** Extra attempts after a network error or a 5xx; default 2. */
  retries?: number;
  /** Wait before the first retry, doubled for each next one; default 250 ms. */
  backoffMs?: number;
}
