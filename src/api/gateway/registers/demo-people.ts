/**
 * The people of the demo world (DOMAIN.md): the demo national register and demo eCad answer
 * from this list, so scripts, tests and demos can rely on them. Ages in 2023-2024 cross the
 * 45/50/55 bands; Lotte Maes has no visum at all.
 */
import type { QualificationCode } from '../../identifiers/qualifications.js';

/** One person of the demo world: what the register knows, and what eCad holds a visum for. */
export interface DemoPerson {
  /** The 11 digits. */
  insz: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  visums: readonly QualificationCode[];
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { insz: '59022800619', firstName: 'Marleen', lastName: 'Van den Broeck', birthDate: '1959-02-28', visums: ['verpleegkundige'] },
  { insz: '65041200162', firstName: 'Jan', lastName: 'Peeters', birthDate: '1965-04-12', visums: ['verpleegkundige'] },
  { insz: '68092300223', firstName: 'Sofie', lastName: 'Claes', birthDate: '1968-09-23', visums: ['zorgkundige'] },
  { insz: '72011500396', firstName: 'Tom', lastName: 'Janssens', birthDate: '1972-01-15', visums: ['kinesitherapeut'] },
  { insz: '74063000413', firstName: 'Lotte', lastName: 'Maes', birthDate: '1974-06-30', visums: [] },
  { insz: '78110200501', firstName: 'Pieter', lastName: 'Wouters', birthDate: '1978-11-02', visums: ['verpleegkundige'] },
  { insz: '85122400775', firstName: 'Bram', lastName: 'Goossens', birthDate: '1985-12-24', visums: ['verpleegkundige'] },
  { insz: '85073003328', firstName: 'Koen', lastName: 'Mertens', birthDate: '1985-07-30', visums: ['zorgkundige'] },
  { insz: '02031000875', firstName: 'Lina', lastName: 'Dubois', birthDate: '2002-03-10', visums: ['zorgkundige'] },
];
