import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareAttachments, readBlob, storeBlobs, blobPath } from '../../src/api/attachments/index.js';
import { isPlainName, sanitizeFileName, uniqueName } from '../../src/api/attachments/names.js';
import { contentFits, formatSize, isExecutable } from '../../src/api/attachments/policy.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eloket-attach-unit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

describe('attachment names', () => {
  it('keep only the file name, without control or direction characters', () => {
    expect(sanitizeFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(sanitizeFileName('C:\\Users\\an\\verslag.pdf')).toBe('verslag.pdf');
    expect(sanitizeFileName('ver\u0007slag\u202e.pdf')).toBe('verslag.pdf');
    expect(sanitizeFileName('...verborgen.pdf')).toBe('verborgen.pdf');
    expect(sanitizeFileName('<>:"|?*.pdf')).toBe('bijlage.pdf');
    expect(sanitizeFileName(`${'a'.repeat(300)}.pdf`)).toMatch(/^a{116}\.pdf$/);
  });

  it('stay unique within one message', () => {
    expect(uniqueName('verslag.pdf', new Set(['verslag.pdf', 'verslag (2).pdf']))).toBe('verslag (3).pdf');
  });

  it('tell a plain name from a path', () => {
    expect(isPlainName('verslag.pdf')).toBe(true);
    expect(isPlainName('../verslag.pdf')).toBe(false);
    expect(isPlainName('a/b.pdf')).toBe(false);
    expect(isPlainName('..')).toBe(false);
    expect(isPlainName('a\u001b.pdf')).toBe(false);
  });
});

describe('the type policy', () => {
  it('checks content against the extension and refuses programs whatever their name', () => {
    expect(contentFits('pdf', PDF)).toBe(true);
    expect(contentFits('pdf', Buffer.from('PK\u0003\u0004'))).toBe(false);
    expect(contentFits('docx', Buffer.from('PK\u0003\u0004rest'))).toBe(true);
    expect(contentFits('doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0]))).toBe(true);
    expect(contentFits('exe', Buffer.from('MZ'))).toBe(false);
    expect(isExecutable(Buffer.from('MZ\u0090'))).toBe(true);
    expect(isExecutable(Buffer.from('\u007fELF'))).toBe(true);
    expect(isExecutable(Buffer.from('#!/bin/sh'))).toBe(true);
    expect(isExecutable(PDF)).toBe(false);
  });

  it('writes sizes for people', () => {
    expect(formatSize(10 * 1024 * 1024)).toBe('10,0 MiB');
    expect(formatSize(2048)).toBe('2 kB');
    expect(formatSize(12)).toBe('12 bytes');
  });
});

describe('stored contents', () => {
  it('are read back only when they still match their sha256', () => {
    writeFileSync(join(dir, 'a.pdf'), PDF);
    const [file] = prepareAttachments(['a.pdf'], dir);
    const store = join(dir, 'store');
    storeBlobs(store, [file!]);
    expect(readBlob(store, file!).equals(PDF)).toBe(true);
    writeFileSync(blobPath(store, file!.sha256), Buffer.from('%PDF-1.4\n%%EOX\n'));
    expect(() => readBlob(store, file!)).toThrow(/sha256/);
  });

  it('are removed again by the undo of the call that wrote them', () => {
    writeFileSync(join(dir, 'a.pdf'), PDF);
    const files = prepareAttachments(['a.pdf'], dir);
    const store = join(dir, 'store');
    const undo = storeBlobs(store, files);
    undo();
    expect(() => readBlob(store, files[0]!)).toThrow();
  });

  it('never name a path outside the store', () => {
    expect(() => blobPath(dir, '../../etc/passwd')).toThrow();
  });
});
