import { readFileSync, writeFileSync } from 'node:fs';
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { ALL_SCOPES, KEY_COMMANDS, keyHelp, keysMarkdown, matches, type KeyScope } from '../../../src/ui/keys.js';

const none: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

/** The sets of scopes the screens listen to at once (see each screen's useScopes). */
const TOGETHER: KeyScope[][] = [
  ['global', 'list', 'open'],
  ['global', 'berichten', 'list', 'open', 'filterable', 'pages'],
  ['global', 'thread', 'scroll'],
  ['global', 'thread', 'caseHandling', 'scroll'],
  ['global', 'thread', 'caseHandling', 'triage', 'scroll'],
  ['global', 'recipients'],
  ['global', 'contacten', 'contactList', 'list', 'open'],
  ['global', 'contacten', 'scroll'],
  ['global', 'helpdesk', 'list', 'open', 'pages'],
  ['global', 'question', 'scroll'],
  ['global', 'question', 'triage', 'scroll'],
  ['global', 'suggestion', 'scroll'],
  ['global', 'ecalcura', 'list', 'pages'],
  ['global', 'prestaties', 'list'],
  ['global', 'list', 'open', 'pages'],
];

describe('the key table', () => {
  it('matches keys as Ink reports them', () => {
    expect(matches('quit', 'q', none)).toBe(true);
    expect(matches('quit', 'q', { ...none, ctrl: true })).toBe(false);
    expect(matches('listDown', '', { ...none, downArrow: true })).toBe(true);
    expect(matches('send', 's', { ...none, ctrl: true })).toBe(true);
    expect(matches('previousPane', '', { ...none, tab: true, shift: true })).toBe(true);
    expect(matches('nextPane', '', { ...none, tab: true, shift: true })).toBe(false);
    expect(matches('back', '', { ...none, escape: true, meta: true })).toBe(true);
  });

  it('says every command in Dutch and English', () => {
    for (const [name, spec] of Object.entries(KEY_COMMANDS)) {
      expect(spec.nl, name).not.toBe('');
      expect(spec.en, name).not.toBe('');
      expect(spec.keys.length, name).toBeGreaterThan(0);
    }
  });

  it('never binds one key to two commands a screen listens to at once', () => {
    for (const scopes of TOGETHER) {
      const seen = new Map<string, string>();
      for (const k of keyHelp(scopes, 'en')) {
        for (const binding of KEY_COMMANDS[k.command].keys) {
          expect(seen.get(binding), `${binding} in ${scopes.join('+')}: ${seen.get(binding)} and ${k.command}`).toBeUndefined();
          seen.set(binding, k.command);
        }
      }
    }
  });

  it('is documented in docs/TUI.md exactly as the code has it', () => {
    const path = new URL('../../../docs/TUI.md', import.meta.url);
    const doc = readFileSync(path, 'utf8');
    const generated = `<!-- keys:start -->\n${keysMarkdown('nl')}<!-- keys:end -->`;
    const current = doc.slice(doc.indexOf('<!-- keys:start -->'), doc.indexOf('<!-- keys:end -->') + '<!-- keys:end -->'.length);
    if (process.env.ELOKET_WRITE_DOCS === '1') writeFileSync(path, doc.replace(current, generated));
    else expect(current).toBe(generated);
  });

  it('gives every scope a command', () => {
    for (const scope of ALL_SCOPES) expect(keyHelp([scope], 'nl').length, scope).toBeGreaterThan(0);
  });
});
