import { describe, expect, it } from 'vitest';
import { requireEmail, requireId, requirePhone, requireText, requireUrl } from '../../src/api/validate.js';
import { EloketError } from '../../src/api/errors.js';

function failure(fn: () => unknown): EloketError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EloketError) return e;
    throw e;
  }
  throw new Error('expected a validation error');
}

describe('e-mail addresses', () => {
  it('accepts ordinary addresses and lowercases only the domain', () => {
    expect(requireEmail('email', ' An.Peeters@WZC-De-Linde.Example.BE ')).toBe('An.Peeters@wzc-de-linde.example.be');
    expect(requireEmail('email', 'x+tag@sub.domain.be')).toBe('x+tag@sub.domain.be');
  });

  it.each(['', 'plain', 'a@b', 'a@@b.be', 'a b@c.be', '.a@b.be', 'a..b@c.be', 'a@-b.be', 'a@b.c', 'a@b.be\u001b[2J'])(
    'refuses %j naming the field',
    (value) => {
      const e = failure(() => requireEmail('email', value));
      expect(e.code).toBe('validation');
      expect(e.field).toBe('email');
    },
  );
});

describe('phone numbers', () => {
  it.each(['02 553 36 47', '09/223.45.67', '0470 12 34 56', '+32 2 553 36 47', '0032 2 553 36 47', '+32 (0)9 223 45 67'.replace('(0)', '')])(
    'accepts %j',
    (value) => {
      expect(requirePhone('phone', value)).toBe(value.trim().replace(/\s+/g, ' '));
    },
  );

  it.each(['12345', '2 553 36 47', '02 553 36 47 88 99', 'call me', '+0 123 456 789', '0800-FLOWERS'])('refuses %j', (value) => {
    const e = failure(() => requirePhone('phone', value));
    expect(e.field).toBe('phone');
    expect(e.key).toBe('phone.invalid');
  });
});

describe('web addresses', () => {
  it('takes a bare host as https and keeps http and https', () => {
    expect(requireUrl('url', 'www.delinde.be')).toBe('https://www.delinde.be/');
    expect(requireUrl('url', 'http://delinde.be/contact')).toBe('http://delinde.be/contact');
  });

  it.each(['ftp://x.be', 'javascript:alert(1)', 'https://nodot', 'https://user:pw@x.be', 'https://x .be', '::'])('refuses %j', (value) => {
    expect(failure(() => requireUrl('url', value)).field).toBe('url');
  });
});

describe('names and ids', () => {
  it('trims names and refuses empty, overlong and control characters', () => {
    expect(requireText('first', '  An ')).toBe('An');
    expect(failure(() => requireText('first', '   ')).key).toBe('field.required');
    expect(failure(() => requireText('first', 'x'.repeat(101), 100)).key).toBe('field.too_long');
    expect(failure(() => requireText('last', 'Evil\u001b]0;title\u0007')).key).toBe('name.invalid');
  });

  it('accepts positive whole ids only', () => {
    expect(requireId('id', '12')).toBe(12);
    for (const bad of ['0', '-1', '1.5', 'abc', '']) expect(failure(() => requireId('id', bad)).field).toBe('id');
  });

  it('takes only decimal digits as an id, not what Number() also reads as a number', () => {
    expect(requireId('id', ' 12 ')).toBe(12);
    expect(requireId('id', '007')).toBe(7);
    for (const bad of ['0x1', '1e3', '0b1', '0o7', '1.0', '+1', '1_000', '12abc', 'Infinity', '99999999999999999']) {
      expect(failure(() => requireId('contact', bad)), bad).toMatchObject({ field: 'contact', key: 'id.invalid' });
    }
  });
});
