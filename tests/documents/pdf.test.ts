import { PDFDocument } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderPdf, validateDocumentData } from '../../src/documents/index.js';
import { type SampleData, sample } from './helpers.js';

const KAZAKH = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';

async function pdfOf(data: SampleData, lang: 'kk' | 'ru'): Promise<Uint8Array> {
  const result = validateDocumentData(data);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return renderPdf(result.doc, { lang });
}

async function extractPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }
  await doc.destroy();
  return pages;
}

describe('renderPdf', () => {
  it('should embed Tinos as a subset with a six-letter tag', async () => {
    const bytes = await pdfOf(await sample('decision2023'), 'kk');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Bold/);
    expect(raw).toContain('/ToUnicode');
    // A subset is far smaller than the 500 KB font file.
    expect(bytes.length).toBeLessThan(120_000);
  });
  it('should give back every Kazakh letter as copyable text', async () => {
    const data = await sample('decision2022');
    data.points[0].text.kk = `Әріптер тексі: ${KAZAKH}; Қазақстан Республикасы, Һ әрпі, Ұлттық, Үкімет, Іле.`;
    const text = (await extractPages(await pdfOf(data, 'kk'))).join('');
    for (const letter of KAZAKH) expect(text, letter).toContain(letter);
    expect(text).toContain(KAZAKH);
  });
  it('should keep Latin Roman numerals and Cyrillic look-alikes apart in the text', async () => {
    const text = (await extractPages(await pdfOf(await sample('session'), 'kk'))).join('');
    expect(text).toContain('VIII шақырылған кезекті XII сессиясы');
    expect(text).toContain('ТЫҢДАЛДЫ');
    expect(text).toMatch(/ә/);
  });
  it('should set title and language metadata', async () => {
    const bytes = await pdfOf(await sample('decision2023'), 'ru');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toMatch(/^Об утверждении порядка проведения раздельных сходов/);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \(ru-RU\)/);
    expect(doc.getPageCount()).toBe(3);
    const [width, height] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
    expect([Math.round(width * 10) / 10, Math.round(height * 10) / 10]).toEqual([595.3, 841.9]);
  });
  it('should number pages from page 2 and start each appendix on a new page', async () => {
    const pages = await extractPages(await pdfOf(await sample('decision2023'), 'ru'));
    expect(pages).toHaveLength(3);
    expect(pages[0]).not.toMatch(/^\s*1\s/);
    expect(pages[1]).toMatch(/^2\n?/);
    expect(pages[1]).toContain('Приложение 1 к решению');
    expect(pages[2]).toMatch(/^3\n?/);
    expect(pages[2]).toContain('Приложение 2 к решению');
  });
  it('should be deterministic for the same data', async () => {
    const data = await sample('decision2022');
    expect(Buffer.from(await pdfOf(data, 'kk')).equals(Buffer.from(await pdfOf(data, 'kk')))).toBe(
      true,
    );
  });
});
