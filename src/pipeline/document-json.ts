/**
 * A document record as written to `docs/<id>.json`, together with its lines of
 * `citations.jsonl`. Each citation is serialized once and the text is shared
 * by both outputs, since the record and the table carry the same objects.
 * Compact JSON with `citations` last: indentation made the files 45% larger,
 * so a reader looking for the citations finds them at the end.
 */
import type { SourceCitation } from './cite-document.js';
import type { DocumentRecord } from './types.js';

export interface DocumentJson {
  /**
   * The whole record, with a final line break, in pieces to write one after
   * the other: joined into one string, a large record was copied once more
   * before it reached the file (a quarter of the time spent writing it).
   */
  documentParts: readonly string[];
  /** One JSON line per citation, the same text as inside the document. */
  citationLines: string;
}

export function documentJson(
  record: DocumentRecord & { citations: readonly SourceCitation[] },
): DocumentJson {
  const { citations, ...rest } = record;
  const serialized = citations.map((citation) => JSON.stringify(citation));
  const head = JSON.stringify(rest);
  // `rest` always holds id and path, so `head` is `{…}` with at least one member.
  return {
    documentParts: [head.slice(0, -1), ',"citations":[', serialized.join(','), ']}\n'],
    citationLines: serialized.length > 0 ? `${serialized.join('\n')}\n` : '',
  };
}
