/**
 * "Mijn taken" for eCalcura: one task per quarter that is over and still lacks prestaties, in
 * every period not yet submitted.
 */
import type { TaskSource } from '../tasks/index.js';
import { periodStatus } from './completeness.js';
import { currentPeriods } from './periods.js';
import { brusselsDay } from './reference-periods.js';
import { ECALCURA_THEME } from './scope.js';

export const missingPrestaties: TaskSource = (store, hco, lang, now) => {
  const today = brusselsDay(now);
  return currentPeriods(now).flatMap((period) => {
    const status = periodStatus(store, hco, period, today);
    if (status.state === 'submitted') return [];
    return status.quarters
      .filter((q) => q.ended && q.missing > 0)
      .map((q) => ({
        kind: 'missing-prestaties' as const,
        theme: ECALCURA_THEME,
        period,
        quarter: q.quarter,
        title:
          lang === 'nl'
            ? `Vul de prestaties van ${q.quarter} in voor ${q.missing} ${q.missing === 1 ? 'contract' : 'contracten'} (premie of vervanger)`
            : `Enter the prestaties of ${q.quarter} for ${q.missing} ${q.missing === 1 ? 'contract' : 'contracts'} (premium or replacement)`,
      }));
  });
};
