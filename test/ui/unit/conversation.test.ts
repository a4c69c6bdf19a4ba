import { describe, expect, it } from 'vitest';
import { text } from '../../../src/api/i18n/index.js';
import type { Message, Thread } from '../../../src/api/messages/index.js';
import { conversationLines } from '../../../src/ui/screens/berichten/conversation-lines.js';
import { wrapText } from '../../../src/ui/format/wrap.js';

const t = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) => text('nl', key, params);
const message = (m: Partial<Message>): Message => ({
  id: 1, reference: 'EL-2026-AAAAA', theme: 'erkenningen', direction: 'in', title: 'T', body: 'B', sentAt: '2026-03-12T13:05:00Z',
  sender: 'Bart Jacobs', senderId: 'handler-erkenningen', hco: '710000101', attachments: [], read: true, state: 'answered', assignee: null, ...m,
});
const thread = (messages: Message[]): Thread => ({ reference: 'EL-2026-AAAAA', theme: 'erkenningen', hco: '710000101', title: 'T', state: 'answered', assignee: null, messages });

describe('a thread as a conversation', () => {
  it('puts the department on the right and the facility on the left, for both sides', () => {
    const th = thread([message({ direction: 'in', sender: 'Bart Jacobs' }), message({ id: 2, direction: 'out', sender: 'Els Vermeulen' })]);
    const facility = conversationLines(th, 'facility', 80, t);
    const fromDepartment = facility.find((l) => l.text.includes('Bart Jacobs'))!;
    const fromFacility = facility.find((l) => l.text.includes('Els Vermeulen'))!;
    expect(fromDepartment).toMatchObject({ side: 'department', kind: 'header' });
    expect(fromDepartment.indent).toBeGreaterThan(0);
    expect(fromDepartment.text).toBe('Departement · Bart Jacobs · 12/03/2026 14:05');
    expect(fromFacility).toMatchObject({ side: 'facility', indent: 0 });
    // The department reads the same thread with the directions turned round: same sides.
    const department = conversationLines(thread([message({ direction: 'out', sender: 'Bart Jacobs' })]), 'department', 80, t);
    expect(department[0]).toMatchObject({ side: 'department' });
  });

  it('shows attachments with their size, and nothing indented in plain mode', () => {
    const lines = conversationLines(thread([message({ attachments: [{ name: 'plan.pdf', size: 2048, sha256: 'x' }] })]), 'facility', 80, t, true);
    expect(lines.map((l) => l.text)).toContain('  Bijlage: plan.pdf (2 kB)');
    expect(lines.every((l) => l.indent === 0)).toBe(true);
  });

  it('strips escape sequences and shows other control characters visibly', () => {
    const lines = conversationLines(thread([message({ sender: 'X\u001b]0;t\u0007', body: 'a\u001b[2Jb\u0008c' })]), 'facility', 80, t);
    const all = lines.map((l) => l.text).join('\n');
    expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(all).toContain('  ab\u2408c');
  });

  it('wraps long text at word boundaries and cuts what is longer than a line', () => {
    expect(wrapText('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('regel\n\nna lege', 20)).toEqual(['regel', '', 'na lege']);
  });
});
