/**
 * Reads only the `citations` member out of a document JSON written by the
 * corpus run, without building objects for the text, paragraphs and segments
 * around it. A run needs this only for files it skipped as unchanged; the
 * others hand their citation lines over directly.
 *
 * Documents are compact JSON with `citations` as the last member. A `"` inside
 * a JSON string is always escaped, so the raw characters `,"citations":[` can
 * only be a key; the last one is the top-level member unless a citation holds
 * a `citations` key of its own, and then the slice fails to parse and the
 * whole document is parsed instead. Older pretty-printed documents are read
 * the same way through their indented member line.
 */
import type { SourceCitation } from './cite-document.js';

const COMPACT_MEMBER = ',"citations":[';
const PRETTY_MEMBER = '\n  "citations": ';

export function citationsOfDocument(json: string): SourceCitation[] {
  return compactMember(json) ?? prettyMember(json) ?? fullParse(json);
}

function compactMember(json: string): SourceCitation[] | undefined {
  const start = json.lastIndexOf(COMPACT_MEMBER);
  if (start < 0) return undefined;
  return parseArray(json.slice(start + COMPACT_MEMBER.length - 1, json.lastIndexOf('}')));
}

function prettyMember(json: string): SourceCitation[] | undefined {
  const start = json.indexOf(PRETTY_MEMBER);
  if (start < 0) return undefined;
  const from = start + PRETTY_MEMBER.length;
  const nextMember = json.indexOf('\n  "', from);
  const end = nextMember >= 0 ? nextMember : json.lastIndexOf('\n}');
  if (end < from) return undefined;
  return parseArray(json.slice(from, end).replace(/,\s*$/, ''));
}

function parseArray(value: string): SourceCitation[] | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as SourceCitation[]) : undefined;
  } catch {
    return undefined;
  }
}

function fullParse(json: string): SourceCitation[] {
  return (JSON.parse(json) as { citations?: SourceCitation[] }).citations ?? [];
}
