import type { Paragraph, ParagraphContent, Root, RootContent, WhiteSpace } from 'nlcst';
import type { Point } from 'unist';
import { abbreviationTable } from '../sentences/abbreviations.js';
import { isBreakCode, isSpaceAt } from '../sentences/chars.js';
import { type SentenceSpan, type SplitOptions, splitParagraph } from '../sentences/split.js';
import { linePoints } from './points.js';
import { tokenizeSentence } from './tokenize.js';

/**
 * Parses normalized text into an nlcst tree: Root → Paragraph → Sentence →
 * Word/Punctuation/Symbol/WhiteSpace, every node with a position. Sentences
 * come from `splitSentences`, so retext plugins see the same boundaries as the
 * rest of kazlex. Line breaks and blank lines are WhiteSpace nodes in the root;
 * `toString(root) === text` always holds.
 */
export function parseNlcst(text: string, options?: SplitOptions | null): Root {
  const abbreviations = abbreviationTable(options?.lang ?? 'kk');
  const children: RootContent[] = [];
  const spans: SentenceSpan[] = [];
  let line = 1;
  let lineStart = 0;
  let gapStart = 0;
  let gapPoint: Point = { line: 1, column: 1, offset: 0 };
  let i = 0;
  while (i <= text.length) {
    const paragraphEnd = nextBreak(text, i);
    if (!isBlank(text, i, paragraphEnd)) {
      if (gapStart < i) children.push(whiteSpace(text, gapStart, gapPoint, i, line, lineStart));
      spans.length = 0;
      splitParagraph(text, i, paragraphEnd, options, spans);
      const points = linePoints(line, lineStart);
      const content: ParagraphContent[] = [];
      let cursor = i;
      for (const span of spans) {
        if (cursor < span.start) content.push(paragraphSpace(text, cursor, span.start, points));
        content.push({
          type: 'SentenceNode',
          children: tokenizeSentence(text, span.start, span.end, abbreviations, points),
          position: points.span(span.start, span.end),
        });
        cursor = span.end;
      }
      if (cursor < paragraphEnd) content.push(paragraphSpace(text, cursor, paragraphEnd, points));
      const paragraph: Paragraph = {
        type: 'ParagraphNode',
        children: content,
        position: points.span(i, paragraphEnd),
      };
      children.push(paragraph);
      gapStart = paragraphEnd;
      gapPoint = { line, column: paragraphEnd - lineStart + 1, offset: paragraphEnd };
    }
    if (paragraphEnd >= text.length) break;
    // `\r\n` is one line break; a lone `\r` or `\n` is one too.
    const isCrLf = text.charCodeAt(paragraphEnd) === 13 && text.charCodeAt(paragraphEnd + 1) === 10;
    i = paragraphEnd + (isCrLf ? 2 : 1);
    line++;
    lineStart = i;
  }
  if (gapStart < text.length) {
    children.push(whiteSpace(text, gapStart, gapPoint, text.length, line, lineStart));
  }
  return {
    type: 'RootNode',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line, column: text.length - lineStart + 1, offset: text.length },
    },
  };
}

function nextBreak(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isBreakCode(text.charCodeAt(i))) i++;
  return i;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

function whiteSpace(
  text: string,
  start: number,
  startPoint: Point,
  end: number,
  line: number,
  lineStart: number,
): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: { start: startPoint, end: { line, column: end - lineStart + 1, offset: end } },
  };
}

function paragraphSpace(
  text: string,
  start: number,
  end: number,
  points: ReturnType<typeof linePoints>,
): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: points.span(start, end),
  };
}
