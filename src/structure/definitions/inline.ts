/**
 * Inline definitions in running text: `X – бұл …`, `X дегеніміз …`,
 * `X деп … түсініледі`, `под X понимается …`, `X — это …`. The term is read back
 * from the cue to the start of its sentence (or an opening quote), then cut to
 * the last clause; negatives (`X – … емес`) and characterisations
 * (`пример … – это`) are rejected.
 */
import {
  characterisationWords,
  characterisingPredicates,
  discourseMarkers,
  type InlineForm,
  inlineForms,
  leadIns,
  negation,
  pronouns,
} from './cues.js';
import type { Definition } from './types.js';

const MAX_TERM_CHARS = 160;
const MAX_TERM_WORDS = 8;
const MAX_DEFINITION_CHARS = 700;

export function findInlineDefinitions(text: string, lang: 'kk' | 'ru' | undefined): Definition[] {
  const found: Definition[] = [];
  for (const form of inlineForms) {
    if (lang !== undefined && form.lang !== lang) continue;
    const search = form.search;
    search.lastIndex = 0;
    for (let match = search.exec(text); match; match = search.exec(text)) {
      const definition = readMatch(text, form, match);
      if (definition) found.push(definition);
      if (match[0].length === 0) search.lastIndex++;
    }
  }
  return found;
}

function readMatch(text: string, form: InlineForm, match: RegExpExecArray): Definition | null {
  const cueEnd = match.index + match[0].length;
  let term: { start: number; end: number } | null;
  let definition: { start: number; end: number };
  const defGroup = match.groups?.['def'];
  if (form.termBefore) {
    term = readTermBefore(text, match.index);
    if (defGroup !== undefined) {
      const start = match.index + match[0].indexOf(defGroup, match[0].indexOf('деп'));
      definition = { start, end: start + defGroup.length };
    } else {
      definition = { start: cueEnd, end: sentenceEnd(text, cueEnd) };
    }
  } else {
    const termText = match.groups?.['term'] ?? '';
    const start = match.index + match[0].indexOf(termText, 3);
    term = { start, end: start + termText.length };
    definition = { start: cueEnd, end: sentenceEnd(text, cueEnd) };
  }
  if (!term || term.end <= term.start || definition.end <= definition.start) return null;
  const termText = text.slice(term.start, term.end).replace(/\s+/gu, ' ');
  if (!acceptableTerm(termText)) return null;
  const body = text.slice(definition.start, definition.end);
  if (negation.test(body)) return null;
  const squashed = body.replace(/\s+/gu, ' ').toLocaleLowerCase('ru');
  if (characterisingPredicates.some((phrase) => squashed.includes(phrase))) return null;
  return {
    term: { ...term, text: termText },
    definition,
    lang: form.lang,
    kind: 'inline',
    confidence: form.confidence,
  };
}

/** Reads back from `end` to the sentence start, an opening quote or bracket, or a clause comma. */
function readTermBefore(text: string, end: number): { start: number; end: number } | null {
  let termEnd = end;
  while (termEnd > 0 && /\s/u.test(text[termEnd - 1]!)) termEnd--;
  const limit = Math.max(0, termEnd - MAX_TERM_CHARS);
  let start = termEnd;
  while (start > limit) {
    const char = text[start - 1]!;
    if (char === ')') {
      // `Ауыл (село) дегеніміз` keeps its bracketed variant in the term.
      // Search only the window: an unbounded lastIndexOf would make the scan quadratic.
      const open = lastIndexIn(text, '(', limit, start - 1);
      if (open >= limit && !text.slice(open, start).includes('\n\n')) {
        start = open;
        continue;
      }
    }
    if (/[.!?;:«"“„(—,)]/u.test(char)) break;
    // Text glued in extraction (`құрылысыЖергілікті`): a capital after a small letter starts anew.
    if (/\p{Ll}/u.test(char) && /\p{Lu}/u.test(text[start] ?? '')) break;
    start--;
  }
  if (start === limit && limit > 0) return null;
  while (start < termEnd && /\s/u.test(text[start]!)) start++;
  start = skipDiscourseMarker(text, start, termEnd);
  // A heading line above the sentence is not part of the term; a wrapped line
  // that goes on in small letters is.
  const lineBreak = lastIndexIn(text, '\n', start, termEnd);
  if (lineBreak >= start) {
    const lastLine = text.slice(lineBreak + 1, termEnd).trimStart();
    if (/^[\p{Lu}«"]/u.test(lastLine) || countWords(text.slice(start, termEnd)) > MAX_TERM_WORDS) {
      start = termEnd - lastLine.length;
    }
  }
  start = skipLeadIn(text, start, termEnd);
  // `X дегеніміз – бұл …`: the term is X, whichever cue matched.
  const doubled = /\s+дегеніміз$/iu.exec(text.slice(start, termEnd));
  if (doubled) termEnd -= doubled[0].length;
  return start < termEnd ? { start, end: termEnd } : null;
}

function skipLeadIn(text: string, start: number, end: number): number {
  const pattern = /[\p{L}-]+/gu;
  let cut = start;
  for (
    let match = pattern.exec(text.slice(start, end));
    match;
    match = pattern.exec(text.slice(start, end))
  ) {
    if (leadIns.has(match[0].toLocaleLowerCase('ru'))) cut = start + match.index + match[0].length;
  }
  while (cut < end && /[\s,]/u.test(text[cut]!)) cut++;
  return cut < end ? cut : start;
}

/** Last index of `char` in `text[from, to)`, or -1. */
function lastIndexIn(text: string, char: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === char) return i;
  return -1;
}

function countWords(span: string): number {
  return span.split(/\s+/u).filter((word) => word !== '').length;
}

function skipDiscourseMarker(text: string, start: number, end: number): number {
  const lower = text.slice(start, end).toLocaleLowerCase('ru');
  for (const marker of discourseMarkers) {
    if (lower.startsWith(marker) && /^[\s,.]/u.test(lower.slice(marker.length))) {
      let next = start + marker.length;
      while (next < end && /[\s,.]/u.test(text[next]!)) next++;
      return next;
    }
  }
  return start;
}

function acceptableTerm(term: string): boolean {
  if (!/^[\p{L}«"]/u.test(term)) return false;
  const words = term
    .toLocaleLowerCase('ru')
    .split(/[\s«»"]+/u)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_TERM_WORDS) return false;
  if (words.length === 1 && pronouns.has(words[0]!)) return false;
  if (pronouns.has(words[0]!) && words.length <= 2) return false;
  return !words.some((word) => characterisationWords.has(word));
}

/**
 * End of the sentence that starts at `from`: a stop followed by a capital or a
 * line break, a line break before a capital (extracted essays drop final stops),
 * or the length cap.
 */
export function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_DEFINITION_CHARS);
  for (let i = from; i < limit; i++) {
    const char = text[i]!;
    if (char === '\n') {
      if (/^[ \t]*[\p{Lu}«]/u.test(text.slice(i + 1, i + 4))) return trimEnd(text, from, i);
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    const next = text.slice(i + 1, i + 4);
    if (next.startsWith('.') || /^(?:\s*$|\s*[\p{Lu}«"\d]|[ \t]*\r?\n)/u.test(next)) {
      return trimEnd(text, from, i);
    }
  }
  let end = limit;
  if (limit < text.length) {
    while (end > from && !/\s/u.test(text[end - 1]!)) end--;
  }
  return trimEnd(text, from, end);
}

function trimEnd(text: string, from: number, end: number): number {
  while (end > from && /[\s,;:]/u.test(text[end - 1]!)) end--;
  return end;
}
