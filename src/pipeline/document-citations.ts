/**
 * Reads only the `citations` member out of a document JSON written by the
 * corpus run, without parsing the text, paragraphs and segments around it.
 * Gathering the corpus-wide tables this way keeps the serial end of a run
 * short. The documents are pretty-printed with two spaces, and a JSON string
 * never holds a raw line break, so a top-level member is the only line that
 * starts with exactly two spaces and a quote.
 */
import type { SourceCitation } from './cite-document.js';

const MEMBER = '\n  "citations": ';

export function citationsOfDocument(json: string): SourceCitation[] {
  const start = json.indexOf(MEMBER);
  if (start < 0) return fullParse(json);
  const from = start + MEMBER.length;
  const nextMember = json.indexOf('\n  "', from);
  const end = nextMember >= 0 ? nextMember : json.lastIndexOf('\n}');
  if (end < from) return fullParse(json);
  const value = json.slice(from, end).replace(/,\s*$/, '');
  return JSON.parse(value) as SourceCitation[];
}

function fullParse(json: string): SourceCitation[] {
  return (JSON.parse(json) as { citations?: SourceCitation[] }).citations ?? [];
}
