/**
 * The pure core of a corpus run: decoded source text in, document record out.
 * Every stage reports positions in the source text through the offset map.
 */
import { VFile } from 'vfile';
import type { LoadedSource } from '../ingest/index.js';
import { detectLanguage, type Lang } from '../text/language.js';
import { normalize, repairsToMessages } from '../text/normalize/index.js';
import { countMessages, messagesToRecords } from './messages.js';
import type { DocumentRecord, ParagraphRecord } from './types.js';

export interface ProcessedDocument {
  record: DocumentRecord;
  messageCounts: { info: number; warning: number; error: number };
}

export function processDocument(
  loaded: LoadedSource,
  options: { id: string; relative: string },
): ProcessedDocument {
  const file = new VFile({ path: options.relative, value: loaded.text });
  const normalized = normalize(loaded.text);
  repairsToMessages(file, normalized.repairs);

  const paragraphs: ParagraphRecord[] = normalized.paragraphs.map((range) => {
    const guess = detectLanguage(normalized.text.slice(range.start, range.end));
    return {
      start: range.start,
      end: range.end,
      source: normalized.map.toSource(range.start, range.end),
      lang: guess.lang,
      confidence: round(guess.confidence),
    };
  });

  const messages = messagesToRecords(file);
  const record: DocumentRecord = {
    id: options.id,
    path: options.relative,
    sha256: loaded.sha256,
    size: loaded.size,
    format: loaded.format,
    encoding: loaded.encoding,
    languages: languageShares(paragraphs),
    text: normalized.text,
    paragraphs,
    footnotes: normalized.footnotes,
    messages,
  };
  return { record, messageCounts: countMessages(messages) };
}

/** Share of letters per language, so a long Russian abstract outweighs a Kazakh title. */
export function languageShares(
  paragraphs: readonly ParagraphRecord[],
): Partial<Record<Lang, number>> {
  const weights = new Map<Lang, number>();
  let total = 0;
  for (const paragraph of paragraphs) {
    const size = paragraph.end - paragraph.start;
    weights.set(paragraph.lang, (weights.get(paragraph.lang) ?? 0) + size);
    total += size;
  }
  const shares: Partial<Record<Lang, number>> = {};
  for (const [lang, weight] of [...weights].sort((a, b) => b[1] - a[1])) {
    shares[lang] = total === 0 ? 0 : round(weight / total);
  }
  return shares;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
