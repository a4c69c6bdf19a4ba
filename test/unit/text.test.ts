import { describe, expect, it } from 'vitest';
import { sanitizeBlock, sanitizeLine } from '../../src/api/text.js';

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

  it('leaves ordinary Dutch text with accents and emoji alone', () => {
    expect(sanitizeLine('Coördinerend arts — één café ✓ 👍')).toBe('Coördinerend arts — één café ✓ 👍');
  });
});
