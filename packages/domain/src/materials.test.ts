import { describe, expect, it } from 'vitest';
import { checkMaterialName, checkMaterialType } from './materials.js';

describe('checkMaterialName', () => {
  it.each([
    ['起诉状.pdf', { ok: true, name: '起诉状.pdf' }],
    ['  证据一.JPG ', { ok: true, name: '证据一.JPG' }],
    ['', { ok: false, reason: 'EMPTY' }],
    ['..', { ok: false, reason: 'EMPTY' }],
    ['../../etc/passwd', { ok: false, reason: 'PATH' }],
    ['a\\b.pdf', { ok: false, reason: 'PATH' }],
    ['a\u0000.pdf', { ok: false, reason: 'CONTROL' }],
    ['invoice\u202Efdp.exe', { ok: false, reason: 'CONTROL' }],
    ['x'.repeat(256), { ok: false, reason: 'TOO_LONG' }],
    ['CON.pdf', { ok: false, reason: 'RESERVED' }],
    ['lpt1', { ok: false, reason: 'RESERVED' }],
    ['evidence.pdf.', { ok: false, reason: 'RESERVED' }],
    ['.htaccess', { ok: false, reason: 'RESERVED' }],
    ['console.pdf', { ok: true, name: 'console.pdf' }],
  ])('%j', (input, expected) => {
    expect(checkMaterialName(input)).toEqual(expected);
  });
});

describe('checkMaterialType', () => {
  it.each([
    ['a.pdf', 'application/pdf', { ok: true, mediaType: 'application/pdf' }],
    ['a.PDF', 'application/pdf', { ok: true, mediaType: 'application/pdf' }],
    ['photo.jpeg', 'image/jpeg', { ok: true, mediaType: 'image/jpeg' }],
    ['photo.png', 'image/png', { ok: true, mediaType: 'image/png' }],
    ['photo.pdf', 'image/png', { ok: false, reason: 'EXTENSION_MISMATCH' }],
    ['tool.pdf', 'application/x-msdownload', { ok: false, reason: 'TYPE_NOT_ALLOWED' }],
    ['notes.pdf', undefined, { ok: false, reason: 'UNKNOWN_TYPE' }],
    ['noext', 'application/pdf', { ok: false, reason: 'EXTENSION_MISMATCH' }],
    ['IMG_0001.HEIC', 'image/heic', { ok: true, mediaType: 'image/heic' }],
    ['合同.ofd', 'application/ofd', { ok: true, mediaType: 'application/ofd' }],
    ['录音.m4a', 'audio/mp4', { ok: true, mediaType: 'audio/mp4' }],
    ['录音.mp3', 'audio/mp4', { ok: false, reason: 'EXTENSION_MISMATCH' }],
  ])('%s as %s', (name, detected, expected) => {
    expect(checkMaterialType(name, detected)).toEqual(expected);
  });
});
