import type { ScreenId } from '../state/ui-reducer.js';

/** What a line typed at the prompt asks for. Sentences get a brain in a later issue. */
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

/** The slash commands, as /help lists them. */
export const SLASH_COMMANDS = ['/home', '/berichten', '/contacten', '/taken', '/ecalcura', '/helpdesk', '/mail', '/help', '/quit'] as const;

export function parsePrompt(line: string): PromptRequest {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'sentence', text };
  const command = text.slice(1).split(/\s+/)[0]!.toLowerCase();
  if (command in SCREENS) return { kind: 'go', screen: SCREENS[command]!, command };
  if (command === 'help' || command === 'hulp' || command === '?') return { kind: 'help' };
  if (command === 'quit' || command === 'exit' || command === 'q' || command === 'stop') return { kind: 'quit' };
  return { kind: 'unknown', command: text.split(/\s+/)[0]! };
}
