import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ErrorCode, KazlexError } from '../../src/errors.js';
import { extractText } from '../../src/ingest/index.js';
import {
  buildDocx,
  DOCUMENT_XML_PREFIX,
  KAZAKH_LETTERS,
  storedEntry,
  writeZip,
  zeroBombDeflate,
  zeroCrc,
} from './fixtures.js';

async function codeOf(bytes: Uint8Array, options = {}): Promise<{ code: string; message: string }> {
  try {
    await extractText(bytes, 'docx', options);
  } catch (error) {
    expect(error).toBeInstanceOf(KazlexError);
    return { code: (error as KazlexError).code, message: (error as Error).message };
  }
  throw new Error('expected extractText to throw');
}

function documentXml(body: string): string {
  return `${DOCUMENT_XML_PREFIX}${body}</w:body></w:document>`;
}

describe('DOCX text', () => {
  it('gives one line per paragraph with Kazakh letters, list numbers and table cells', async () => {
    const { text, encoding } = await extractText(await buildDocx(), 'docx');
    expect(encoding).toBe('docx');
    expect(text.split('\n')).toEqual([
      '1-бап. Негізгі ұғымдар',
      'Осы Заңда қолданылатын ұғымдар:',
      '1. әкімдік – жергілікті атқарушы орган;',
      '2. мәслихат – өкілді орган;',
      '2.1) ұлттық һәм өңірлік деңгей;',
      '3. Литерал нөмір сақталады.',
      'Ғылыми кеңес',
      'Статья 5',
    ]);
  });

  it('keeps every Kazakh letter, tabs and breaks, and skips tracked deletions', async () => {
    const xml = documentXml(
      `<w:p><w:r><w:t>${KAZAKH_LETTERS}</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> a &amp; b</w:t></w:r>` +
        '<w:del><w:r><w:delText>жойылған</w:delText></w:r></w:del><w:r><w:br/><w:t>келесі</w:t></w:r></w:p>',
    );
    const zip = writeZip([storedEntry('word/document.xml', xml)]);
    expect((await extractText(zip, 'docx')).text).toBe(`${KAZAKH_LETTERS}\t a & b\nкелесі`);
  });

  it('reads a text box once, not again from its legacy fallback copy', async () => {
    const box = (text: string) =>
      `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const xml = documentXml(
      '<w:p><w:r><w:t>алды</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">' +
        `${box('қорап')}</mc:Choice><mc:Fallback>${box('қорап')}</mc:Fallback></mc:AlternateContent></w:r>` +
        '<w:r><w:t>соңы</w:t></w:r></w:p>',
    );
    const zip = writeZip([storedEntry('word/document.xml', xml)]);
    expect((await extractText(zip, 'docx')).text).toBe('алды\nқорап\nсоңы');
  });

  it('refuses a truncated DOCX as CORRUPT', async () => {
    const docx = await buildDocx();
    const result = await codeOf(docx.subarray(0, Math.floor(docx.length / 2)));
    expect(result.code).toBe(ErrorCode.CORRUPT);
    expect(result.message).toMatch(/^DOCX is corrupt: .*truncated/);
  });

  it('refuses a zip without word/document.xml as CORRUPT', async () => {
    const zip = writeZip([storedEntry('hello.txt', 'not a document')]);
    expect(await codeOf(zip)).toEqual({
      code: ErrorCode.CORRUPT,
      message: 'DOCX is corrupt: word/document.xml is missing',
    });
  });

  it('refuses bytes that are not a zip archive as CORRUPT', async () => {
    expect((await codeOf(new TextEncoder().encode('just text named .docx'))).message).toBe(
      'DOCX is corrupt: not a zip archive',
    );
  });

  it('refuses a password-protected DOCX (an OLE compound file) as ENCRYPTED', async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const protectedDocx = Buffer.concat([
      Uint8Array.from(header),
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
    ]);
    expect(await codeOf(protectedDocx)).toEqual({
      code: ErrorCode.ENCRYPTED,
      message: 'DOCX is encrypted',
    });
    const oldDoc = Buffer.concat([Uint8Array.from(header), Buffer.alloc(504)]);
    expect((await codeOf(oldDoc)).code).toBe(ErrorCode.CORRUPT);
  });

  it('refuses damaged compressed data and a wrong CRC as CORRUPT', async () => {
    const xml = new TextEncoder().encode(documentXml('<w:p><w:r><w:t>мәтін</w:t></w:r></w:p>'));
    const deflated = deflateSync(xml);
    const damaged = deflated.slice();
    damaged.fill(0xff, 2, 12);
    const entry = {
      name: 'word/document.xml',
      method: 8 as const,
      declaredSize: xml.length,
      crc: crc32(xml),
    };
    expect((await codeOf(writeZip([{ ...entry, data: damaged }]))).code).toBe(ErrorCode.CORRUPT);
    expect((await codeOf(writeZip([{ ...entry, data: deflated, crc: 1234 }]))).message).toMatch(
      /CRC/,
    );
    expect((await extractText(writeZip([{ ...entry, data: deflated }]), 'docx')).text).toBe(
      'мәтін',
    );
  });

  it('refuses a zip bomb whose headers lie about its size, while inflating', async () => {
    const size = 210 * 1024 * 1024;
    const bomb = writeZip([
      {
        name: 'word/document.xml',
        data: zeroBombDeflate(size),
        method: 8,
        declaredSize: 2048,
        crc: 0,
      },
    ]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await codeOf(bomb)).toEqual({
      code: ErrorCode.ZIP_BOMB,
      message: 'DOCX would inflate past 200 MB (zip bomb?)',
    });
  });

  it('honours a smaller maxUncompressedBytes, and inflates within it', async () => {
    const size = 3 * 1024 * 1024;
    const entry = {
      name: 'word/document.xml',
      method: 8 as const,
      declaredSize: size,
      crc: zeroCrc(size),
    };
    const zip = writeZip([{ ...entry, data: zeroBombDeflate(size) }]);
    expect((await codeOf(zip, { maxUncompressedBytes: 1024 * 1024 })).code).toBe(
      ErrorCode.ZIP_BOMB,
    );
    // Within the limit the zeros inflate fine; they are no XML, so no text comes out.
    expect((await codeOf(zip, { maxUncompressedBytes: 4 * 1024 * 1024 })).code).toBe(
      ErrorCode.EMPTY,
    );
  });
});
