import { describe, expect, it } from 'vitest';
import { ErrorCode, KazlexError } from '../../src/errors.js';
import { extractText } from '../../src/ingest/index.js';
import { pageText } from '../../src/ingest/pdf.js';
import { buildEncryptedPdf, buildPdf, buildPdfWithoutText, KAZAKH_LETTERS } from './fixtures.js';

async function failure(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  try {
    await extractText(bytes, 'pdf');
  } catch (error) {
    expect(error).toBeInstanceOf(KazlexError);
    return { code: (error as KazlexError).code, message: (error as Error).message };
  }
  throw new Error('expected extractText to throw');
}

describe('PDF text', () => {
  it('keeps Kazakh letters, breaks lines by position and separates pages by a form feed', async () => {
    const pdf = await buildPdf([
      ['Қазақстан Республикасының', 'Үкіметі қаулы етеді:', '', '', KAZAKH_LETTERS],
      ['Статья 2. Второй лист'],
    ]);
    const { text, encoding } = await extractText(pdf, 'pdf');
    expect(encoding).toBe('pdf');
    expect(text).toBe(
      `Қазақстан Республикасының\nҮкіметі қаулы етеді:\n\n${KAZAKH_LETTERS}\n\f\nСтатья 2. Второй лист`,
    );
  });

  it('does not log warnings to the console while reading', async () => {
    const logged: unknown[] = [];
    const original = { log: console.log, warn: console.warn, error: console.error };
    console.log = console.warn = console.error = (...args: unknown[]) => logged.push(args);
    try {
      await extractText(await buildPdf([['мәтін']]), 'pdf');
      await failure(new TextEncoder().encode('%PDF-1.4\nbroken\n%%EOF'));
    } finally {
      Object.assign(console, original);
    }
    expect(logged).toEqual([]);
  });

  it('refuses an encrypted PDF as ENCRYPTED', async () => {
    expect(await failure(buildEncryptedPdf())).toEqual({
      code: ErrorCode.ENCRYPTED,
      message: 'PDF is encrypted',
    });
  });

  it('refuses a PDF without a text layer as NO_TEXT', async () => {
    expect(await failure(await buildPdfWithoutText())).toEqual({
      code: ErrorCode.NO_TEXT,
      message: 'PDF has no text layer (scanned?)',
    });
  });

  it('refuses broken and truncated PDFs as CORRUPT', async () => {
    expect((await failure(new TextEncoder().encode('%PDF-1.4\nbroken\n%%EOF'))).code).toBe(
      ErrorCode.CORRUPT,
    );
    const pdf = await buildPdf([['мәтін']]);
    expect((await failure(pdf.subarray(0, 40))).code).toBe(ErrorCode.CORRUPT);
  });
});

describe('pageText', () => {
  const item = (str: string, x: number, y: number, width = str.length * 6) => ({
    str,
    transform: [12, 0, 0, 12, x, y],
    width,
    height: 12,
    hasEOL: false,
  });

  it('joins items on one baseline, adding a space only where there is a gap', () => {
    expect(
      pageText([item('Қаза', 50, 700, 24), item('қстан', 74, 700), item('Заңы', 120, 700.4)]),
    ).toBe('Қазақстан Заңы');
  });

  it('starts a new line when the baseline moves and a blank line at a wide gap', () => {
    expect(pageText([item('бір', 50, 700), item('екі', 50, 686), item('үш', 50, 640)])).toBe(
      'бір\nекі\n\nүш',
    );
  });
});
