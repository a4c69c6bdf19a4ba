import { describe, expect, it } from 'vitest';
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from '../../src/api/mail/retry-policy.js';

describe('the retry policy of the outbox', () => {
  it('waits 30 seconds after the first failure and doubles after each next one', () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('never waits longer than an hour', () => {
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(MAX_ATTEMPTS)).toBe(3_600_000);
    expect(retryDelayMs(10_000)).toBe(3_600_000);
  });

  it('gives up only after several hours of trying', () => {
    let waited = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) waited += retryDelayMs(attempt);
    expect(waited).toBeGreaterThan(3 * 3_600_000);
  });

  it('holds a claim longer than an SMTP conversation may last', () => {
    expect(LEASE_MS).toBeGreaterThanOrEqual(60_000);
  });
});
