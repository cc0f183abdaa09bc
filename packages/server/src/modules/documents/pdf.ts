// A small page-layout writer for court documents: A4 pages, an embedded and subsetted Simplified
// Chinese font (Noto Sans SC from npm, SIL OFL — never a system font, so every server renders the
// same glyphs), line wrapping that keeps closing punctuation off the start of a line, page breaks,
// page footers, and a verification block with a vector QR code on the last page.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from '@cantoo/pdf-lib';
import QRCode from 'qrcode';
import { groupCode } from './format.js';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
let fontBytes: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
/** The two font files (about 10 MB each) are read once per process; each document embeds only the glyphs it uses. */
function loadFonts() {
  fontBytes ??= Promise.all([readFile(require.resolve(FONT_FILES.regular)), readFile(require.resolve(FONT_FILES.bold))]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  return fontBytes;
}

/** What every issued document carries besides its content. */
export interface IssueStamp {
  /** Stored form, 16 base32 characters; printed grouped (XXXX-XXXX-XXXX-XXXX). */
  verificationCode: string;
  /** `${public URL}/verify/<code>`, encoded in the QR code. */
  verifyUrl: string;
  issuedAt: Date;
}

const A4: [number, number] = [595.28, 841.89];
// Margins close to GB/T 9704 (official documents): top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
const MARGIN = { top: 90, bottom: 90, left: 79, right: 74 };
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
/** Characters that must not begin a line (避头点): they hang at the end of the line before. */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕…%,.;:!?)]}']);
/** Characters that must not end a line: they move to the next one. */
const NO_LINE_END = new Set([...'（《「『【〔([{']);

interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: ReturnType<typeof rgb>;
  /** Extra space after the block, in points. */
  after?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
}

/** Splits text into units that may not be broken: one CJK character, or a run of Latin letters and digits. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9_@#&*+=<>/\\.:'"-]+|\s+|./gsu) ?? [];
}

export class DocumentWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly pages: PDFPage[] = [];

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  /** `seed` makes the font subset's tag (and so the bytes) the same for the same document. */
  static async create(seed: string): Promise<DocumentWriter> {
    const fonts = await loadFonts();
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    // A subset font's name starts with a six-letter tag and '+' (PDF 32000-1 §9.6.4), so readers and
    // `pdffonts` see it as a subset.
    const digest = createHash('sha256').update(seed).digest();
    const tag = (salt: number) => [...digest.subarray(salt, salt + 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const regular = await doc.embedFont(fonts.regular, { subset: true, customName: `${tag(0)}+NotoSansSC-Regular` });
    const bold = await doc.embedFont(fonts.bold, { subset: true, customName: `${tag(8)}+NotoSansSC-Bold` });
    return new DocumentWriter(doc, regular, bold);
  }

  get contentWidth() {
    return A4[0] - MARGIN.left - MARGIN.right;
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN.top;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  /** Breaks `text` into lines no wider than `width` (the first line `firstWidth`). */
  wrap(text: string, font: PDFFont, size: number, width: number, firstWidth = width): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      const limit = () => (lines.length === 0 ? firstWidth : width);
      const all = tokens(paragraph);
      for (let i = 0; i < all.length; i++) {
        let tok = all[i]!;
        const w = font.widthOfTextAtSize(tok, size);
        if (lineWidth + w <= limit() || NO_LINE_START.has(tok) || (line === '' && /^\s+$/.test(tok))) {
          line += tok;
          lineWidth += w;
          continue;
        }
        if (w > limit()) {
          // A token longer than a line (a hash, a long URL): break it by character.
          for (const ch of tok) {
            const cw = font.widthOfTextAtSize(ch, size);
            if (lineWidth + cw > limit() && line) {
              lines.push(line);
              line = '';
              lineWidth = 0;
            }
            line += ch;
            lineWidth += cw;
          }
          continue;
        }
        // An opening bracket at the end of the line moves down with the token that follows it.
        let carry = '';
        if (line && NO_LINE_END.has(line.at(-1)!)) {
          carry = line.at(-1)!;
          line = line.slice(0, -1);
        }
        lines.push(line.trimEnd());
        tok = /^\s+$/.test(tok) ? '' : tok;
        line = carry + tok;
        lineWidth = font.widthOfTextAtSize(line, size);
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  /** Draws wrapped text at the left margin plus `indent`; `firstIndent` for the first line (e.g. two characters). */
  paragraph(text: string, style: TextStyle & { indent?: number; firstIndent?: number; align?: 'left' | 'center' | 'right' } = {}) {
    const size = style.size ?? 12;
    const font = style.bold ? this.bold : this.regular;
    const lineHeight = size * (style.leading ?? 1.75);
    const indent = style.indent ?? 0;
    const firstIndent = style.firstIndent ?? indent;
    const lines = this.wrap(text, font, size, this.contentWidth - indent, this.contentWidth - firstIndent);
    lines.forEach((line, i) => {
      this.ensure(lineHeight);
      const width = font.widthOfTextAtSize(line, size);
      const left = MARGIN.left + (i === 0 ? firstIndent : indent);
      const x =
        style.align === 'center'
          ? MARGIN.left + (this.contentWidth - width) / 2
          : style.align === 'right'
            ? A4[0] - MARGIN.right - width
            : left;
      this.y -= lineHeight;
      this.page.drawText(line, { x, y: this.y + (lineHeight - size) / 2, size, font, color: style.color ?? BLACK });
    });
    this.y -= style.after ?? 0;
  }

  /** A body paragraph indented by two characters, as Chinese prose is set. */
  prose(text: string, style: TextStyle = {}) {
    const size = style.size ?? 12;
    this.paragraph(text, { ...style, firstIndent: size * 2, after: style.after ?? 2 });
  }

  /** "label：value" with the value's continuation lines aligned under its start. */
  field(label: string, value: string, style: TextStyle = {}) {
    const size = style.size ?? 12;
    const font = this.regular;
    const lead = `${label}：`;
    const indent = Math.min(font.widthOfTextAtSize(lead, size), this.contentWidth / 3);
    const lineHeight = size * (style.leading ?? 1.75);
    const lines = this.wrap(value, font, size, this.contentWidth - indent);
    lines.forEach((line, i) => {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      const baseline = this.y + (lineHeight - size) / 2;
      if (i === 0) this.page.drawText(lead, { x: MARGIN.left, y: baseline, size, font: this.bold, color: BLACK });
      this.page.drawText(line, { x: MARGIN.left + indent, y: baseline, size, font, color: style.color ?? BLACK });
    });
    this.y -= style.after ?? 0;
  }

  /** A numbered item ("一、", "1.") with a hanging indent. */
  item(marker: string, text: string, style: TextStyle = {}) {
    const size = style.size ?? 12;
    const indent = Math.max(this.regular.widthOfTextAtSize(marker, size), size * 2);
    const lineHeight = size * (style.leading ?? 1.75);
    const lines = this.wrap(text, this.regular, size, this.contentWidth - indent);
    lines.forEach((line, i) => {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      const baseline = this.y + (lineHeight - size) / 2;
      if (i === 0) this.page.drawText(marker, { x: MARGIN.left, y: baseline, size, font: this.regular, color: BLACK });
      this.page.drawText(line, { x: MARGIN.left + indent, y: baseline, size, font: this.regular, color: style.color ?? BLACK });
    });
    this.y -= style.after ?? 2;
  }

  space(points: number) {
    this.y -= points;
  }

  /** The court's name and the document's title, centred, as every court document begins. */
  masthead(courtName: string, title: string, number: string | null) {
    this.paragraph(courtName, { size: 20, bold: true, align: 'center', leading: 1.5 });
    this.paragraph(title, { size: 24, bold: true, align: 'center', leading: 1.6, after: 4 });
    if (number) this.paragraph(number, { size: 12, align: 'right', after: 10 });
    else this.space(10);
  }

  /** The issuing court and date at the right, above the seal (落款). */
  signOff(courtName: string, date: string) {
    this.ensure(70);
    this.space(18);
    this.paragraph(courtName, { size: 12, align: 'right' });
    this.paragraph(date, { size: 12, align: 'right' });
  }

  /** A paper that is not the court's (a party's complaint, say): page numbers only, no verification code. */
  async finishPlain(title: string, at: Date): Promise<Uint8Array> {
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      const text = `第 ${i + 1} 页 共 ${total} 页`;
      const w = this.regular.widthOfTextAtSize(text, 9);
      page.drawText(text, { x: (A4[0] - w) / 2, y: MARGIN.bottom / 2, size: 9, font: this.regular, color: GREY });
    });
    this.doc.setTitle(title, { showInWindowTitleBar: true });
    this.doc.setLanguage('zh-CN');
    this.doc.setCreationDate(at);
    this.doc.setModificationDate(at);
    return this.doc.save({ useObjectStreams: true });
  }

  /**
   * Draws the verification QR code and code in the top margin of the first page (so it never costs a
   * page of its own), the page footers, sets the document's metadata and returns the PDF bytes.
   */
  async finish(meta: { title: string; courtName: string }, stamp: IssueStamp): Promise<Uint8Array> {
    const first = this.pages[0]!;
    const qrSize = 64;
    const qr = QRCode.create(stamp.verifyUrl, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const cell = qrSize / n;
    const x0 = A4[0] - MARGIN.right - qrSize;
    const yTop = A4[1] - 22;
    // One rectangle per horizontal run of dark modules keeps the content stream small. The page's white
    // margin around it serves as the quiet zone.
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n;) {
        if (!qr.modules.get(r, c)) {
          c++;
          continue;
        }
        let end = c;
        while (end < n && qr.modules.get(r, end)) end++;
        first.drawRectangle({ x: x0 + c * cell, y: yTop - (r + 1) * cell, width: (end - c) * cell, height: cell, color: BLACK });
        c = end;
      }
    }
    const size = 8;
    const lines = [`核验码 ${groupCode(stamp.verificationCode)}`, '扫码或访问下列网址核验本文书', stamp.verifyUrl];
    lines.forEach((line, i) => {
      const font = i === 0 ? this.bold : this.regular;
      const w = font.widthOfTextAtSize(line, size);
      first.drawText(line, { x: x0 - 8 - w, y: yTop - 14 - i * size * 1.6, size, font, color: i === 0 ? BLACK : GREY });
    });

    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      const text = `核验码 ${groupCode(stamp.verificationCode)}    第 ${i + 1} 页 共 ${total} 页`;
      const w = this.regular.widthOfTextAtSize(text, 9);
      page.drawText(text, { x: (A4[0] - w) / 2, y: MARGIN.bottom / 2, size: 9, font: this.regular, color: GREY });
    });
    this.doc.setTitle(meta.title, { showInWindowTitleBar: true });
    this.doc.setAuthor(meta.courtName);
    this.doc.setCreator('Lian 立案');
    this.doc.setProducer('Lian 立案');
    this.doc.setLanguage('zh-CN');
    this.doc.setCreationDate(stamp.issuedAt);
    this.doc.setModificationDate(stamp.issuedAt);
    return this.doc.save({ useObjectStreams: true });
  }
}
