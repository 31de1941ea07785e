import { findDefinitions } from '../../structure/definitions/index.js';
import { parseStructure, type StructureUnit } from '../../structure/units/index.js';
import { tokenizeWords } from '../candidates/tokenize.js';
import { kazakhSkeleton, skeletonSimilarity } from './skeleton.js';
import type { AlignedPair, AlignmentEvidence } from './types.js';

/** One item of a numbered definitions article: `5) term (alias) – definition;`. */
export interface NumberedDefinition {
  /** The sub-point number as written (`3-1`). */
  num: string;
  /** The term without a trailing parenthesised alias. */
  term: string;
  /** The alias in brackets after the term (`мәслихат` in `жергілікті өкілді орган (мәслихат)`), or null. */
  alias: string | null;
  definition: string;
  start: number;
  end: number;
}

export interface NumberedDefinitionsOptions {
  lang: 'kk' | 'ru';
  units?: StructureUnit[] | undefined;
}

/** The numbered definitions of a law with their sub-point numbers. */
export function numberedDefinitions(
  text: string,
  options: NumberedDefinitionsOptions,
): NumberedDefinition[] {
  const units = options.units ?? parseStructure(text, { lang: options.lang, format: 'markdown' });
  const out: NumberedDefinition[] = [];
  for (const found of findDefinitions(text, { lang: options.lang, units })) {
    if (found.kind !== 'numbered') continue;
    const num = enclosingNumber(units, found.term.start);
    if (num === null) continue;
    const { term, alias } = splitAlias(found.term.text);
    out.push({
      num,
      term,
      alias,
      definition: text.slice(found.definition.start, found.definition.end),
      start: found.term.start,
      end: found.definition.end,
    });
  }
  return out;
}

function enclosingNumber(units: readonly StructureUnit[], offset: number): string | null {
  for (const unit of units) {
    if (offset < unit.start || offset >= unit.end) continue;
    if (unit.type === 'subparagraph' && unit.num !== null) return unit.num;
    return enclosingNumber(unit.children, offset);
  }
  return null;
}

function splitAlias(termText: string): { term: string; alias: string | null } {
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/u.exec(termText);
  if (match === null) return { term: termText.trim(), alias: null };
  return { term: (match[1] ?? '').trim(), alias: (match[2] ?? '').trim() };
}

export interface AlignDefinitionListsOptions {
  /** Below this content similarity a same-number pair is re-checked against the other items (default 0.15). */
  minContent?: number | undefined;
}

/**
 * Aligns the numbered definition lists of the Kazakh and Russian versions of a
 * law: by number first, then checked by content (loanwords and numbers the two
 * definitions share). When an item's same-number partner shares clearly less
 * than another item does, the better-matching item wins: numbering can differ
 * after amendments. Alias pairs (`(әкімдік)` ↔ `(акимат)`) are added as their
 * own pairs with the same evidence.
 */
export function alignDefinitionLists(
  kk: readonly NumberedDefinition[],
  ru: readonly NumberedDefinition[],
  options?: AlignDefinitionListsOptions,
): AlignedPair[] {
  const minContent = options?.minContent ?? 0.15;
  const kkAnchors = kk.map((item) => anchors(`${item.term} ${item.definition}`));
  const ruAnchors = ru.map((item) => anchors(`${item.term} ${item.definition}`));
  const out: AlignedPair[] = [];
  kk.forEach((item, i) => {
    const mine = kkAnchors[i] ?? new Set<string>();
    const sims = ruAnchors.map((other) => dice(mine, other));
    const sameNumber = ru.findIndex((other) => other.num === item.num);
    let best = 0;
    sims.forEach((value, j) => {
      if (value > (sims[best] ?? 0)) best = j;
    });
    const byNumber = sameNumber >= 0 ? (sims[sameNumber] ?? 0) : -1;
    const bestSim = sims[best] ?? 0;
    // Trust the number unless its content is weak and another item is clearly better.
    const chosen = byNumber >= minContent || byNumber >= bestSim - 0.1 ? sameNumber : best;
    const partner = ru[chosen];
    if (partner === undefined) return;
    const content = sims[chosen] ?? 0;
    const numberEvidence: AlignmentEvidence = {
      kind: 'definition-number',
      value: partner.num === item.num ? 1 : 0,
      detail: `${item.num}) ↔ ${partner.num})`,
    };
    const contentEvidence: AlignmentEvidence = {
      kind: 'definition-content',
      value: round(content),
      detail: `shared loanwords/numbers: ${[...intersection(mine, ruAnchors[chosen] ?? new Set())].slice(0, 8).join(', ')}`,
    };
    const score = round(0.5 * numberEvidence.value + 0.5 * Math.min(1, content * 2));
    out.push(makePair(item.term, partner.term, score, [numberEvidence, contentEvidence]));
    if (item.alias !== null && partner.alias !== null) {
      out.push(makePair(item.alias, partner.alias, score, [numberEvidence, contentEvidence]));
    }
  });
  return out;
}

function makePair(
  kk: string,
  ru: string,
  score: number,
  evidence: AlignmentEvidence[],
): AlignedPair {
  const skeleton = bestSkeleton(kk, ru);
  const all =
    skeleton.value >= 0.9
      ? [
          ...evidence,
          { kind: 'skeleton' as const, value: round(skeleton.value), detail: skeleton.detail },
        ]
      : evidence;
  return { kk, ru, score, evidence: all };
}

/** The best skeleton match between any word of the Kazakh and any word of the Russian term. */
export function bestSkeleton(kk: string, ru: string): { value: number; detail: string } {
  let value = 0;
  let detail = '';
  for (const a of tokenizeWords(kk)) {
    for (const b of tokenizeWords(ru)) {
      const sim = skeletonSimilarity(a.text, b.text);
      if (sim > value) {
        value = sim;
        detail = `${a.text} ~ ${b.text}`;
      }
    }
  }
  return { value, detail };
}

/**
 * Language-neutral anchors of a text: numbers, Latin words and the first five
 * skeleton letters of longer words, which catches shared loanwords whatever
 * their endings (бюджетінен / бюджета → «бюдже»).
 */
function anchors(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of tokenizeWords(text)) {
    if (/\p{N}/u.test(token.text)) out.add(token.text);
    else if (token.text.length >= 5) out.add(kazakhSkeleton(token.text).slice(0, 5));
  }
  return out;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((item) => b.has(item)));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
