import { describe, expect, it } from 'vitest';
import { hintsFor } from '../../../src/ui/components/hint-bar.js';

const line = (...args: Parameters<typeof hintsFor>) => hintsFor(...args).map((h) => `${h.keys[0]} ${h.description}`).join(' · ');

describe('the hint bar', () => {
  it("names the screen's own keys before the generic list keys and the global ones", () => {
    expect(line(['berichten', 'list', 'open', 'filterable', 'pages'], 'nl', { helpOpen: false })).toMatch(
      /^b Ontvangen \/ Verzonden · n nieuw bericht · t themapagina's · Enter openen · \/ filteren per kolom .* q afsluiten · \? hulp: alle toetsen$/,
    );
  });

  it('offers Ctrl+C instead of q while typing, where q is a letter', () => {
    const typing = line(['form'], 'nl', { helpOpen: false });
    expect(typing).not.toContain('q afsluiten');
    expect(typing).toContain('Ctrl+C afsluiten');
  });

  it('says only how to close the help while it is open (q closes it, it does not quit)', () => {
    expect(line(['help'], 'nl', { helpOpen: true })).toBe('Esc hulp sluiten');
  });
});
