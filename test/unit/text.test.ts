import { describe, expect, it } from 'vitest';
import { sanitizeBlock, sanitizeField, sanitizeLine } from '../../src/api/text.js';

describe('untrusted text for a terminal', () => {
  it('removes cursor movement, colours, screen clearing and window titles whole', () => {
    const hostile = 'Hallo\u001b[2J\u001b[H\u001b[31mrood\u001b[0m\u001b]0;pwned\u0007 en \u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\';
    expect(sanitizeLine(hostile)).toBe('Hallorood en link');
  });

  it('shows other control characters visibly instead of passing them on', () => {
    expect(sanitizeLine('a\u0008b\u0000c\u007f')).toBe('a\u2408b\u2400c\u2421');
    expect(sanitizeLine('bell\u0007')).toBe('bell\u2407');
  });

  it('strips C1 escape sequences and shows bidirectional overrides instead of obeying them', () => {
    expect(sanitizeLine('x\u009b31my\u202egnp.exe')).toBe('xy\ufffdgnp.exe');
  });

  it('keeps newlines in blocks and folds them in lines', () => {
    expect(sanitizeBlock('een\r\ntwee\rdrie\n\tvier')).toBe('een\ntwee\ndrie\n\tvier');
    expect(sanitizeLine('een\ntwee\tdrie')).toBe('een twee drie');
  });

  it('takes Unicode line and paragraph separators as line ends, so no row breaks where eloket did not break it', () => {
    expect(sanitizeBlock('een\u2028twee\u2029drie')).toBe('een\ntwee\ndrie');
    expect(sanitizeLine('Goris\u2028Bcc: iemand')).toBe('Goris Bcc: iemand');
    expect(sanitizeField('a\u2028b')).toBe('a\ufffdb');
  });

  it('leaves ordinary Dutch text with accents and emoji alone', () => {
    expect(sanitizeLine('Coördinerend arts — één café ✓ 👍')).toBe('Coördinerend arts — één café ✓ 👍');
  });

  it('drops characters that take no room, which would make look-alike names differ or hide a break', () => {
    expect(sanitizeLine('An\u200b Pee\u200cte\u200drs\u2060\ufeff\u00ad\u180e')).toBe('An Peeters');
    expect(sanitizeBlock('een\u200b\ntwee\u2063')).toBe('een\ntwee');
  });

  it('shows bidirectional marks and isolates as a mark instead of obeying them', () => {
    expect(sanitizeLine('a\u200eb\u200fc\u061cd\u2066e\u2069')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffd');
  });

  it('keeps a field being edited as long as it is, each unsafe character one visible one', () => {
    const typed = 'An\u200b\u001b[2J\u202eX\u0085';
    const shown = sanitizeField(typed);
    expect(shown).toBe('An\ufffd\u241b[2J\ufffdX\ufffd');
    expect(shown.length).toBe(typed.length);
  });
});
