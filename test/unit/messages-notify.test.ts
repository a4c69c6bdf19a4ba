import { describe, expect, it } from 'vitest';
import { messageLink, newMessageMail } from '../../src/api/messages/notify.js';

/** The notification mail of a department message links to the message in the e-loket (seed 004, 3.2.1). */
describe('the link in a notification mail', () => {
  it('is <web-url>/berichten/<reference>, with or without a slash after the address', () => {
    expect(messageLink('https://e-loket.departementzorg.be', 'EL-2026-7K3QX')).toBe('https://e-loket.departementzorg.be/berichten/EL-2026-7K3QX');
    expect(messageLink('https://eloket.example.be/zorg//', 'EL-2026-7K3QX')).toBe('https://eloket.example.be/zorg/berichten/EL-2026-7K3QX');
  });

  it('encodes the reference, so nothing in it can change where the link leads', () => {
    expect(messageLink('https://e-loket.example.be', 'EL 2026/../?x=1#y')).toBe('https://e-loket.example.be/berichten/EL%202026%2F..%2F%3Fx%3D1%23y');
  });

  it('stands in the mail next to the line for the terminal', () => {
    const mail = newMessageMail({
      hco: '710000101',
      facility: 'WZC De Linde',
      theme: 'ecalcura',
      themeName: 'eCalcura',
      reference: 'EL-2026-7K3QX',
      title: 'Berekening klaar',
      to: ['els@example.be'],
      reply: false,
      webUrl: 'https://e-loket.departementzorg.be',
    });
    expect(mail.body).toContain('\n    https://e-loket.departementzorg.be/berichten/EL-2026-7K3QX\n');
    expect(mail.body).toContain('\n    eloket messages show EL-2026-7K3QX\n');
  });
});
