import { isStructuralLine, type Line, splitLines } from '../lines.js';
import { RuleId, type StepEdit, type StepResult } from '../types.js';

// A bare page number, optionally framed by dashes: `12`, `- 12 -`, `– 12 –`.
const PAGE_NUMBER = /^[\f ]*(?:[-–—] ?)?(\d{1,4})(?: ?[-–—])?[\f ]*$/;
// Page furniture repeats once a page, so its repeats are never closer than this.
const MIN_PAGE_CHARS = 400;
const DIGIT = /\d/;
const DIGITS = /\d+/g;

interface Candidate {
  index: number;
  value: number;
}

/**
 * Removes page numbers and running heads left by PDF extraction, and turns form
 * feeds into line breaks. A bare number on its own line is a page number only
 * when it sits at a form feed or continues a sequence of such numbers a page
 * apart. A line starting with a capital or digit is a running head when it
 * (digits aside) recurs a page apart at least three times beside a form feed or
 * page number, or at least five times at a steady interval, each time cutting a
 * sentence.
 */
export function removePageFurniture(text: string): StepResult {
  const hasFormFeed = text.includes('\f');
  const lines = splitLines(text);
  // In a paged text the document's first and last lines sit at page edges too.
  const firstContent = lines.findIndex((line) => !isBlank(text, line));
  const lastContent = lines.findLastIndex((line) => !isBlank(text, line));
  const atPageBreak = (i: number) =>
    hasFormFeed &&
    (i === firstContent ||
      i === lastContent ||
      text.charCodeAt(lines[i]?.start ?? 0) === 12 ||
      text.charCodeAt((lines[i]?.end ?? 1) - 1) === 12 ||
      (lines[i - 1] !== undefined &&
        text.slice(lines[i - 1]!.start, lines[i - 1]!.end).endsWith('\f')) ||
      (lines[i + 1] !== undefined && text.charCodeAt(lines[i + 1]!.start) === 12));

  const pageNumbers = findPageNumbers(text, lines, atPageBreak);
  const runningHeads = findRunningHeads(text, lines, pageNumbers, atPageBreak);
  const removed = new Set([...pageNumbers, ...runningHeads]);
  const edits: StepEdit[] = [];
  const sorted = [...removed].sort((a, b) => a - b);
  let k = 0;
  while (k < sorted.length) {
    let last = k;
    while (sorted[last + 1] === (sorted[last] as number) + 1) last++;
    const first = sorted[k] as number;
    const end = sorted[last] as number;
    pushRemoval(edits, text, lines, first, end, pageNumbers);
    k = last + 1;
  }
  if (hasFormFeed) return { edits: mergeFormFeeds(text, edits) };
  return { edits };
}

function findPageNumbers(
  text: string,
  lines: Line[],
  atPageBreak: (i: number) => boolean,
): Set<number> {
  const candidates: Candidate[] = [];
  lines.forEach((line, index) => {
    // Cheap checks first: page-number lines are short and start with a digit or dash.
    if (line.end - line.start > 14 || line.end === line.start) return;
    const match = PAGE_NUMBER.exec(text.slice(line.start, line.end));
    if (match) candidates.push({ index, value: Number(match[1]) });
  });
  const accepted = new Set<number>();
  const apart = (a: Candidate, b: Candidate) =>
    b.value - a.value >= 1 &&
    b.value - a.value <= 2 &&
    (lines[b.index]?.start ?? 0) - (lines[a.index]?.end ?? 0) >= MIN_PAGE_CHARS;
  candidates.forEach((candidate, k) => {
    const before = candidates[k - 1];
    const after = candidates[k + 1];
    if (
      atPageBreak(candidate.index) ||
      (before && apart(before, candidate)) ||
      (after && apart(candidate, after))
    ) {
      accepted.add(candidate.index);
    }
  });
  return accepted;
}

function findRunningHeads(
  text: string,
  lines: Line[],
  pageNumbers: Set<number>,
  atPageBreak: (i: number) => boolean,
): Set<number> {
  const groups = new Map<string, number[]>();
  const mayRepeat = (line: Line) => {
    const length = line.end - line.start;
    return length >= 4 && length <= 120 && !cannotStartHead(text.charCodeAt(line.start));
  };
  // Most lines occur once: count a cheap sketch of the key first, so only lines
  // whose sketch repeats are sliced and grouped by their whole key.
  const sketches = new Map<number, number>();
  for (const line of lines) {
    if (!mayRepeat(line)) continue;
    const sketch = keySketch(text, line);
    sketches.set(sketch, (sketches.get(sketch) ?? 0) + 1);
  }
  lines.forEach((line, index) => {
    if (!mayRepeat(line) || (sketches.get(keySketch(text, line)) as number) < 3) return;
    let key = text.slice(line.start, line.end);
    if (DIGIT.test(key)) key = key.replace(DIGITS, '#');
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const heads = new Set<number>();
  for (const [key, indexes] of groups) {
    if (indexes.length < 3) continue;
    const content = key.replace(/\f/g, '').trim();
    if (content.length < 4 || !/\p{L}/u.test(content) || isStructuralLine(content)) continue;
    // Heads start with a capital or a digit; a lower-case line is the text itself.
    if (!/^[\p{Lu}\d]/u.test(content)) continue;
    const marked = (index: number) =>
      atPageBreak(index) || pageNumbers.has(index - 1) || pageNumbers.has(index + 1);
    const atBreak = indexes.filter((index) => marked(index) || cutsSentence(text, lines, index));
    const spaced = atBreak.filter((index, k) => {
      const previous = atBreak[k - 1];
      return (
        previous === undefined ||
        (lines[index]?.start ?? 0) - (lines[previous]?.end ?? 0) >= MIN_PAGE_CHARS
      );
    });
    // Without a form feed or page number beside it, only a line that recurs
    // often and at a steady page length counts as a running head.
    const needed = spaced.every(marked) ? 3 : 5;
    if (spaced.length >= needed && (needed === 3 || isSteady(lines, spaced))) {
      for (const index of spaced) heads.add(index);
    }
  }
  return heads;
}

/**
 * The same for lines with the same key (digits read as `#`): the first two and
 * the last code unit, each digit counted as one value. Collisions only cost a slice.
 */
function keySketch(text: string, line: Line): number {
  const unit = (index: number) => {
    const code = text.charCodeAt(index);
    return code >= 0x30 && code <= 0x39 ? 0x23 : code;
  };
  return (unit(line.start) * 961 + unit(line.start + 1) * 31 + unit(line.end - 1)) & 0x3fffffff;
}

/**
 * A line starting with a digit, a lower-case letter or common punctuation can
 * never be a head (its key starts with `#` or that character, see below), so
 * most lines are skipped before being sliced and grouped. Spaces and form feeds
 * are trimmed before the check, so lines starting with them take the full path.
 */
function cannotStartHead(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // digits
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x430 && code <= 0x45f) || // а-я, ѐ-џ
    code === 0xab || // «
    code === 0x28 || // (
    code === 0x2d || // -
    code === 0x2013 || // –
    code === 0x22 // "
  );
}

/** Gaps between the occurrences vary by at most a factor of two. */
function isSteady(lines: Line[], indexes: number[]): boolean {
  const gaps: number[] = [];
  for (let k = 1; k < indexes.length; k++) {
    gaps.push(
      (lines[indexes[k] as number]?.start ?? 0) - (lines[indexes[k - 1] as number]?.start ?? 0),
    );
  }
  return Math.max(...gaps) <= 2 * Math.min(...gaps);
}

/** The head sits inside a sentence: the text before it runs on after it. */
function cutsSentence(text: string, lines: Line[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && isBlank(text, lines[before]!)) before--;
  let after = index + 1;
  while (after < lines.length && isBlank(text, lines[after]!)) after++;
  if (before < 0 || after >= lines.length) return false;
  const previous = text.slice(lines[before]!.start, lines[before]!.end).trimEnd();
  const next = text.slice(lines[after]!.start, lines[after]!.end).trimStart();
  return /[\p{Ll},-]$/u.test(previous) && /^\p{Ll}/u.test(next);
}

function isBlank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}

function pushRemoval(
  edits: StepEdit[],
  text: string,
  lines: Line[],
  first: number,
  last: number,
  pageNumbers: Set<number>,
) {
  const start = lines[first]!.start;
  let end = lines[last + 1]?.start ?? lines[last]!.end;
  const blankBefore = first === 0 || isBlank(text, lines[first - 1]!);
  const next = lines[last + 1];
  if (blankBefore && next && isBlank(text, next) && lines[last + 2]) end = lines[last + 2]!.start;
  let from = start;
  if (!lines[last + 1] && first > 0) from = start - 1; // last line: drop the break before it
  for (let i = first; i <= last; i++) {
    const value = text.slice(lines[i]!.start, lines[i]!.end).replace(/\f/g, '').trim();
    const isNumber = pageNumbers.has(i);
    const edit: StepEdit = {
      start: i === first ? from : lines[i]!.start,
      end: i === last ? end : lines[i + 1]!.start,
      text: '',
      ruleId: isNumber ? RuleId.PAGE_NUMBER : RuleId.RUNNING_HEAD,
      reason: isNumber
        ? `Removed page number \`${value}\` on a line of its own`
        : `Removed running head \`${value}\` repeated at page breaks`,
    };
    if (edit.end > edit.start) edits.push(edit);
  }
}

/** Form feeds outside removed lines become line breaks (or vanish next to one). */
function mergeFormFeeds(text: string, removals: StepEdit[]): StepEdit[] {
  const edits: StepEdit[] = [];
  let r = 0;
  for (let at = text.indexOf('\f'); at !== -1; at = text.indexOf('\f', at + 1)) {
    while (r < removals.length && removals[r]!.end <= at) edits.push(removals[r++]!);
    const removal = removals[r];
    if (removal && removal.start <= at && at < removal.end) continue;
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    const besideBreak =
      at === 0 || at === text.length - 1 || before === 10 || after === 10 || after === 12;
    edits.push({
      start: at,
      end: at + 1,
      text: besideBreak ? '' : '\n',
      ruleId: RuleId.LINE_BREAK,
      reason: 'Replaced a form feed (page break) with a line break',
    });
  }
  while (r < removals.length) edits.push(removals[r++]!);
  return edits;
}
