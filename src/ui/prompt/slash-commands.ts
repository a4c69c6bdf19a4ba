import type { ScreenId } from '../state/ui-reducer.js';

/** What a line typed at the prompt asks for: a screen, help, quitting, or something for the assistant. */
export type PromptRequest =
  | { kind: 'empty' }
  | { kind: 'go'; screen: ScreenId; command: string }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'unknown'; command: string }
  | { kind: 'sentence'; text: string };

const SCREENS: Record<string, ScreenId> = {
  home: 'home',
  berichten: 'berichten',
  messages: 'berichten',
  contacten: 'contacten',
  contacts: 'contacten',
  taken: 'taken',
  tasks: 'taken',
  ecalcura: 'ecalcura',
  helpdesk: 'helpdesk',
  mail: 'mail',
};

/** The prompt's own slash commands as Tab offers them: each screen by its Dutch name, help, quit. */
export const PROMPT_COMMANDS: readonly string[] = [...Object.entries(SCREENS).filter(([word, id]) => word === id).map(([word]) => `/${word}`), '/help', '/quit'];

export function parsePrompt(line: string): PromptRequest {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'sentence', text };
  const parts = text.slice(1).split(/\s+/);
  const command = parts[0]!.toLowerCase();
  // "/berichten" opens the screen; "/berichten --unread" is a command for the assistant.
  if (command in SCREENS && parts.length === 1) return { kind: 'go', screen: SCREENS[command]!, command };
  if (command === 'help' || command === 'hulp' || command === '?') return { kind: 'help' };
  if (command === 'quit' || command === 'exit' || command === 'q' || command === 'stop') return { kind: 'quit' };
  return { kind: 'unknown', command: text.split(/\s+/)[0]! };
}
