import {
  type HyphenationLexicon,
  RuleId,
  type StepContext,
  type StepEdit,
  type StepResult,
} from '../types.js';

const LETTER = /\p{L}/u;
// Up to this many keys, `indexOf` per key beats reading every word.
const FEW_KEYS = 16;
const UPPER = /^\p{Lu}/u;

interface Candidate {
  hyphen: number;
  breakEnd: number;
  before: string;
  after: string;
  soft: boolean;
}

/**
 * Joins words hyphenated at a line end. Evidence in the document decides first:
 * whichever of `AB` and `A-B` occurs elsewhere wins (a tie keeps the hyphen).
 * Without evidence the lexicon keeps real compounds (`материально-технического`,
 * `өзін-өзі`) and anything else loses its hyphen (`пра-вительство`). A soft hyphen
 * always goes. A line-end hyphen after a non-letter (`3-`) or before a capital
 * after a lower-case word is left alone.
 */
export function joinLineEndHyphens(
  text: string,
  context: Pick<StepContext, 'lexicon' | 'wrapStyle'>,
): StepResult {
  if (!text.includes('-\n') && !text.includes('\u00ad\n')) return { edits: [] };
  // In hard-wrapped documents a page break can fall inside a word (`разно-`,
  // blank line, `гласий`): there the hyphen may reach across one blank line.
  const allowBlankLine = text.includes('-\n\n') && context.wrapStyle(text) !== 'none';
  const candidates = findCandidates(text, allowBlankLine);
  if (candidates.length === 0) return { edits: [] };
  const counts = countWords(text, candidates);
  const lexicon = indexLexicon(context.lexicon);
  const edits: StepEdit[] = [];
  for (const candidate of candidates) {
    const { before, after } = candidate;
    if (candidate.soft) {
      edits.push({
        start: candidate.hyphen,
        end: candidate.breakEnd,
        text: '',
        ruleId: RuleId.LINE_END_HYPHEN,
        reason: `Joined \`${before}\` and \`${after}\` at a soft hyphen`,
      });
      continue;
    }
    const decision = decide(before, after, counts, lexicon);
    if (decision === null) continue;
    edits.push({
      start: decision.keep ? candidate.hyphen + 1 : candidate.hyphen,
      end: candidate.breakEnd,
      text: '',
      ruleId: RuleId.LINE_END_HYPHEN,
      reason: decision.keep
        ? `Joined the lines of \`${before}-${after}\` and kept its hyphen (${decision.why})`
        : `Removed the line-end hyphen in \`${before}-\` + \`${after}\` (${decision.why})`,
    });
  }
  return { edits };
}

function findCandidates(text: string, allowBlankLine: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (const mark of ['-\n', '\u00ad\n']) {
    for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) {
      let wordStart = at;
      while (wordStart > 0 && isLetterAt(text, wordStart - 1)) wordStart--;
      if (wordStart === at) continue;
      let breakEnd = at + 2;
      const blankLine = text.charCodeAt(breakEnd) === 10;
      if (blankLine) {
        if (!allowBlankLine) continue;
        breakEnd++;
      }
      let wordEnd = breakEnd;
      while (wordEnd < text.length && isLetterAt(text, wordEnd)) wordEnd++;
      if (wordEnd === breakEnd) continue;
      if (blankLine && !/^\p{Ll}/u.test(text[breakEnd] as string)) continue;
      candidates.push({
        hyphen: at,
        breakEnd,
        before: text.slice(wordStart, at),
        after: text.slice(breakEnd, wordEnd),
        soft: mark !== '-\n',
      });
    }
  }
  return candidates.sort((a, b) => a.hyphen - b.hyphen);
}

/** Counts, in the whole document, only the words the candidates ask about. */
function countWords(text: string, candidates: Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { before, after } of candidates) {
    const a = before.toLowerCase();
    const b = after.toLowerCase();
    counts.set(a + b, 0);
    counts.set(`${a}-${b}`, 0);
  }
  const lower = text.toLowerCase();
  if (counts.size <= FEW_KEYS) return countByIndexOf(lower, counts);
  // A hand-written scan: this runs over whole documents, and most words have no
  // key with their length and first two letters, so they are skipped without
  // being sliced or hashed as strings.
  const signatures = new Set([...counts.keys()].map((key) => signature(key, 0, key.length)));
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    if (isWordLetter(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (code === 45 && start >= 0 && isWordLetter(lower.charCodeAt(i + 1))) continue; // `-` inside a word
    if (start >= 0 && signatures.has(signature(lower, start, i))) {
      const word = lower.slice(start, i);
      const count = counts.get(word);
      if (count !== undefined) counts.set(word, count + 1);
    }
    start = -1;
  }
  return counts;
}

/** A letter at `index`, with Latin and Cyrillic decided without a regex. */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (
    (code >= 0x400 && code <= 0x4ff) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a)
  ) {
    return true;
  }
  if (code < 0xc0) return false;
  return LETTER.test(text[index] as string);
}

/** For a few keys, searching for each is cheaper than reading every word. */
function countByIndexOf(lower: string, counts: Map<string, number>): Map<string, number> {
  for (const key of counts.keys()) {
    let count = 0;
    for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + key.length)) {
      const before = lower.charCodeAt(at - 1);
      const after = lower.charCodeAt(at + key.length);
      const hyphenBefore = before === 45 && isWordLetter(lower.charCodeAt(at - 2));
      const hyphenAfter = after === 45 && isWordLetter(lower.charCodeAt(at + key.length + 1));
      if (!isWordLetter(before) && !isWordLetter(after) && !hyphenBefore && !hyphenAfter) count++;
    }
    counts.set(key, count);
  }
  return counts;
}

/**
 * Length and first two letters of `text.slice(start, end)` folded into a small
 * integer (collisions only cost a lookup; small integers need no allocation).
 */
function signature(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start) * 31 + (text.charCodeAt(start + 1) | 0);
  return (((end - start) & 0x3ff) << 20) | (first & 0xfffff);
}

/** Latin and Cyrillic letters (the scripts of the documents), lower case. */
function isWordLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xdf && code <= 0x24f) ||
    (code >= 0x400 && code <= 0x4ff)
  );
}

interface LexiconIndex {
  compounds: Map<string, string[]>;
  prefixes: Set<string>;
  suffixes: Set<string>;
  hosts: Set<string>;
  pairedEndings: readonly string[];
}

function indexLexicon(lexicon: HyphenationLexicon): LexiconIndex {
  const compounds = new Map<string, string[]>();
  for (const compound of lexicon.compounds) {
    const cut = compound.indexOf('-');
    const first = compound.slice(0, cut);
    compounds.set(first, [...(compounds.get(first) ?? []), compound.slice(cut + 1)]);
  }
  return {
    compounds,
    prefixes: new Set(lexicon.prefixes),
    suffixes: new Set(lexicon.suffixes),
    hosts: new Set(lexicon.suffixHosts),
    pairedEndings: lexicon.pairedEndings ?? [],
  };
}

function decide(
  before: string,
  after: string,
  counts: Map<string, number>,
  lexicon: LexiconIndex,
): { keep: boolean; why: string } | null {
  const upperAfter = UPPER.test(after);
  if (upperAfter && !UPPER.test(before)) return null;
  const a = before.toLowerCase();
  const b = after.toLowerCase();
  const joined = counts.get(a + b) ?? 0;
  const hyphenated = counts.get(`${a}-${b}`) ?? 0;
  if (hyphenated > 0 || joined > 0) {
    return hyphenated >= joined
      ? { keep: true, why: `\`${a}-${b}\` occurs ${times(hyphenated)} in the document` }
      : { keep: false, why: `\`${a}${b}\` occurs ${times(joined)} in the document` };
  }
  if (lexicon.compounds.get(a)?.some((second) => b.startsWith(second))) {
    return { keep: true, why: 'a compound in the lexicon' };
  }
  if (lexicon.prefixes.has(a) && b.length >= 5) {
    return { keep: true, why: `\`${a}-\` starts compounds in the lexicon` };
  }
  if (lexicon.suffixes.has(b) && (b !== 'то' || lexicon.hosts.has(a))) {
    return { keep: true, why: `\`-${b}\` ends compounds in the lexicon` };
  }
  if (
    b.length >= 5 &&
    endsWithAny(a, lexicon.pairedEndings) &&
    endsWithAny(b, lexicon.pairedEndings)
  ) {
    return { keep: true, why: 'both parts are adjectives of a coordinated compound' };
  }
  if (upperAfter) return { keep: true, why: 'both parts are capitalised' };
  return { keep: false, why: 'no other evidence in the document or the lexicon' };
}

function endsWithAny(word: string, endings: readonly string[]): boolean {
  return endings.some((ending) => word.endsWith(ending));
}

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}
