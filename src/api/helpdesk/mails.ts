import type { MailDraft } from '../mail/outbox.js';

/**
 * The helpdesk's answer, to the address the asker gave. Theme `helpdesk` so the helpdesk sees
 * it in the mailbox; the facility's number when the asker was a facility user, so they do too.
 */
export function answerMail(input: { id: number; hco: string | null; email: string; question: string; answer: string; author: string }): MailDraft {
  const quoted = input.question
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return {
    hco: input.hco,
    theme: 'helpdesk',
    to: [input.email],
    subject: `Antwoord van de technische helpdesk op uw vraag #${input.id}`,
    body:
      `Beste,\n\n${input.answer}\n\n` +
      `Met vriendelijke groeten,\n${input.author}\nTechnische helpdesk, e-loket Departement Zorg\n\n` +
      `Uw vraag (#${input.id}):\n${quoted}\n`,
  };
}
