/**
 * PDF → plain text through pdfjs-dist's legacy build (Node has no DOM and no
 * worker here; pdfjs falls back to running in this thread). Text items are
 * joined into lines by their y position; pages are separated by a line holding
 * only a form feed, as pdftotext does, so later stages can spot running heads.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ErrorCode, KazlexError } from '../errors.js';

export const PAGE_SEPARATOR = '\n\f\n';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

let pdfjsRoot: string | undefined;

/** pdfjs wants folder paths ending in a slash for its font and CMap data. */
function pdfjsDataDir(folder: string): string {
  pdfjsRoot ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return `${join(pdfjsRoot, folder)}/`;
}

interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw openError(error);
    });
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.flatMap((item) => (isTextItem(item) ? [item] : []))));
      page.cleanup();
    }
    const text = pages.join(PAGE_SEPARATOR);
    if (!/\S/.test(text.replaceAll('\f', ''))) {
      throw new KazlexError(ErrorCode.NO_TEXT, 'PDF has no text layer (scanned?)');
    }
    return text;
  } catch (error) {
    if (error instanceof KazlexError) throw error;
    throw new KazlexError(ErrorCode.CORRUPT, `PDF is corrupt: ${describe(error)}`, {
      cause: error,
    });
  } finally {
    await task.destroy();
  }
}

function isTextItem(item: object): item is PositionedText {
  return 'str' in item && 'transform' in item;
}

/** A new line starts where the baseline moves by more than half a line height. */
export function pageText(items: readonly PositionedText[]): string {
  const lines: string[] = [];
  let line: string[] = [];
  let lastY: number | undefined;
  let lastEnd = 0;
  let lastHeight = 0;
  let breakPending = false;

  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = item.height || Math.abs(item.transform[3] ?? 0) || lastHeight;
    if (item.str === '') {
      if (item.hasEOL) breakPending = true;
      continue;
    }
    if (line.length > 0 && lastY !== undefined) {
      const lineHeight = Math.max(height, lastHeight, 1);
      const dy = lastY - y;
      if (breakPending || Math.abs(dy) > lineHeight * 0.5) {
        lines.push(line.join(''));
        // A gap of two lines or more is a paragraph break in the page layout.
        if (dy > lineHeight * 2.2) lines.push('');
        line = [];
      } else if (x - lastEnd > height * 0.15 && !endsWithSpace(line) && !/^\s/.test(item.str)) {
        line.push(' ');
      }
    }
    line.push(item.str);
    breakPending = item.hasEOL;
    lastY = y;
    lastEnd = x + item.width;
    lastHeight = height;
  }
  if (line.length > 0) lines.push(line.join(''));
  return lines.join('\n');
}

function endsWithSpace(parts: readonly string[]): boolean {
  return /\s$/.test(parts[parts.length - 1] ?? '');
}

function openError(error: unknown): KazlexError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new KazlexError(ErrorCode.ENCRYPTED, 'PDF is encrypted', { cause: error });
  }
  return new KazlexError(ErrorCode.CORRUPT, `PDF is corrupt: ${describe(error)}`, { cause: error });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
