// The five documents rendered to PDF and checked the way a reader sees them: poppler renders each page
// to pixels (a font that lost its glyphs would still give text to `pdftotext`), the fonts are embedded
// subsets, the text carries the court, the title and the verification code, and the QR code is drawn.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chineseNumeralDate, groupCode, newVerificationCode, normalizeVerificationCode } from '../src/modules/documents/format.js';
import { type DocumentData, type DocumentKind, documentTitles, renderDocument } from '../src/modules/documents/render.js';
import { sampleDocumentData } from './documents-samples.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'lian-docs-'));
afterAll(() => {
  if (!process.env.LIAN_KEEP_PDF) rmSync(out, { recursive: true, force: true });
});

const stamp = {
  verificationCode: 'ABCD1234EFGH5678',
  verifyUrl: 'https://lian.example.org/verify/ABCD1234EFGH5678',
  issuedAt: new Date('2026-11-27T06:03:00Z'),
};

/** Decodes a binary PPM (P6) into width, height and RGB bytes. */
function readPpm(file: string) {
  const buf = readFileSync(file);
  const header = buf.subarray(0, 40).toString('latin1').split(/\s+/);
  const [w, h, max] = [Number(header[1]), Number(header[2]), header[3]!];
  const offset = buf.indexOf(`${max}\n`, 0, 'latin1') + max.length + 1;
  return { w, h, px: buf.subarray(offset) };
}

/** Share of dark pixels in a rectangle given as fractions of the page's height and width. */
function inkIn(file: string, fromY: number, toY: number, fromX = 0, toX = 1): number {
  const { w, h, px } = readPpm(file);
  let dark = 0;
  let all = 0;
  for (let y = Math.floor(h * fromY); y < Math.floor(h * toY); y++) {
    for (let x = Math.floor(w * fromX); x < Math.floor(w * toX); x++) {
      const i = (y * w + x) * 3;
      all++;
      if (px[i]! + px[i + 1]! + px[i + 2]! < 300) dark++;
    }
  }
  return dark / all;
}

describe.each(Object.keys(documentTitles) as DocumentKind[])('%s', (kind) => {
  it('renders with an embedded subset CJK font, the court and title as text, and ink in the title area', async () => {
    const data = sampleDocumentData[kind] as DocumentData[typeof kind];
    const bytes = await renderDocument(kind, data, stamp);
    const file = path.join(out, `${kind}.pdf`);
    writeFileSync(file, bytes);
    // A subset: the two Noto Sans SC faces are ~10 MB each.
    expect(bytes.length).toBeLessThan(200 * 1024);

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBe(2);
    for (const line of fonts) {
      // name type encoding emb sub uni
      expect(line).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
    }

    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(data.court.name);
    expect(text.replace(/\s/g, '')).toContain(documentTitles[kind]);
    expect(text).toContain(groupCode(stamp.verificationCode));

    execFileSync('pdftoppm', ['-r', '50', '-png', file, path.join(out, kind)]);
    execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', file, path.join(out, `${kind}-p`)]);
    const pngs = readdirSync(out).filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    const ppm = path.join(
      out,
      readdirSync(out).find((f) => f.startsWith(`${kind}-p`) && f.endsWith('.ppm'))!,
    );
    // Title area (court name and title, top ~11–21 % of the page) has glyph ink; the margin above is blank.
    expect(inkIn(ppm, 0.11, 0.21)).toBeGreaterThan(0.01);
    // The QR code sits in the top margin at the right; the left of the margin stays blank.
    expect(inkIn(ppm, 0.03, 0.1, 0.8, 0.95)).toBeGreaterThan(0.25);
    expect(inkIn(ppm, 0, 0.1, 0, 0.4)).toBe(0);
  });
});

describe('rendering', () => {
  it('gives the same bytes for the same document, and different bytes for another code', async () => {
    const a = await renderDocument('filing_receipt', sampleDocumentData.filing_receipt, stamp);
    const b = await renderDocument('filing_receipt', sampleDocumentData.filing_receipt, stamp);
    const c = await renderDocument('filing_receipt', sampleDocumentData.filing_receipt, { ...stamp, verificationCode: 'ZZZZ1234EFGH5678' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('lists every material of the receipt with its full SHA-256, across pages when there are many', async () => {
    const many = {
      ...sampleDocumentData.filing_receipt,
      materials: Array.from({ length: 30 }, (_, i) => ({
        fileName: `证据${i + 1}-银行流水明细.pdf`,
        kindLabel: '证据',
        size: 1000 * i,
        sha256: (i.toString(16).padStart(2, '0') + 'ab').repeat(16),
      })),
    };
    const file = path.join(out, 'many.pdf');
    writeFileSync(file, await renderDocument('filing_receipt', many, stamp));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    for (const m of many.materials) expect(text).toContain(m.sha256);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`共 ${pages} 页`);
  });
});

describe('formats', () => {
  it('writes a ruling date in Chinese numerals', () => {
    expect(chineseNumeralDate('2026-11-27')).toBe('二〇二六年十一月二十七日');
    expect(chineseNumeralDate('2030-01-10')).toBe('二〇三〇年一月十日');
    expect(chineseNumeralDate('2026-02-09')).toBe('二〇二六年二月九日');
    expect(chineseNumeralDate('2026-12-31')).toBe('二〇二六年十二月三十一日');
  });

  it('makes unguessable verification codes and accepts them as people type them', () => {
    const codes = new Set(Array.from({ length: 1000 }, newVerificationCode));
    expect(codes.size).toBe(1000);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    const c = [...codes][0]!;
    expect(normalizeVerificationCode(groupCode(c).toLowerCase())).toBe(c);
    expect(normalizeVerificationCode('abcd-1234-efgh-5678')).toBe('ABCD1234EFGH5678');
    expect(normalizeVerificationCode('ABCD 1234 EFGH 567O')).toBe('ABCD1234EFGH5670');
    expect(normalizeVerificationCode('ABCD1234EFGH567')).toBeNull();
    expect(normalizeVerificationCode('ABCD1234EFGH567U')).toBeNull();
    expect(normalizeVerificationCode("' OR 1=1 --")).toBeNull();
  });
});
