/**
 * The registers an api uses: over HTTP where a base URL is configured (settings `register-url`,
 * `ecad-url`), the demo world otherwise. Each is chosen on its own, so a test environment can
 * pair a real register with the demo eCad.
 */
import { createDemoEcad, createDemoNationalRegister } from './demo.js';
import { createHttpEcad } from './http-ecad.js';
import { createHttpNationalRegister } from './http-national-register.js';
import type { Ecad, HttpRegisterOptions, NationalRegister } from './types.js';

export type { Ecad, HttpRegisterOptions, NationalRegister, RegisterPerson } from './types.js';

/** The settings that point at real registers; absent or empty means the demo world. */
export interface RegisterSettings {
  'register-url'?: string;
  'ecad-url'?: string;
}

/** The registers in use, and where each one answers from. */
export interface Registers {
  nationalRegister: NationalRegister;
  ecad: Ecad;
  sources: { nationalRegister: 'http' | 'demo'; ecad: 'http' | 'demo' };
}

export function registersFor(settings: RegisterSettings, options: Omit<HttpRegisterOptions, 'baseUrl'>): Registers {
  const registerUrl = settings['register-url']?.trim();
  const ecadUrl = settings['ecad-url']?.trim();
  return {
    nationalRegister: registerUrl ? createHttpNationalRegister({ ...options, baseUrl: registerUrl }) : createDemoNationalRegister(),
    ecad: ecadUrl ? createHttpEcad({ ...options, baseUrl: ecadUrl }) : createDemoEcad(),
    sources: { nationalRegister: registerUrl ? 'http' : 'demo', ecad: ecadUrl ? 'http' : 'demo' },
  };
}
