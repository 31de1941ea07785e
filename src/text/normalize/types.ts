import type { Edit, OffsetMap, Range } from '../offset-map.js';

/** Every kind of repair normalization can make; each is a kebab-case vfile ruleId. */
export const RuleId = {
  UNICODE_NFC: 'unicode-nfc',
  NBSP: 'nbsp',
  SPACE_RUN: 'space-run',
  INVISIBLE_CHAR: 'invisible-char',
  LINE_BREAK: 'line-break',
  DASH: 'dash',
  QUOTE: 'quote',
  NUMERO: 'numero',
  LATIN_LOOKALIKE: 'latin-lookalike',
  LINE_END_HYPHEN: 'line-end-hyphen',
  HARD_WRAP: 'hard-wrap',
  GLUED_SENTENCE: 'glued-sentence',
  PAGE_NUMBER: 'page-number',
  RUNNING_HEAD: 'running-head',
  FOOTNOTE_MARKER: 'footnote-marker',
  FOOTNOTE_BODY: 'footnote-body',
} as const;

export type RuleId = (typeof RuleId)[keyof typeof RuleId];

/** One change normalization made, located in the source text. */
export interface Repair {
  /** Kebab-case rule that made the change (example: `'latin-lookalike'`). */
  ruleId: RuleId;
  /** Human sentence saying what changed and why. */
  reason: string;
  /** Range of the source text that was changed. */
  source: Range;
  /** `source.slice(range.start, range.end)`: the text that was changed. */
  actual: string;
  /** What the changed text became in the normalized text (`''` for removals). */
  expected: string;
}

/** A footnote body moved out of the text, linked to its marker when one was found. */
export interface Footnote {
  /** The marker as written (example: `'1'`). */
  marker: string;
  /** Source range of the marker glued to a word, or `null` when none was found. */
  markerSource: Range | null;
  /** Footnote text with its line breaks (and line-end hyphens) joined. */
  body: string;
  /** Source range of the whole footnote body, marker digits included. */
  bodySource: Range;
}

/** Hyphenated words and parts that keep their hyphen at a line end. */
export interface HyphenationLexicon {
  /** Whole compounds written with a hyphen (example: `'өзін-өзі'`), lower case. */
  compounds: string[];
  /** First parts that form compounds (example: `'материально'`, `'кое'`), lower case. */
  prefixes: string[];
  /** Second parts that form compounds (example: `'либо'`, `'то'`), lower case. */
  suffixes: string[];
  /** Words that `то` attaches to (example: `'кто'`); other suffixes attach to any word. */
  suffixHosts: string[];
  /**
   * Endings of coordinated Kazakh adjectives (`материалдық-техникалық`,
   * `әлеуметтік-экономикалық`): when both parts end in one, the hyphen is real.
   */
  pairedEndings?: string[];
}

/** Names of the normalization steps, in the order they run. */
export const StepId = {
  UNICODE: 'unicode',
  WHITESPACE: 'whitespace',
  PAGE_FURNITURE: 'page-furniture',
  FOOTNOTES: 'footnotes',
  LINE_END_HYPHEN: 'line-end-hyphen',
  HARD_WRAP: 'hard-wrap',
  DASHES: 'dashes',
  QUOTES: 'quotes',
  NUMERO: 'numero',
  LATIN_LOOKALIKE: 'latin-lookalike',
  GLUED_SENTENCE: 'glued-sentence',
} as const;

export type StepId = (typeof StepId)[keyof typeof StepId];

export interface NormalizeOptions {
  /** Compounds that keep their hyphen at a line end; defaults to `data/lexicons/hyphenated-compounds.json`. */
  lexicon?: HyphenationLexicon | null | undefined;
  /** Steps to run (in the fixed order); defaults to all of them. */
  steps?: readonly StepId[] | null | undefined;
}

export interface NormalizedText {
  /** The decoded source text, unchanged. */
  source: string;
  /** The normalized text. */
  text: string;
  /** Maps ranges of `text` back to ranges of `source`. */
  map: OffsetMap;
  /** Ranges of `text`, one per non-empty line (each `\n` ends a paragraph). */
  paragraphs: Range[];
  /** Every change, in the order the steps made them. */
  repairs: Repair[];
  /** Footnote bodies moved out of `text`. */
  footnotes: Footnote[];
}

/** An edit of one step, with the rule and reason a repair will carry. */
export interface StepEdit extends Edit {
  ruleId: RuleId;
  reason: string;
}

/** A footnote found by a step, with ranges in that step's input. */
export interface StepFootnote {
  marker: string;
  markerRange: Range | null;
  body: string;
  bodyRange: Range;
}

export interface StepContext {
  lexicon: HyphenationLexicon;
  /**
   * The document's wrap style, worked out once by the first step that needs it
   * (joining hyphens barely changes it, and the detection reads every line).
   */
  wrapStyle: (text: string) => 'none' | 'single' | 'double';
}

export interface StepResult {
  /** Sorted, disjoint, non-empty-range edits over the step's input. */
  edits: StepEdit[];
  footnotes?: StepFootnote[];
}

/** A step sees the text so far and returns the edits it wants. */
export type NormalizeStep = (text: string, context: StepContext) => StepResult;
