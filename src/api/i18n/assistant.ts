/** Sentences of the assistant module (filled in by that module). */
export const assistant = {} as const satisfies Record<string, { nl: string; en: string }>;
