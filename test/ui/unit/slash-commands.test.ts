import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../src/ui/prompt/slash-commands.js';

describe('the prompt', () => {
  it('runs the slash commands of the screens in Dutch and English', () => {
    expect(parsePrompt('/berichten')).toMatchObject({ kind: 'go', screen: 'berichten' });
    expect(parsePrompt('  /Messages ')).toMatchObject({ kind: 'go', screen: 'berichten' });
    expect(parsePrompt('/contacten')).toMatchObject({ kind: 'go', screen: 'contacten' });
    expect(parsePrompt('/taken')).toMatchObject({ kind: 'go', screen: 'taken' });
  });

  it('knows /help and /quit', () => {
    expect(parsePrompt('/help')).toEqual({ kind: 'help' });
    expect(parsePrompt('/quit')).toEqual({ kind: 'quit' });
  });

  it('tells an unknown command from a sentence', () => {
    expect(parsePrompt('/foo bar')).toEqual({ kind: 'unknown', command: '/foo' });
    expect(parsePrompt('toon mijn berichten')).toEqual({ kind: 'sentence', text: 'toon mijn berichten' });
    expect(parsePrompt('   ')).toEqual({ kind: 'empty' });
  });
});
