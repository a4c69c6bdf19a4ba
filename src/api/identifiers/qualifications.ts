/**
 * The qualifications an eCalcura contract can name (DOMAIN.md). `needsVisum`: eCad must hold a
 * visum for the person before the contract is accepted. `care`: a listed care profession; staff
 * outside the list only count as "gelijkgestelden" after enough irregular hours.
 */
import { validation } from '../errors.js';
import { echoInput } from './echo-input.js';

/** One qualification code with its rules and its names. */
export interface Qualification {
  code: string;
  needsVisum: boolean;
  care: boolean;
  name_nl: string;
  name_en: string;
}

export const QUALIFICATIONS = [
  { code: 'verpleegkundige', needsVisum: true, care: true, name_nl: 'Verpleegkundige', name_en: 'Nurse' },
  { code: 'zorgkundige', needsVisum: true, care: true, name_nl: 'Zorgkundige', name_en: 'Care assistant' },
  { code: 'kinesitherapeut', needsVisum: true, care: true, name_nl: 'Kinesitherapeut', name_en: 'Physiotherapist' },
  { code: 'ergotherapeut', needsVisum: true, care: true, name_nl: 'Ergotherapeut', name_en: 'Occupational therapist' },
  { code: 'logopedist', needsVisum: true, care: true, name_nl: 'Logopedist', name_en: 'Speech therapist' },
  { code: 'dietist', needsVisum: true, care: true, name_nl: 'Diëtist', name_en: 'Dietitian' },
  { code: 'psycholoog', needsVisum: true, care: true, name_nl: 'Psycholoog', name_en: 'Psychologist' },
  { code: 'audioloog', needsVisum: true, care: true, name_nl: 'Audioloog', name_en: 'Audiologist' },
  { code: 'maatschappelijk-assistent', needsVisum: false, care: true, name_nl: 'Maatschappelijk assistent', name_en: 'Social worker' },
  { code: 'orthopedagoog', needsVisum: false, care: true, name_nl: 'Orthopedagoog', name_en: 'Orthopedagogue' },
  { code: 'pedagoog', needsVisum: false, care: true, name_nl: 'Pedagoog', name_en: 'Educationalist' },
  { code: 'administratief', needsVisum: false, care: false, name_nl: 'Administratief personeel', name_en: 'Administrative staff' },
  { code: 'logistiek', needsVisum: false, care: false, name_nl: 'Logistiek personeel', name_en: 'Logistics staff' },
] as const satisfies readonly Qualification[];

export type QualificationCode = (typeof QUALIFICATIONS)[number]['code'];

export function findQualification(code: string): Qualification | undefined {
  const wanted = code.trim().toLowerCase();
  return QUALIFICATIONS.find((q) => q.code === wanted);
}

/** The qualification a code names, or a validation error on `field` listing the known codes. */
export function requireQualification(code: string, field = 'qualification'): Qualification {
  if (!code.trim()) throw validation(field, 'field.required');
  const found = findQualification(code);
  if (found) return found;
  throw validation(field, 'qualification.unknown', {
    value: echoInput(code),
    known: QUALIFICATIONS.map((q) => q.code).join(', '),
  });
}
