import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, KazlexError } from '../../src/errors.js';
import { formatOf, loadSource } from '../../src/ingest/index.js';
import {
  buildDocx,
  buildEncryptedPdf,
  buildPdf,
  buildPdfWithoutText,
  encodeWithTable,
  KAZAKH,
  kz1048Chars,
  writeZip,
  zeroBombDeflate,
} from './fixtures.js';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kazlex-ingest-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Loads a path that must fail; checks the code and that the error names the file. */
async function expectFailure(path: string, code: string, options = {}): Promise<string> {
  try {
    await loadSource(path, options);
  } catch (error) {
    expect(error).toBeInstanceOf(KazlexError);
    const failure = error as KazlexError;
    expect(failure.code).toBe(code);
    expect(failure.file).toBe(path);
    expect(failure.toLine().startsWith(`${path}: `)).toBe(true);
    expect(failure.message).not.toContain('\n');
    return failure.message;
  }
  throw new Error(`expected ${path} to fail with ${code}`);
}

describe('loadSource', () => {
  it('loads a text file with its format, encoding, size and hash', async () => {
    const bytes = encodeWithTable(KAZAKH, kz1048Chars());
    const path = await put('law.txt', bytes);
    expect(await loadSource(path)).toEqual({
      path,
      format: 'txt',
      encoding: 'kz-1048',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      text: KAZAKH,
    });
  });

  it('loads markdown, HTML, DOCX and PDF files', async () => {
    const md = await loadSource(await put('note.md', '# Тақырып\n\nМәтін.\n'));
    expect([md.format, md.encoding, md.text]).toEqual(['md', 'utf-8', '# Тақырып\n\nМәтін.\n']);
    const html = await loadSource(await put('page.htm', '<p>Әділет</p><p>Закон</p>'));
    expect([html.format, html.text]).toEqual(['html', 'Әділет\n\nЗакон']);
    const docx = await loadSource(await put('order.docx', await buildDocx()));
    expect([docx.format, docx.encoding]).toEqual(['docx', 'docx']);
    expect(docx.text).toContain('2. мәслихат – өкілді орган;');
    const pdf = await loadSource(await put('scan.pdf', await buildPdf([['Ұлттық қор']])));
    expect([pdf.format, pdf.encoding, pdf.text]).toEqual(['pdf', 'pdf', 'Ұлттық қор']);
  });

  it('refuses a binary file', async () => {
    await expectFailure(
      await put('image.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d)),
      ErrorCode.BINARY,
    );
  });

  it('refuses an empty file', async () => {
    expect(await expectFailure(await put('empty.txt', ''), ErrorCode.EMPTY)).toBe('file is empty');
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const path = await put('big.txt', 'а'.repeat(600_000));
    const message = await expectFailure(path, ErrorCode.TOO_LARGE, { maxBytes: 1024 * 1024 });
    expect(message).toBe('file is 1.1 MB, over the 1 MB limit (--max-size)');
  });

  it('refuses invalid UTF-8', async () => {
    const bytes = new TextEncoder().encode(`${KAZAKH} ${KAZAKH}`);
    const space = bytes.indexOf(0x20);
    bytes[space] = 0xff;
    const message = await expectFailure(await put('broken.txt', bytes), ErrorCode.ENCODING);
    expect(message).toBe(`invalid UTF-8 at byte ${space}`);
  });

  it('refuses a truncated DOCX and a corrupt DOCX', async () => {
    const docx = await buildDocx();
    await expectFailure(
      await put('cut.docx', docx.subarray(0, docx.length - 100)),
      ErrorCode.CORRUPT,
    );
    await expectFailure(await put('fake.docx', 'plain text, not a zip'), ErrorCode.CORRUPT);
  });

  it('refuses a zip bomb disguised as a DOCX', async () => {
    const data = zeroBombDeflate(8 * 1024 * 1024);
    const bomb = writeZip([
      { name: 'word/document.xml', data, method: 8, declaredSize: 100, crc: 0 },
    ]);
    const message = await expectFailure(await put('bomb.docx', bomb), ErrorCode.ZIP_BOMB, {
      maxUncompressedBytes: 2 * 1024 * 1024,
    });
    expect(message).toBe('DOCX would inflate past 2 MB (zip bomb?)');
  });

  it('refuses an encrypted PDF and a PDF with no text layer', async () => {
    await expectFailure(await put('secret.pdf', buildEncryptedPdf()), ErrorCode.ENCRYPTED);
    await expectFailure(await put('scanned.pdf', await buildPdfWithoutText()), ErrorCode.NO_TEXT);
  });

  it('refuses a directory named like a text file', async () => {
    const path = join(dir, 'folder.txt');
    await mkdir(path);
    expect(await expectFailure(path, ErrorCode.UNREADABLE)).toBe('is a directory, not a file');
  });

  it('refuses a dangling symbolic link', async () => {
    const path = join(dir, 'dangling.txt');
    await symlink(join(dir, 'nowhere.txt'), path);
    expect(await expectFailure(path, ErrorCode.UNREADABLE)).toBe('is a broken symbolic link');
  });

  it('reports a missing path (or one that vanished mid-run) as NOT_FOUND', async () => {
    await expectFailure(join(dir, 'missing.txt'), ErrorCode.NOT_FOUND);
    const path = await put('vanishing.txt', 'мәтін');
    await rm(path);
    await expectFailure(path, ErrorCode.NOT_FOUND);
  });

  it('refuses an unsupported extension as FORMAT', async () => {
    await expectFailure(await put('table.xlsx', 'x'), ErrorCode.FORMAT);
  });
});

describe('formatOf', () => {
  it('maps extensions case-insensitively and ignores dotfiles', () => {
    expect(formatOf('a/b/Law.TXT')).toBe('txt');
    expect(formatOf('notes.markdown')).toBe('md');
    expect(formatOf('page.htm')).toBe('html');
    expect(formatOf('C:\\docs\\order.docx')).toBe('docx');
    expect(formatOf('scan.pdf')).toBe('pdf');
    expect(formatOf('.txt')).toBeUndefined();
    expect(formatOf('archive.zip')).toBeUndefined();
    expect(formatOf('dir.d/README')).toBeUndefined();
  });
});
