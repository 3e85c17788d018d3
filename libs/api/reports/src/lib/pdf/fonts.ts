/**
 * The DejaVu Sans fonts (every Polish letter; Bitstream Vera licence) read from the dejavu-fonts-ttf package at run
 * time. The API bundle keeps node_modules packages external, so the package is installed next to the built app
 * as well: resolution starts from the running program (the bundle's main file) and falls back to the working
 * directory and this file. The base path is computed at run time, so webpack does not try to bundle the fonts.
 * CONSULTA_PDF_FONT_DIR overrides it (a folder holding the two .ttf files).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const REGULAR_FONT_FILE = 'DejaVuSans.ttf';
export const BOLD_FONT_FILE = 'DejaVuSans-Bold.ttf';

export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: ReportFonts | null = null;

/** The folder with the .ttf files, or an error naming where it looked. */
export function findFontDir(): string {
  const override = process.env['CONSULTA_PDF_FONT_DIR'];
  if (override) {
    if (!existsSync(join(override, REGULAR_FONT_FILE))) throw new Error(`CONSULTA_PDF_FONT_DIR=${override} has no ${REGULAR_FONT_FILE}`);
    return override;
  }
  // Copied next to the bundle as build assets (apps/api webpack assets → dist/apps/api/assets/fonts), if so built.
  const besideProgram = process.argv[1] ? join(dirname(process.argv[1]), 'assets', 'fonts') : null;
  if (besideProgram && existsSync(join(besideProgram, REGULAR_FONT_FILE))) return besideProgram;
  // process.argv[1] is the running program (the bundle's main.js in production), which a bundler does not rewrite.
  const bases = [process.argv[1], join(process.cwd(), 'index.js'), __filename].filter((base): base is string => !!base);
  for (const base of bases) {
    try {
      const dir = join(dirname(createRequire(base).resolve(['dejavu-fonts-ttf', 'package.json'].join('/'))), 'ttf');
      if (existsSync(join(dir, REGULAR_FONT_FILE))) return dir;
    } catch {
      // Not installed where this base looks; try the next.
    }
  }
  throw new Error(`The dejavu-fonts-ttf package was not found from ${bases.join(', ')} (set CONSULTA_PDF_FONT_DIR)`);
}

/** Both fonts, read once per process (about 1 MB). */
export function loadReportFonts(): ReportFonts {
  if (!cached) {
    const dir = findFontDir();
    cached = { regular: readFileSync(join(dir, REGULAR_FONT_FILE)), bold: readFileSync(join(dir, BOLD_FONT_FILE)) };
  }
  return cached;
}
