/**
 * Test inputs built in code, so no binary fixture is committed: texts encoded
 * into each code page, DOCX files from the docx package, PDFs from pdf-lib with
 * the Tinos font (it has the Kazakh letters), and hand-made broken archives.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32 } from 'node:zlib';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { PDFDocument, rgb } from 'pdf-lib';
import { kz1048Table } from '../../src/ingest/code-page.js';

export const KAZAKH =
  'Қазақстан Республикасының Үкіметі қаулы етеді: осы қаулыға қосымшаға сәйкес ' +
  'ережелер бекітілсін. Өңірлік әкімдіктер ұсынылған ғылыми жұмыстарды һәм тілдік қорды қарасын.';
export const RUSSIAN =
  'Правительство Республики Казахстан постановляет: утвердить прилагаемые Правила ' +
  '«О языках» № 151-I — в целях объёма и порядка.';
export const KAZAKH_LETTERS = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';

/** Encodes text with a byte → character table; every character must be in it. */
export function encodeWithTable(text: string, table: readonly string[]): Uint8Array {
  const byChar = new Map<string, number>();
  table.forEach((char, byte) => {
    if (!byChar.has(char)) byChar.set(char, byte);
  });
  return Uint8Array.from(text, (char) => {
    const byte = byChar.get(char);
    if (byte === undefined) throw new Error(`cannot encode ${char}`);
    return byte;
  });
}

export function kz1048Chars(): string[] {
  return Array.from(kz1048Table(), (unit) => String.fromCharCode(unit));
}

export function cp1251Chars(): string[] {
  const decoder = new TextDecoder('windows-1251');
  return Array.from({ length: 256 }, (_, byte) => decoder.decode(Uint8Array.of(byte)));
}

export async function buildDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'articles',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            {
              level: 1,
              format: LevelFormat.DECIMAL,
              text: '%1.%2)',
              alignment: AlignmentType.START,
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('1-бап. Негізгі ұғымдар')] }),
          new Paragraph({
            children: [
              new TextRun('Осы Заңда '),
              new TextRun({ text: 'қолданылатын', bold: true }),
              new TextRun(' ұғымдар:'),
            ],
          }),
          new Paragraph({
            text: 'әкімдік – жергілікті атқарушы орган;',
            numbering: { reference: 'articles', level: 0 },
          }),
          new Paragraph({
            text: 'мәслихат – өкілді орган;',
            numbering: { reference: 'articles', level: 0 },
          }),
          new Paragraph({
            text: 'ұлттық һәм өңірлік деңгей;',
            numbering: { reference: 'articles', level: 1 },
          }),
          new Paragraph({ text: '3. Литерал нөмір сақталады.' }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Ғылыми кеңес')] }),
                  new TableCell({ children: [new Paragraph('Статья 5')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function tinosFont(): Uint8Array {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf');
  return readFileSync(path);
}

/** A PDF whose lines are drawn at the given heights (points from the bottom). */
export async function buildPdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // fontkit 1.9 ships no types; pdf-lib only needs its create().
  const fontkit = createRequire(import.meta.url)('fontkit') as Parameters<
    PDFDocument['registerFontkit']
  >[0];
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(tinosFont(), { subset: true });
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, index) => {
      page.drawText(line, { x: 50, y: 780 - index * 16, size: 12, font });
    });
  }
  return pdf.save();
}

/** A PDF with a drawing and no text, as a scanner without OCR makes. */
export async function buildPdfWithoutText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
  return pdf.save();
}

/**
 * A minimal PDF encrypted with the Standard handler (RC4, revision 2) whose
 * /U entry does not match the empty password, so a reader needs a password.
 */
export function buildEncryptedPdf(): Uint8Array {
  const hex = (byte: number, count: number) => byte.toString(16).padStart(2, '0').repeat(count);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${hex(0x5a, 32)}> /U <${hex(0xa5, 32)}> >>`,
  ];
  const parts = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = `${index + 1} 0 obj\n${body}\nendobj\n`;
    parts.push(object);
    length += object.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(0x11, 16)}> <${hex(0x11, 16)}>] >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(xref);
  return new TextEncoder().encode(parts.join(''));
}

export interface RawZipEntry {
  name: string;
  /** Bytes as stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers claim; a zip bomb lies here. */
  declaredSize: number;
  crc: number;
}

/** Writes a zip archive from raw entries, trusting nothing the caller did not set. */
export function writeZip(entries: readonly RawZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.declaredSize, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);

    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, entry.method, true);
    header.setUint32(16, entry.crc, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, entry.declaredSize, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/**
 * A raw DEFLATE stream (fixed Huffman codes) that inflates to `size` zero
 * bytes: one literal 0, then back-references of 258 bytes at distance 1, each
 * 13 bits long — about 1 byte of input per 160 bytes of output.
 */
export function zeroBombDeflate(size: number): Uint8Array {
  // Room for the matches, the header and up to 257 trailing one-byte literals.
  const out = new Uint8Array(Math.ceil(((size / 258) * 13 + 64) / 8) + 16 + 258);
  let bitPosition = 0;
  const writeBits = (value: number, count: number) => {
    for (let i = 0; i < count; i++) {
      if ((value >> i) & 1) out[bitPosition >> 3]! |= 1 << (bitPosition & 7);
      bitPosition++;
    }
  };
  // Huffman codes are sent most significant bit first.
  const writeCode = (code: number, count: number) => {
    for (let i = count - 1; i >= 0; i--) writeBits((code >> i) & 1, 1);
  };
  writeBits(1, 1); // final block
  writeBits(1, 2); // fixed Huffman
  writeCode(0x30, 8); // literal 0
  let remaining = size - 1;
  while (remaining >= 258) {
    writeCode(0b11000101, 8); // length symbol 285 = 258 bytes
    writeCode(0, 5); // distance symbol 0 = distance 1
    remaining -= 258;
  }
  while (remaining > 0) {
    writeCode(0x30, 8);
    remaining--;
  }
  writeCode(0, 7); // end of block (symbol 256)
  return out.subarray(0, (bitPosition + 7) >> 3);
}

export function zeroCrc(size: number): number {
  return crc32(new Uint8Array(size));
}

export const DOCUMENT_XML_PREFIX =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';

export function storedEntry(name: string, text: string): RawZipEntry {
  const data = new TextEncoder().encode(text);
  return { name, data, method: 0, declaredSize: data.length, crc: crc32(data) };
}
