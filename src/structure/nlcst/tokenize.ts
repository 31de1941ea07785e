import type {
  Punctuation,
  SentenceContent,
  Symbol as SymbolNode,
  Text,
  WhiteSpace,
  Word,
  WordContent,
} from 'nlcst';
import type { AbbreviationKind } from '../sentences/abbreviations.js';
import {
  charLengthAt,
  isSpaceAt,
  isSymbolAt,
  isUpperAt,
  isWordCharAt,
} from '../sentences/chars.js';
import type { PointFactory } from './points.js';

/** Characters that join two word parts when letters or digits stand on both sides. */
function isJoinerCode(code: number): boolean {
  return (
    code === 0x2d || // -
    code === 0x2010 || // ‐
    code === 0x2011 || // non-breaking hyphen
    code === 0x27 || // '
    code === 0x2019 || // ’
    code === 0x2e // . (т.б, 01.07.2026, Н.Ә)
  );
}

/**
 * Tokenizes `text[start, end)` (one sentence) into nlcst sentence content.
 * Words keep Kazakh letters and inner hyphens and dots (`өзін-өзі`, `39-3-бап`,
 * `01.07.2026`); a known abbreviation or initial keeps its final dot (`т.б.`,
 * `Н.Ә.`) unless that dot ends the sentence; `3)` is a word and a punctuation.
 */
export function tokenizeSentence(
  text: string,
  start: number,
  end: number,
  abbreviations: ReadonlyMap<string, AbbreviationKind>,
  points: PointFactory,
): SentenceContent[] {
  const nodes: SentenceContent[] = [];
  let i = start;
  while (i < end) {
    if (isSpaceAt(text, i)) {
      let j = i + 1;
      while (j < end && isSpaceAt(text, j)) j++;
      nodes.push(leaf<WhiteSpace>('WhiteSpaceNode', text, i, j, points));
      i = j;
    } else if (isWordCharAt(text, i)) {
      const word = readWord(text, i, end, abbreviations, points);
      nodes.push(word.node);
      i = word.end;
    } else {
      const j = i + charLengthAt(text, i);
      const type = isSymbolAt(text, i) ? 'SymbolNode' : 'PunctuationNode';
      nodes.push(leaf<SymbolNode | Punctuation>(type, text, i, j, points));
      i = j;
    }
  }
  return nodes;
}

function readWord(
  text: string,
  start: number,
  end: number,
  abbreviations: ReadonlyMap<string, AbbreviationKind>,
  points: PointFactory,
): { node: Word; end: number } {
  const children: WordContent[] = [];
  let i = start;
  for (;;) {
    let j = i;
    while (j < end && isWordCharAt(text, j)) j += charLengthAt(text, j);
    children.push(leaf<Text>('TextNode', text, i, j, points));
    i = j;
    const joinerFollowedByWord =
      i + 1 < end && isJoinerCode(text.charCodeAt(i)) && isWordCharAt(text, i + 1);
    if (!joinerFollowedByWord) break;
    children.push(leaf<Punctuation>('PunctuationNode', text, i, i + 1, points));
    i++;
  }
  if (i + 1 < end && text.charCodeAt(i) === 0x2e && keepsDot(text, start, i, abbreviations)) {
    children.push(leaf<Punctuation>('PunctuationNode', text, i, i + 1, points));
    i++;
  }
  return { node: { type: 'WordNode', children, position: points.span(start, i) }, end: i };
}

function keepsDot(
  text: string,
  start: number,
  dot: number,
  abbreviations: ReadonlyMap<string, AbbreviationKind>,
): boolean {
  const length = dot - start;
  if (length > 12) return false;
  if (isInitials(text, start, dot)) return true;
  return abbreviations.has(text.slice(start, dot + 1).toLowerCase());
}

/** `А`, `Н.Ә`: single uppercase letters separated by dots. */
function isInitials(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 1 && length !== 3 && length !== 5) return false;
  for (let i = start; i < end; i += 2) {
    if (!isUpperAt(text, i)) return false;
    if (i + 1 < end && text.charCodeAt(i + 1) !== 0x2e) return false;
  }
  return true;
}

type Leaf = Text | WhiteSpace | Punctuation | SymbolNode;

function leaf<T extends Leaf>(
  type: T['type'],
  text: string,
  start: number,
  end: number,
  points: PointFactory,
): T {
  return { type, value: text.slice(start, end), position: points.span(start, end) } as T;
}
