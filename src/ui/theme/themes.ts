import type { Theme } from './tokens.js';

export const colourTheme: Theme = {
  name: 'colour',
  text: { primary: {}, secondary: { dimColor: true }, accent: { color: 'cyan' }, title: { bold: true, color: 'blueBright' } },
  status: { error: { color: 'red', bold: true }, warning: { color: 'yellow' }, success: { color: 'green' }, info: { color: 'cyan' } },
  selection: { color: 'black', backgroundColor: 'cyan' },
  message: { facility: { color: 'green' }, department: { color: 'magenta' } },
  nav: { active: { bold: true, color: 'cyan', underline: true }, inactive: { dimColor: true } },
  border: { focused: 'cyan', unfocused: 'gray' },
};

/** NO_COLOR and `--no-color`: the same meanings, told with weight and inverse video only. */
export const noColourTheme: Theme = {
  name: 'no-colour',
  text: { primary: {}, secondary: {}, accent: { bold: true }, title: { bold: true } },
  status: { error: { bold: true }, warning: { bold: true }, success: {}, info: {} },
  selection: { inverse: true },
  message: { facility: { bold: true }, department: {} },
  nav: { active: { bold: true, underline: true }, inactive: {} },
  border: { focused: undefined, unfocused: undefined },
};

/** Colour unless NO_COLOR is set (any value), `--no-color` was given, or the terminal is dumb. */
export function pickTheme(env: NodeJS.ProcessEnv, colour: boolean | undefined): Theme {
  if (colour === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb') return noColourTheme;
  return colourTheme;
}
