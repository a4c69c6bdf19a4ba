import { describe, expect, it } from 'vitest';
import { understand } from '../../src/assistant/understand.js';
import { CORPUS, NOW } from './corpus.js';

/** Whether the sentence was read as the corpus says: the command, and every value it names. */
function check(p: (typeof CORPUS)[number]): string | null {
  const u = understand(p.text, { now: NOW, department: p.department ?? false });
  const got = u.spec?.intent ?? null;
  if (got !== p.intent) return `intent ${got} (choices ${u.choices.join(', ') || '-'})`;
  for (const [name, want] of Object.entries(p.entities ?? {})) {
    if (JSON.stringify(u.values[name]) !== JSON.stringify(want)) return `${name} ${JSON.stringify(u.values[name])}, not ${JSON.stringify(want)}`;
  }
  return null;
}

describe('understanding sentences', () => {
  it('has a corpus of at least 150 phrasings in Dutch and English, covering every command', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    const intents = new Set(CORPUS.map((p) => p.intent));
    for (const intent of ['messages.list', 'messages.show', 'messages.reply', 'messages.send', 'contacts.list', 'contacts.add', 'contacts.edit', 'contacts.remove', 'tasks.list', 'employees.lookup', 'contracts.add', 'contracts.list', 'prestaties.set', 'prestaties.list', 'period.status', 'period.submit', 'helpdesk.ask']) {
      expect(intents, intent).toContain(intent);
    }
  });

  it('reads at least 95 % of the corpus right, command and values', () => {
    const wrong = CORPUS.map((p) => ({ p, why: check(p) })).filter((x) => x.why !== null);
    const accuracy = (CORPUS.length - wrong.length) / CORPUS.length;
    console.log(`assistant accuracy: ${(accuracy * 100).toFixed(1)} % of ${CORPUS.length} phrasings` + wrong.map((w) => `\n  ✗ "${w.p.text}": ${w.why}`).join(''));
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never reads a change from a sentence that does not say its action', () => {
    for (const text of ['contact An Peeters', 'contract 7', 'periode 2023-2024', 'EL-2026-7K3QX ecalcura', 'BE48 3200 7018 4927']) {
      const u = understand(text, { now: NOW });
      expect(u.spec?.mutates ?? false, text).toBe(false);
    }
  });

  it('finds INSZ numbers in any spelling and reference numbers in any case', () => {
    for (const spelled of ['85.07.30-033.28', '85073003328', '85 07 30 033 28', '850730-033-28']) {
      expect(understand(`zoek ${spelled} op`, { now: NOW }).values.insz, spelled).toBe('85073003328');
    }
    expect(understand('open  el-2026-7k3qx ', { now: NOW }).values.reference).toBe('EL-2026-7K3QX');
  });

  it('reads relative dates against today in Brussels', () => {
    const late = new Date('2026-12-31T23:30:00Z'); // already 1 January in Brussels
    expect(understand('berichten van vandaag', { now: late }).values).toMatchObject({ since: '2027-01-01', until: '2027-01-01' });
    expect(understand('berichten van vorige maand', { now: late }).values).toMatchObject({ since: '2026-12-01', until: '2026-12-31' });
  });

  it('gives choices instead of a guess when a sentence fits two commands', () => {
    const u = understand('contact', { now: NOW });
    expect(u.spec === null || !u.spec.mutates).toBe(true);
    expect(understand('goedemorgen', { now: NOW }).spec).toBeNull();
  });
});
