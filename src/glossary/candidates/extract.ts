import { findDefinitions } from '../../structure/definitions/index.js';
import { parseStructure, type StructureUnit } from '../../structure/units/index.js';
import { cValues } from './c-value.js';
import { findKeywordLists, findTitles, type MarkedItem } from './keywords.js';
import { kazakhNounPhrases, type PhraseOccurrence, russianNounPhrases } from './noun-phrases.js';
import { createSentenceLookup } from './sentences.js';
import type {
  CandidateDocument,
  CandidateKind,
  CandidateSource,
  ExtractCandidatesOptions,
  TermCandidate,
} from './types.js';

const ALL_KINDS: readonly CandidateKind[] = ['definition', 'noun-phrase', 'keyword', 'title'];

/**
 * Term candidates of one document: defined terms (numbered, inline, alias),
 * noun phrases ranked by C-value, and keyword lists and titles of abstracts.
 * Every candidate keeps where it was seen: document, range and sentence.
 *
 * @example extractCandidates({id: 'law', text, lang: 'kk'}, {kinds: ['definition']})
 */
export function extractCandidates(
  doc: CandidateDocument,
  options?: ExtractCandidatesOptions,
): TermCandidate[] {
  const kinds = new Set(options?.kinds ?? ALL_KINDS);
  const maxSources = options?.maxSources ?? 20;
  const sentences = createSentenceLookup(doc.text, doc.lang);
  const source = (start: number, end: number): CandidateSource => ({
    document: doc.id,
    start,
    end,
    surface: doc.text.slice(start, end),
    sentence: sentences.sentenceAt(start, end),
  });
  const out: TermCandidate[] = [];
  if (kinds.has('definition')) out.push(...definitionCandidates(doc, source, maxSources));
  if (kinds.has('noun-phrase')) {
    out.push(...nounPhraseCandidates(doc, options, source, maxSources));
  }
  const marked: MarkedItem[] = [];
  if (kinds.has('keyword')) marked.push(...findKeywordLists(doc.text));
  if (kinds.has('title')) marked.push(...findTitles(doc.text));
  out.push(...groupMarked(marked, source, maxSources));
  return out;
}

function definitionCandidates(
  doc: CandidateDocument,
  source: (start: number, end: number) => CandidateSource,
  maxSources: number,
): TermCandidate[] {
  const units = doc.units ?? parseStructure(doc.text, { lang: doc.lang });
  const byTerm = new Map<string, TermCandidate>();
  const add = (
    term: string,
    start: number,
    end: number,
    definition: string,
    confidence: number,
  ): void => {
    const key = term.toLowerCase();
    let candidate = byTerm.get(key);
    if (candidate === undefined) {
      candidate = {
        term,
        lang: doc.lang,
        kind: 'definition',
        score: confidence,
        frequency: 0,
        definition,
        sources: [],
      };
      byTerm.set(key, candidate);
    }
    candidate.frequency++;
    candidate.score = Math.max(candidate.score, confidence);
    if (candidate.sources.length < maxSources) candidate.sources.push(source(start, end));
  };
  for (const found of findDefinitions(doc.text, { lang: doc.lang, units })) {
    const definition = doc.text.slice(found.definition.start, found.definition.end).trim();
    const { start, text } = found.term;
    // «жергілікті өкілді орган (мәслихат)»: the term and its short name are both terms.
    const alias = /^(.*?\S)\s*\(([^()]+)\)\s*$/u.exec(text);
    if (alias !== null && found.kind === 'numbered') {
      const head = alias[1] ?? '';
      const short = (alias[2] ?? '').trim();
      add(head, start, start + head.length, definition, found.confidence);
      const shortStart = start + text.indexOf(short, head.length);
      add(short, shortStart, shortStart + short.length, definition, found.confidence);
    } else {
      add(text, start, found.term.end, definition, found.confidence);
    }
  }
  return [...byTerm.values()];
}

function nounPhraseCandidates(
  doc: CandidateDocument,
  options: ExtractCandidatesOptions | undefined,
  source: (start: number, end: number) => CandidateSource,
  maxSources: number,
): TermCandidate[] {
  const maxWords = options?.maxWords ?? 5;
  const minFrequency = options?.minFrequency ?? 2;
  const text = withoutNotes(doc);
  let occurrences: PhraseOccurrence[];
  if (doc.lang === 'kk') occurrences = kazakhNounPhrases(text, { maxWords });
  else if (options?.ruLemmatizer !== undefined) {
    occurrences = russianNounPhrases(text, { maxWords, ruLemmatizer: options.ruLemmatizer });
  } else return [];
  const grouped = new Map<
    string,
    { length: number; occurrences: PhraseOccurrence[]; nestedIn: Set<string> }
  >();
  for (const occurrence of occurrences) {
    let group = grouped.get(occurrence.key);
    if (group === undefined) {
      group = { length: occurrence.length, occurrences: [], nestedIn: new Set() };
      grouped.set(occurrence.key, group);
    }
    group.occurrences.push(occurrence);
    for (const container of occurrence.containers) group.nestedIn.add(container);
  }
  const scores = cValues(
    [...grouped].map(([key, group]) => ({
      key,
      length: group.length,
      frequency: group.occurrences.length,
      nestedIn: [...group.nestedIn],
    })),
  );
  const out: TermCandidate[] = [];
  for (const [key, group] of grouped) {
    if (group.occurrences.length < minFrequency) continue;
    out.push({
      term: key,
      lang: doc.lang,
      kind: 'noun-phrase',
      score: Math.round((scores.get(key) ?? 0) * 1000) / 1000,
      frequency: group.occurrences.length,
      sources: group.occurrences.slice(0, maxSources).map((o) => source(o.start, o.end)),
    });
  }
  return out.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
}

/**
 * The text with editorial notes and footnotes blanked out, same length so offsets
 * hold: their amendment boilerplate («күнтізбелік он күн өткен соң …») would
 * otherwise outrank every real term.
 */
function withoutNotes(doc: CandidateDocument): string {
  const units = doc.units ?? parseStructure(doc.text, { lang: doc.lang });
  const cuts: Array<{ start: number; end: number }> = [];
  const visit = (list: readonly StructureUnit[]): void => {
    for (const unit of list) {
      if (unit.type === 'note' || unit.type === 'footnote') cuts.push(unit);
      else visit(unit.children);
    }
  };
  visit(units);
  if (cuts.length === 0) return doc.text;
  let out = '';
  let at = 0;
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    if (cut.start < at) continue;
    out += doc.text.slice(at, cut.start) + ' '.repeat(cut.end - cut.start);
    at = cut.end;
  }
  return out + doc.text.slice(at);
}

function groupMarked(
  items: readonly MarkedItem[],
  source: (start: number, end: number) => CandidateSource,
  maxSources: number,
): TermCandidate[] {
  const byKey = new Map<string, TermCandidate>();
  for (const item of items) {
    const key = `${item.kind}\u0000${item.lang}\u0000${item.term.toLowerCase()}`;
    let candidate = byKey.get(key);
    if (candidate === undefined) {
      candidate = {
        term: item.term,
        lang: item.lang,
        kind: item.kind,
        score: 1,
        frequency: 0,
        sources: [],
      };
      byKey.set(key, candidate);
    }
    candidate.frequency++;
    if (candidate.sources.length < maxSources) candidate.sources.push(source(item.start, item.end));
  }
  return [...byKey.values()];
}
