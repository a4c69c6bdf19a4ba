import { sanitizeLine } from '../text.js';

const MAX_ECHO = 40;

/**
 * What the user typed, fit to repeat in an error message: error texts reach the terminal
 * unfiltered, so control characters go here, and a pasted novel is cut short.
 */
export function echoInput(input: string): string {
  const line = sanitizeLine(input).trim();
  return line.length > MAX_ECHO ? `${line.slice(0, MAX_ECHO - 1)}…` : line;
}
