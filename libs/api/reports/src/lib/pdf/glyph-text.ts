/**
 * Fast text for long tables. Each distinct character is encoded once through pdfkit (which adds its glyph to the
 * font subset and to the ToUnicode map, so the text stays searchable and copyable); text is then measured from
 * per-character advances and written as one literal string of 2-byte glyph ids per line. No kerning or
 * ligatures: shaping every distinct word with fontkit, as pdfkit's text() does, cost more than the rest of the
 * report together at 100,000 comments, and its per-word layout cache grew with the vocabulary. The advances are
 * the glyphs' own widths (the /W array pdfkit writes), so what is measured is what the viewer draws.
 */
import { fontObject, pageFonts, PdfkitFont } from './pdfkit-internals';

interface EncodedCharacter {
  /** The glyph ids as string bytes, escaped for a PDF literal string. */
  bytes: string;
  /** Advance in 1/1000 em. */
  advance: number;
}

/** Bytes that need an escape inside a PDF literal string: newline, carriage return, parentheses, backslash. */
const ESCAPED = new Set([0x0a, 0x0d, 0x28, 0x29, 0x5c]);

function literalByte(byte: number): string {
  return ESCAPED.has(byte) ? `\\${byte.toString(8).padStart(3, '0')}` : String.fromCharCode(byte);
}

export class GlyphFont {
  private readonly font: PdfkitFont;
  /** By UTF-16 code unit (every Polish, German and English letter); other characters (surrogate pairs) below. */
  private readonly bmp: (EncodedCharacter | undefined)[] = new Array<EncodedCharacter | undefined>(0x10000);
  private readonly astral = new Map<string, EncodedCharacter>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly name: string,
  ) {
    this.font = fontObject(doc, name);
  }

  /** Width of `text` at `size` points. */
  width(text: string, size: number): number {
    let advance = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
        advance += this.astralCharacter(text.slice(index, index + 2)).advance;
        index++;
      } else advance += (this.bmp[code] ?? this.bmpCharacter(code)).advance;
    }
    return (advance * size) / 1000;
  }

  /** The font's resource name on the page ("F1"); registers the font on the current page. */
  use(): string {
    const fonts = pageFonts(this.doc);
    if (!fonts[this.font.id]) fonts[this.font.id] = this.font.ref();
    return this.font.id;
  }

  get ascender(): number {
    return this.font.ascender;
  }

  /** `text` as the bytes of a PDF literal string (2-byte glyph ids, escaped), for a Tj operator. */
  bytes(text: string): string {
    let bytes = '';
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
        bytes += this.astralCharacter(text.slice(index, index + 2)).bytes;
        index++;
      } else bytes += (this.bmp[code] ?? this.bmpCharacter(code)).bytes;
    }
    return bytes;
  }

  private bmpCharacter(code: number): EncodedCharacter {
    const encoded = this.encode(String.fromCharCode(code));
    this.bmp[code] = encoded;
    return encoded;
  }

  private astralCharacter(character: string): EncodedCharacter {
    let encoded = this.astral.get(character);
    if (!encoded) {
      encoded = this.encode(character);
      this.astral.set(character, encoded);
    }
    return encoded;
  }

  private encode(character: string): EncodedCharacter {
    const [glyphs, positions] = this.font.encode(character);
    let bytes = '';
    for (const glyph of glyphs) {
      const id = parseInt(glyph, 16);
      bytes += literalByte(id >> 8) + literalByte(id & 0xff);
    }
    return { bytes, advance: positions.reduce((sum, position) => sum + position.advanceWidth, 0) };
  }
}
