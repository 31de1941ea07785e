import { OffsetMap, type Range, StepMap } from '../offset-map.js';
import { loadGluedSentenceExceptions, loadHyphenationLexicon } from './data-files.js';
import { detectWrapStyle, type WrapStyle } from './layout.js';
import { repairCharacters } from './steps/characters.js';
import { unifyDashes } from './steps/dashes.js';
import { extractFootnotes } from './steps/footnotes.js';
import { separateGluedSentences } from './steps/glued-sentence.js';
import { rebuildParagraphs } from './steps/hard-wrap.js';
import { replaceLatinLookalikes } from './steps/latin-lookalike.js';
import { joinLineEndHyphens } from './steps/line-end-hyphen.js';
import { unifyNumeroSign } from './steps/numero.js';
import { removePageFurniture } from './steps/page-furniture.js';
import { unifyQuotes } from './steps/quotes.js';
import { composeUnicode } from './steps/unicode-nfc.js';
import { unifyWhitespace } from './steps/whitespace.js';
import {
  type Footnote,
  type NormalizedText,
  type NormalizeOptions,
  type NormalizeStep,
  type Repair,
  type StepContext,
  type StepEdit,
  StepId,
  type StepResult,
} from './types.js';

export { loadHyphenationLexicon } from './data-files.js';
export { repairsToMessages } from './messages.js';
export type {
  Footnote,
  HyphenationLexicon,
  NormalizedText,
  NormalizeOptions,
  Repair,
  StepEdit,
} from './types.js';
export { RuleId, StepId } from './types.js';

type NamedStep = readonly [StepId, NormalizeStep];

/** Steps that see the same input; `together` runs all of them at once, in order. */
interface StepGroup {
  steps: readonly NamedStep[];
  together?: (text: string) => StepResult[];
}

// The order matters: whitespace first so lines are clean; page furniture and
// footnotes before lines are joined, while they are still lines of their own;
// hyphens before hard wraps; character repairs last, on whole paragraphs.
// Steps in one group read nothing the others change, so they all see the same
// input and their edits are applied together: one copy of the text and one
// offset-map level instead of four (and one scan, see `repairCharacters`).
const STEP_GROUPS: readonly StepGroup[] = [
  { steps: [[StepId.UNICODE, composeUnicode]] },
  { steps: [[StepId.WHITESPACE, unifyWhitespace]] },
  { steps: [[StepId.PAGE_FURNITURE, removePageFurniture]] },
  { steps: [[StepId.FOOTNOTES, extractFootnotes]] },
  { steps: [[StepId.LINE_END_HYPHEN, joinLineEndHyphens]] },
  { steps: [[StepId.HARD_WRAP, rebuildParagraphs]] },
  {
    steps: [
      [StepId.DASHES, unifyDashes],
      [StepId.QUOTES, unifyQuotes],
      [StepId.NUMERO, unifyNumeroSign],
      [StepId.LATIN_LOOKALIKE, replaceLatinLookalikes],
    ],
    together: repairCharacters,
  },
  {
    steps: [
      [
        StepId.GLUED_SENTENCE,
        (text) => separateGluedSentences(text, { abbreviations: loadGluedSentenceExceptions() }),
      ],
    ],
  },
];

/**
 * Normalizes a decoded document and keeps the way back: `map.toSource` turns any
 * range of `text` into the range of `source` it came from, and every repair and
 * footnote carries its source range.
 */
export function normalize(source: string, options: NormalizeOptions = {}): NormalizedText {
  const lexicon = options.lexicon ?? loadHyphenationLexicon();
  const only = options.steps ? new Set(options.steps) : null;
  let text = source;
  let map = new OffsetMap();
  const repairs: Repair[] = [];
  const footnotes: Footnote[] = [];
  let wrapStyle: WrapStyle | undefined;
  const context: StepContext = {
    lexicon,
    wrapStyle: (current) => {
      wrapStyle ??= detectWrapStyle(current);
      return wrapStyle;
    },
  };
  const commit = (results: readonly StepResult[], edits: readonly StepEdit[]) => {
    for (const result of results) {
      for (const footnote of result.footnotes ?? []) {
        footnotes.push({
          marker: footnote.marker,
          markerSource: footnote.markerRange ? toSource(map, footnote.markerRange) : null,
          body: footnote.body,
          bodySource: toSource(map, footnote.bodyRange),
        });
      }
      for (const edit of result.edits) {
        const range = toSource(map, edit);
        repairs.push({
          ruleId: edit.ruleId,
          reason: edit.reason,
          source: range,
          actual: source.slice(range.start, range.end),
          expected: edit.text,
        });
      }
    }
    if (edits.length === 0) return;
    const applied = StepMap.apply(text, edits);
    text = applied.text;
    map = map.append(applied.map);
  };
  for (const group of STEP_GROUPS) {
    const steps = only ? group.steps.filter(([id]) => only.has(id)) : group.steps;
    const results =
      group.together && steps.length === group.steps.length
        ? group.together(text)
        : steps.map(([, step]) => step(text, context));
    const merged = mergeDisjoint(results.map((result) => result.edits));
    if (merged) {
      commit(results, merged);
      continue;
    }
    // Two steps of a group touched the same text after all: run them one by one.
    for (const [, step] of steps) {
      const result = step(text, context);
      commit([result], result.edits);
    }
  }
  return { source, text, map, paragraphs: findParagraphs(text), repairs, footnotes };
}

/** The edits of several steps in one sorted list, or null when two overlap. */
function mergeDisjoint(lists: readonly (readonly StepEdit[])[]): readonly StepEdit[] | null {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  // Each list is sorted, so a merge is enough; a list out of order is sorted the slow way.
  const merged = nonEmpty.every(isSorted)
    ? mergeSorted(nonEmpty)
    : nonEmpty.flat().sort(compareEdits);
  for (let i = 1; i < merged.length; i++) {
    const previous = merged[i - 1] as StepEdit;
    const edit = merged[i] as StepEdit;
    // Touching insertions at one offset would have an order that depends on the step order.
    if (edit.start < previous.end || edit.start === previous.start) return null;
  }
  return merged;
}

function compareEdits(a: StepEdit, b: StepEdit): number {
  return a.start - b.start || a.end - b.end;
}

function isSorted(list: readonly StepEdit[]): boolean {
  for (let i = 1; i < list.length; i++) {
    if (compareEdits(list[i - 1] as StepEdit, list[i] as StepEdit) > 0) return false;
  }
  return true;
}

/**
 * Merges sorted lists, taking from the earliest list on ties as the stable sort
 * did (ties make the merge fail anyway).
 */
function mergeSorted(lists: readonly (readonly StepEdit[])[]): StepEdit[] {
  const merged: StepEdit[] = [];
  const next = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      const edit = (lists[k] as readonly StepEdit[])[next[k] as number];
      if (!edit) continue;
      const current =
        best < 0 ? undefined : (lists[best] as readonly StepEdit[])[next[best] as number];
      if (!current || compareEdits(edit, current) < 0) best = k;
    }
    if (best < 0) return merged;
    merged.push((lists[best] as readonly StepEdit[])[next[best] as number] as StepEdit);
    next[best] = (next[best] as number) + 1;
  }
}

function toSource(map: OffsetMap, range: Range): Range {
  return map.toSource(range.start, range.end);
}

/** Every non-empty line of the normalized text is a paragraph. */
function findParagraphs(text: string): Range[] {
  const paragraphs: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) paragraphs.push({ start, end });
    start = end + 1;
  }
  return paragraphs;
}
