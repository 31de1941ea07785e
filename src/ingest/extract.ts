import { ErrorCode, KazlexError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { docxToText } from './docx.js';
import { htmlToText } from './html.js';
import { pdfToText } from './pdf.js';
import type { DecodedText, LoadOptions, SourceFormat } from './types.js';

/** The source text of a file's bytes in the given format. Throws KazlexError. */
export async function extractText(
  bytes: Uint8Array,
  format: SourceFormat,
  options: LoadOptions = {},
): Promise<DecodedText> {
  if (bytes.length === 0) throw new KazlexError(ErrorCode.EMPTY, 'file is empty');
  switch (format) {
    case 'txt':
    case 'md':
      return decodeBytes(bytes);
    case 'html': {
      const decoded = decodeBytes(bytes);
      return {
        text: requireText(htmlToText(decoded.text), 'HTML page'),
        encoding: decoded.encoding,
      };
    }
    case 'docx':
      return { text: requireText(docxToText(bytes, options), 'DOCX'), encoding: 'docx' };
    case 'pdf':
      return { text: await pdfToText(bytes), encoding: 'pdf' };
  }
}

function requireText(text: string, what: string): string {
  if (!/\S/.test(text)) throw new KazlexError(ErrorCode.EMPTY, `${what} has no text`);
  return text;
}
