import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/assistant/conversation.js';
import { complete } from '../../../src/ui/assistant/complete.js';
import { transcriptLines } from '../../../src/ui/assistant/transcript-lines.js';

const turn = (over: Partial<Turn>): Turn => ({ intent: 'messages.list', entities: {}, command: 'eloket messages list', result: null, needsConfirmation: false, kind: 'result', message: 'eloket messages list', ...over });

describe('the assistant transcript', () => {
  it('shows what was said, the command once, and a result list as a table with Brussels dates', () => {
    const lines = transcriptLines(
      [
        { who: 'user', text: 'toon berichten' },
        { who: 'assistant', text: 'eloket messages list', turn: turn({ result: { items: [{ id: 3, sentAt: '2026-11-30T09:15:00Z', reference: 'EL-2026-3PJCA', title: 'Richtlijn' }], page: 1, pages: 1, total: 1 } }) },
      ],
      80,
    ).map((l) => l.text);
    expect(lines[0]).toBe('› toon berichten');
    expect(lines.filter((l) => l.includes('eloket messages list'))).toEqual(['  $ eloket messages list']);
    expect(lines.join('\n')).toMatch(/sentAt\s+reference\s+id\s+title/);
    expect(lines.join('\n')).toContain('30/11/2026 10:15');
  });

  it('strips escape sequences and control characters from what it shows', () => {
    const lines = transcriptLines([{ who: 'assistant', text: 'x', turn: turn({ kind: 'result', message: 'x', result: [{ title: 'a\u001b]0;pwned\u0007b\u001b[2Jc' }] }) }], 80);
    for (const l of lines) expect(l.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('wraps a long answer to the width, and numbers the choices', () => {
    const lines = transcriptLines([{ who: 'assistant', text: 'Dit verandert gegevens: eloket contacts add --first An --last Peeters --email an@x.be. Uitvoeren? (ja/nee)', turn: turn({ kind: 'confirm', choices: [{ n: 1, intent: 'contacts.list', command: 'eloket contacts list' }] }) }], 40);
    expect(lines.every((l) => l.text.length <= 40)).toBe(true);
    expect(lines.map((l) => l.text)).toContain('  1) eloket contacts list');
  });
});

describe('completing at the prompt', () => {
  it('completes slash commands, one or the common part of several', () => {
    expect(complete('/contacts a', [])).toEqual({ line: '/contacts add ', candidates: [] });
    expect(complete('/contacts', [])?.candidates).toEqual(expect.arrayContaining(['/contacts add', '/contacts list']));
  });

  it('completes themes, references and names from what the session has seen', () => {
    const values = ['ecalcura', 'erkenningen', 'EL-2026-3PJCA', 'An Peeters'];
    expect(complete('contactpersoon voor eca', values)?.line).toBe('contactpersoon voor ecalcura ');
    expect(complete('open el-2026-3', values)?.line).toBe('open EL-2026-3PJCA ');
    expect(complete('thema e', values)).toEqual({ line: 'thema e', candidates: ['ecalcura', 'erkenningen', 'EL-2026-3PJCA'] });
    expect(complete('', values)).toBeNull();
  });
});
