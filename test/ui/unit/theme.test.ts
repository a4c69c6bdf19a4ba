import { describe, expect, it } from 'vitest';
import { colourTheme, noColourTheme, pickTheme } from '../../../src/ui/theme/themes.js';

describe('the theme', () => {
  it('is colourful by default and colourless with NO_COLOR, --no-color or a dumb terminal', () => {
    expect(pickTheme({}, undefined)).toBe(colourTheme);
    expect(pickTheme({ NO_COLOR: '1' }, undefined)).toBe(noColourTheme);
    expect(pickTheme({}, false)).toBe(noColourTheme);
    expect(pickTheme({ TERM: 'dumb' }, undefined)).toBe(noColourTheme);
  });

  it('has no colour at all in the no-colour theme, yet marks the selection', () => {
    expect(JSON.stringify(noColourTheme)).not.toMatch(/"(color|backgroundColor)"/);
    expect(noColourTheme.selection).toEqual({ inverse: true });
  });
});
