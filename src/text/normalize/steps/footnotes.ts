import { isSoftBreak } from '../layout.js';
import { isStructuralLine, type Line, splitLines } from '../lines.js';
import { RuleId, type StepEdit, type StepFootnote, type StepResult } from '../types.js';

// A footnote body starts a line with its number glued to a capitalised word
// (`1См.:`, `2Об историческом`), or spaced before a typical footnote opening
// (`1 Там же`, `2 См.`, `3 Иванов И.И.`); the spaced form needs a marker too.
const GLUED_BODY = /^(\d{1,2})(?=\p{Lu}\p{Ll})/u;
const SPACED_BODY =
  /^(\d{1,2}) (?=См\.|Там же|Сонда|Қараңыз|Қар\.|Ibid|Указ\. соч|Цит\. по|Подробнее|Толығырақ|\p{Lu}\p{Ll}+ \p{Lu}\.\s?\p{Lu}\.|\p{Lu}\.\s?\p{Lu}\. \p{Lu}\p{Ll})/u;
const MAX_BODY_LINES = 25;
// Cheap test for any line that could start a body; a leading `\n` keeps it fast.
const BODY_HINT = /\n\d{1,2}[ A-Z\u0400-\u04ff]/;
const BODY_HINT_AT_START = /^\d{1,2}[ A-Z\u0400-\u04ff]/;
// A marker is a number glued to a Cyrillic word (`қоғамның1`) or to the
// punctuation after a word (`общества.1`, `СССР.3`), before a space or the end.
// The scan looks for digits after a non-space first (cheap), then checks the word.
const GLUED_NUMBER = /\d{1,2}(?=[\s,;:!?)]|\.(?!\d)|$)/g;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;
const MARKER_PUNCTUATION = '.,;:!?»”")]';

interface Body {
  number: string;
  glued: boolean;
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
}

interface Marker {
  number: string;
  start: number;
  end: number;
  linked: boolean;
}

/**
 * Moves footnote bodies out of the text and removes the markers that point to
 * them. A marker is only removed when a body with its number follows it, so a
 * number glued to a word with no footnote in sight stays as written.
 */
export function extractFootnotes(text: string): StepResult {
  if (!BODY_HINT.test(text) && !BODY_HINT_AT_START.test(text)) return { edits: [] };
  const lines = splitLines(text);
  const bodies = findBodies(text, lines);
  if (bodies.length === 0) return { edits: [] };
  const markers = new Map<string, Marker[]>();
  for (const marker of findMarkers(text, bodies)) {
    const group = markers.get(marker.number);
    if (group) group.push(marker);
    else markers.set(marker.number, [marker]);
  }
  const edits: StepEdit[] = [];
  const footnotes: StepFootnote[] = [];
  for (const body of bodies) {
    const marker = nearestMarker(markers, body);
    if (!marker && !body.glued) continue;
    if (marker) {
      marker.linked = true;
      edits.push({
        start: marker.start,
        end: marker.end,
        text: '',
        ruleId: RuleId.FOOTNOTE_MARKER,
        reason: `Moved footnote marker \`${marker.number}\` out of the text`,
      });
    }
    const content = text.slice(body.start + body.number.length, body.end);
    footnotes.push({
      marker: body.number,
      markerRange: marker ? { start: marker.start, end: marker.end } : null,
      body: content
        .replace(/(\p{L})-\n(?=\p{Ll})/gu, '$1')
        .replace(/\n/g, ' ')
        .trim(),
      bodyRange: { start: body.start, end: body.end },
    });
    edits.push({
      ...removalRange(text, lines, body),
      text: '',
      ruleId: RuleId.FOOTNOTE_BODY,
      reason: `Moved the body of footnote ${body.number} into a footnote block`,
    });
  }
  edits.sort((a, b) => a.start - b.start);
  return { edits, footnotes };
}

function findBodies(text: string, lines: Line[]): Body[] {
  const bodies: Body[] = [];
  const lineText = (i: number) => text.slice(lines[i]!.start, lines[i]!.end);
  const bodyStart = (i: number) => {
    const first = text.charCodeAt(lines[i]!.start);
    if (first < 48 || first > 57) return null; // bodies start with a digit
    const line = lineText(i);
    if (isStructuralLine(line)) return null;
    const glued = GLUED_BODY.exec(line);
    if (glued) return { number: glued[1] as string, glued: true };
    const spaced = SPACED_BODY.exec(line);
    return spaced ? { number: spaced[1] as string, glued: false } : null;
  };
  for (let i = 0; i < lines.length; i++) {
    const start = bodyStart(i);
    if (!start) continue;
    let last = i;
    while (
      last + 1 < lines.length &&
      last + 1 - i < MAX_BODY_LINES &&
      lineText(last + 1).trim() !== '' &&
      !bodyStart(last + 1) &&
      !resumesText(lineText(last))
    ) {
      last++;
    }
    bodies.push({
      ...start,
      start: lines[i]!.start,
      end: lines[last]!.end,
      firstLine: i,
      lastLine: last,
    });
    i = last;
  }
  return bodies;
}

/**
 * A body line that ends in a full stop ends the footnote: what follows may be
 * the page's text going on (footnotes sometimes land mid-sentence), and taking
 * text away is worse than leaving a footnote's tail in. An initial (`Баишев Ж.`)
 * does not end it.
 */
function resumesText(line: string): boolean {
  return /\.["»)\]]?$/u.test(line) && !/(?:^|[\s.])\p{Lu}\.$/u.test(line);
}

function findMarkers(text: string, bodies: Body[]): Marker[] {
  const markers: Marker[] = [];
  let b = 0;
  for (const match of text.matchAll(GLUED_NUMBER)) {
    const start = match.index;
    const before = text.charCodeAt(start - 1);
    // The number must start right after a non-space, non-digit character.
    if (Number.isNaN(before) || (before >= 48 && before <= 57) || before <= 32) continue;
    while (b < bodies.length && bodies[b]!.end <= start) b++;
    const body = bodies[b];
    if (body && body.start <= start) continue; // inside a footnote body
    if (!isMarkerHost(text, start)) continue;
    const number = match[0];
    markers.push({ number, start, end: start + number.length, linked: false });
  }
  return markers;
}

/**
 * Three Cyrillic letters right before the number, or a word and one punctuation
 * mark; a short lower-case word before the stop is an abbreviation (`ст.1`).
 */
function isMarkerHost(text: string, start: number): boolean {
  const last = text[start - 1] as string;
  if (CYRILLIC_LETTER.test(last)) {
    return (
      CYRILLIC_LETTER.test(text[start - 2] ?? '') && CYRILLIC_LETTER.test(text[start - 3] ?? '')
    );
  }
  if (!MARKER_PUNCTUATION.includes(last)) return false;
  let wordStart = start - 1;
  while (wordStart > 0 && LETTER.test(text[wordStart - 1] as string)) wordStart--;
  const word = text.slice(wordStart, start - 1);
  return (
    word.length >= 4 ||
    (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase())
  );
}

/** The closest free marker with the body's number before it, else after it. */
function nearestMarker(byNumber: Map<string, Marker[]>, body: Body): Marker | undefined {
  const markers = byNumber.get(body.number);
  if (!markers) return undefined;
  // Markers are in text order: find the first one after the body, then look back.
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((markers[mid] as Marker).start < body.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) if (!(markers[i] as Marker).linked) return markers[i];
  for (let i = lo; i < markers.length; i++) if (!(markers[i] as Marker).linked) return markers[i];
  return undefined;
}

/** The body's lines with their break; one blank line goes too if it would double. */
function removalRange(text: string, lines: Line[], body: Body): { start: number; end: number } {
  const next = lines[body.lastLine + 1];
  if (!next) {
    return { start: body.firstLine > 0 ? body.start - 1 : body.start, end: body.end };
  }
  const blank = (line: Line | undefined) => !line || text.slice(line.start, line.end).trim() === '';
  const blankBefore = body.firstLine === 0 || blank(lines[body.firstLine - 1]);
  // A body dropped into the middle of a sentence (the page broke there): take
  // the blank line before it too, so the sentence can be joined again.
  const above = lines[body.firstLine - 2];
  if (blankBefore && above && !blank(above) && !blank(next)) {
    const line = (l: Line) => text.slice(l.start, l.end);
    if (isSoftBreak(line(above), line(next))) return { start: above.end + 1, end: next.start };
  }
  if (blankBefore && blank(next) && lines[body.lastLine + 2]) {
    return { start: body.start, end: lines[body.lastLine + 2]!.start };
  }
  return { start: body.start, end: next.start };
}
