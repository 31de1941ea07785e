import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode, KazlexError } from '../../src/errors.js';
import { decodeBytes } from '../../src/ingest/index.js';
import {
  cp1251Chars,
  encodeWithTable,
  KAZAKH,
  KAZAKH_LETTERS,
  kz1048Chars,
  RUSSIAN,
} from './fixtures.js';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(KazlexError);
    return (error as KazlexError).code;
  }
  return undefined;
}

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const withPrefix = (prefix: number[], body: Uint8Array) => Uint8Array.from([...prefix, ...body]);

describe('decodeBytes: encodings', () => {
  const both = `${KAZAKH}\n${RUSSIAN}\n`;

  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(new TextEncoder().encode(both))).toEqual({ text: both, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM from the text', () => {
    const bytes = withPrefix([0xef, 0xbb, 0xbf], new TextEncoder().encode(both));
    expect(decodeBytes(bytes)).toEqual({ text: both, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(withPrefix([0xff, 0xfe], utf16le(both)))).toEqual({
      text: both,
      encoding: 'utf-16le',
    });
    expect(decodeBytes(withPrefix([0xfe, 0xff], utf16be(both)))).toEqual({
      text: both,
      encoding: 'utf-16be',
    });
  });

  it('recognises BOM-less UTF-16 LE and BE from Cyrillic and ASCII code units', () => {
    expect(decodeBytes(utf16le(both))).toEqual({ text: both, encoding: 'utf-16le' });
    expect(decodeBytes(utf16be(both))).toEqual({ text: both, encoding: 'utf-16be' });
    expect(decodeBytes(utf16le('Article 1. Definitions'))).toEqual({
      text: 'Article 1. Definitions',
      encoding: 'utf-16le',
    });
  });

  it('reads Russian text in Windows-1251', () => {
    const bytes = encodeWithTable(RUSSIAN, cp1251Chars());
    expect(decodeBytes(bytes)).toEqual({ text: RUSSIAN, encoding: 'windows-1251' });
  });

  it('reads single-byte text that starts with bytes looking like a UTF-16 BOM', () => {
    const text = `юя ${RUSSIAN}`;
    expect(decodeBytes(encodeWithTable(text, cp1251Chars()))).toEqual({
      text,
      encoding: 'windows-1251',
    });
    const kazakh = `яю ${KAZAKH}`;
    expect(decodeBytes(encodeWithTable(kazakh, kz1048Chars()))).toEqual({
      text: kazakh,
      encoding: 'kz-1048',
    });
  });

  it('reads Kazakh text in KZ-1048, which Windows-1251 would mangle', () => {
    const bytes = encodeWithTable(KAZAKH, kz1048Chars());
    const mangled = new TextDecoder('windows-1251').decode(bytes);
    expect(mangled).not.toBe(KAZAKH);
    expect(mangled).toContain('Ќазаќстан');
    expect(decodeBytes(bytes)).toEqual({ text: KAZAKH, encoding: 'kz-1048' });
  });

  it('reads a mixed Kazakh and Russian KZ-1048 file and every Kazakh letter in it', () => {
    const text = `${RUSSIAN}\n${KAZAKH}\n${KAZAKH_LETTERS}\n`;
    expect(decodeBytes(encodeWithTable(text, kz1048Chars()))).toEqual({
      text,
      encoding: 'kz-1048',
    });
  });

  it('reads a single short Kazakh word in KZ-1048 (a tie goes to Kazakh)', () => {
    expect(decodeBytes(encodeWithTable('қазақ', kz1048Chars())).encoding).toBe('kz-1048');
  });
});

describe('decodeBytes: bad input', () => {
  it('refuses empty and whitespace-only input as EMPTY', () => {
    expect(codeOf(() => decodeBytes(new Uint8Array()))).toBe(ErrorCode.EMPTY);
    expect(codeOf(() => decodeBytes(new TextEncoder().encode(' \n\t\u00a0\n')))).toBe(
      ErrorCode.EMPTY,
    );
    expect(codeOf(() => decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x0a)))).toBe(ErrorCode.EMPTY);
  });

  it('refuses NUL bytes and control-character noise as BINARY', () => {
    expect(codeOf(() => decodeBytes(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41)))).toBe(
      ErrorCode.BINARY,
    );
    const noise = Uint8Array.from({ length: 400 }, (_, i) =>
      i % 3 === 0 ? 0x01 : 0x41 + (i % 20),
    );
    expect(codeOf(() => decodeBytes(noise))).toBe(ErrorCode.BINARY);
  });

  it('refuses UTF-8 with a damaged byte as ENCODING, naming the byte', () => {
    const bytes = new TextEncoder().encode(`${KAZAKH} ${RUSSIAN}`);
    bytes[40] = 0xff;
    let message = '';
    try {
      decodeBytes(bytes);
    } catch (error) {
      expect((error as KazlexError).code).toBe(ErrorCode.ENCODING);
      message = (error as Error).message;
    }
    expect(message).toMatch(/invalid UTF-8 at byte \d+/);
  });

  it('counts the BOM in the position of a damaged byte after it', () => {
    const head = new TextEncoder().encode('Қазақ ');
    const bytes = withPrefix([0xef, 0xbb, 0xbf], Uint8Array.from([...head, 0xff, 0x41]));
    expect(() => decodeBytes(bytes)).toThrow(`invalid UTF-8 at byte ${3 + head.length}`);
  });

  it('refuses Latin-1 text (not plausibly Cyrillic) as ENCODING', () => {
    const latin1 = new Uint8Array(Buffer.from('Le café du résumé était fermé à Noël.', 'latin1'));
    expect(codeOf(() => decodeBytes(latin1))).toBe(ErrorCode.ENCODING);
  });

  it('refuses a UTF-8 BOM followed by invalid UTF-8 as ENCODING', () => {
    expect(codeOf(() => decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28)))).toBe(
      ErrorCode.ENCODING,
    );
  });
});

describe('decodeBytes: properties', () => {
  it('throws nothing but KazlexError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        try {
          const { text, encoding } = decodeBytes(bytes);
          expect(typeof text).toBe('string');
          expect(encoding).toMatch(/^(utf-8|utf-16le|utf-16be|windows-1251|kz-1048)$/);
        } catch (error) {
          expect(error).toBeInstanceOf(KazlexError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes the UTF-8 encoding of any non-blank string back to that string', () => {
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
      .filter((value) => /\S/.test(value));
    fc.assert(
      fc.property(text, (value) => {
        const bytes = new TextEncoder().encode(value);
        // A leading U+FEFF is the BOM of the UTF-8 form and is not part of the text.
        if (value.startsWith('\ufeff')) return;
        const decoded = decodeBytes(bytes);
        if (decoded.encoding === 'utf-8') expect(decoded.text).toBe(value);
        else expect(['utf-16le', 'utf-16be']).toContain(decoded.encoding);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes Cyrillic words written in KZ-1048 back to the same words', () => {
    const letter = fc.constantFrom(...'абвгдежзийклмнопрстуфхцчшыэюяәғқңөұүһі');
    const word = fc
      .array(letter, { minLength: 3, maxLength: 10 })
      .map((letters) => letters.join(''));
    const sentence = fc
      .array(word, { minLength: 4, maxLength: 30 })
      .map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(sentence, (value) => {
        const decoded = decodeBytes(encodeWithTable(value, kz1048Chars()));
        expect(decoded.text).toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeBytes: UTF-8 through the fast transcoder', () => {
  // Control characters aside (they may make a file binary), any text.
  const text = fc
    .string({ unit: 'binary', maxLength: 300 })
    .filter((value) => !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(value));

  it('should give back exactly the text that was encoded, astral characters included', () => {
    fc.assert(
      fc.property(text, (value) => {
        const source = `Мәслихат ${value}`;
        expect(decodeBytes(new TextEncoder().encode(source))).toEqual({
          text: source,
          encoding: 'utf-8',
        });
        const withBom = withPrefix([0xef, 0xbb, 0xbf], new TextEncoder().encode(source));
        expect(decodeBytes(withBom)).toEqual({ text: source, encoding: 'utf-8-bom' });
      }),
      { numRuns: 500 },
    );
  });

  it('should accept exactly the bytes a strict TextDecoder accepts, with the same text', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((tail) =>
      withPrefix(
        [...new TextEncoder().encode('Қазақстан ')],
        tail.map((b) => (b < 0x20 ? 0x41 : b)),
      ),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        let expected: string | undefined;
        try {
          expected = strict.decode(input);
        } catch {
          expected = undefined;
        }
        let decoded: { text: string; encoding: string } | undefined;
        try {
          decoded = decodeBytes(input);
        } catch {
          decoded = undefined;
        }
        if (expected !== undefined) expect(decoded).toEqual({ text: expected, encoding: 'utf-8' });
        else expect(decoded?.encoding).not.toBe('utf-8');
      }),
      { numRuns: 2000 },
    );
  });
});
