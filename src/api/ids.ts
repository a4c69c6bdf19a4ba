/** HCO numbers and references are opaque: compared case-insensitively with spaces trimmed. */
export const normaliseOpaque = (value: string): string => value.trim().toLowerCase();

export const sameOpaque = (a: string, b: string): boolean => normaliseOpaque(a) === normaliseOpaque(b);
