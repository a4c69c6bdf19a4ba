import { describe, expect, it } from 'vitest';
import { encodeReference, normaliseReference, REFERENCE_ALPHABET, scrambledReference } from '../../src/api/messages/reference.js';

describe('reference numbers', () => {
  it('use no characters that look alike', () => {
    for (const ch of '01ILOU') expect(REFERENCE_ALPHABET).not.toContain(ch);
    expect(encodeReference(2026, 0)).toBe('EL-2026-22222');
    expect(encodeReference(2026, 30 ** 5 - 1)).toBe('EL-2026-ZZZZZ');
  });

  it('are the same whatever the case and the spaces around them', () => {
    expect(normaliseReference('  el-2026-7k3qx ')).toBe('EL-2026-7K3QX');
  });

  it('are all different in a generated world of 200,000 threads', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(scrambledReference(2026, i));
    expect(seen.size).toBe(200_000);
    expect([...seen].slice(0, 3).every((r) => /^EL-2026-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/.test(r))).toBe(true);
  });
});
