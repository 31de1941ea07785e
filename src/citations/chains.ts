import type { Token } from './lexer.js';
import {
  type Lexicon,
  type UnitLevel,
  WORD_AND,
  WORD_ORDINAL,
  WORD_ORDINAL_SUFFIX,
  WORD_SELF,
  WORD_UNIT_ABBREVIATION,
} from './lexicon.js';

/** One level of a provision chain: `пунктами 3, 5 и 6`, `165, 300 және 387-баптарында`. */
export interface ChainElement {
  level: UnitLevel;
  /** Expanded numbers; empty for a self unit (`настоящей статьи`, `осы баптың`). */
  values: string[];
  self: boolean;
}

/** A provision chain, elements ordered from the highest level (article) to the lowest. */
export interface Chain {
  t0: number;
  /** Exclusive token index. */
  t1: number;
  elements: ChainElement[];
}

const RANK: Record<UnitLevel, number> = {
  section: 6,
  chapter: 5,
  article: 4,
  // in Kazakhstan's acts a часть/бөлік is an unnumbered paragraph inside a пункт/тармақ
  paragraph: 2,
  part: 1.5,
  subparagraph: 1,
  indent: 0,
};

const MAX_RANGE = 200;

/** Kazakh unit words without any ending (nominative, no possessive). */
const BARE_UNIT_WORDS = new Set(['бап', 'тармақ', 'тармақша', 'тарау', 'бөлім', 'бөлік']);

interface NumItem {
  from: string;
  to?: string;
}

/** Reads `3, 5 и 6`, `1), 2) және 10)`, `85–89`: returns the items and the index after the list. */
function parseNumList(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
  allowBracket = true,
): { items: NumItem[]; next: number } {
  const items: NumItem[] = [];
  let j = i;
  while (tokens[j]?.kind === 'num') {
    const item: NumItem = { from: tokens[j]!.value };
    j++;
    if (allowBracket && closesNumber(tokens, j)) j++;
    if (
      tokens[j]?.value === '-' &&
      tokens[j + 1]?.kind === 'num' &&
      tokens[j]!.start > tokens[j - 1]!.end
    ) {
      item.to = tokens[j + 1]!.value;
      j += 2;
      if (allowBracket && closesNumber(tokens, j)) j++;
    }
    items.push(item);
    // a parenthetical note inside a Kazakh list: `409 (сегізінші … бөліктерінде), 491`
    if (tokens[j]?.value === '(' && lexicon.lang === 'kk') {
      let close = j + 1;
      while (close < tokens.length && close < j + 30 && tokens[close]!.value !== ')') close++;
      if (tokens[close]?.value === ')' && tokens[close + 1]?.value === ',') j = close + 1;
    }
    const sep = tokens[j];
    if (!sep) break;
    const isSep = sep.value === ',' || (sep.kind === 'word' && (sep.flags & WORD_AND) !== 0);
    if (!isSep) break;
    let k = j + 1;
    if (tokens[k]?.kind === 'word' && (tokens[k]!.flags & WORD_AND) !== 0) k++; // ", а также"
    if (tokens[k]?.kind !== 'num') break;
    j = k;
  }
  return { items, next: j };
}

/** `3)` numbers a subparagraph only when the chain or list goes on after the bracket. */
function closesNumber(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.value !== ')') return false;
  const next = tokens[j + 1];
  if (!next) return false;
  if (next.kind === 'word' || next.value === '-') return true;
  return next.value === ',' && tokens[j + 2]?.kind === 'num';
}

function expandItems(items: NumItem[], plural: boolean): string[] {
  const out: string[] = [];
  for (const item of items) {
    let from = item.from;
    let to = item.to;
    if (to === undefined && plural) {
      const parts = from.split('-');
      if (parts.length === 2 && Number(parts[1]) > Number(parts[0]))
        [from, to] = parts as [string, string];
    }
    if (to !== undefined && /^\d+$/.test(from) && /^\d+$/.test(to)) {
      const a = Number(from);
      const b = Number(to);
      if (b > a && b - a <= MAX_RANGE) {
        for (let n = a; n <= b; n++) out.push(String(n));
        continue;
      }
    }
    out.push(from);
    if (to !== undefined) out.push(to);
  }
  return out;
}

/** The unit named at `i` (a word, or an abbreviation with its full stop); returns the index after it. */
function unitAt(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
): { level: UnitLevel; plural: boolean; next: number } | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  if (t.unit) return { level: t.unit.level, plural: t.unit.plural, next: i + 1 };
  const abbr =
    t.flags & WORD_UNIT_ABBREVIATION ? lexicon.unitAbbreviations.get(t.value) : undefined;
  if (abbr && tokens[i + 1]?.value === '.')
    return { level: abbr.level, plural: false, next: i + 2 };
  return null;
}

/** The number a written ordinal stands for (`первой`, `бірінші`); a missing token reads as ''. */
function writtenOrdinal(t: Token | undefined, lexicon: Lexicon): string | undefined {
  if (t === undefined) return lexicon.ordinalWords.get('');
  return t.flags & WORD_ORDINAL ? lexicon.ordinalWords.get(t.value) : undefined;
}

/** `настоящей статьи`, `осы баптың`: a self word and a unit word without a number. */
function selfUnitAt(tokens: readonly Token[], i: number, lexicon: Lexicon): ChainElement | null {
  // ru `настоящей статьи 5` is not a self unit; kk `осы баптың 3-тармағы` is.
  const t = tokens[i];
  if (t?.kind !== 'word' || (t.flags & WORD_SELF) === 0) return null;
  const u = tokens[i + 1];
  if (u?.kind !== 'word' || !u.unit || u.unit.plural) return null;
  if (lexicon.lang === 'ru' && tokens[i + 2]?.kind === 'num') return null;
  return { level: u.unit.level, values: [], self: true };
}

/** Russian, lowest level first: `подпункт 3) пункта 2 статьи 5`, `п. 1 ст. 89`. */
export function ruChainAt(tokens: readonly Token[], i: number, lexicon: Lexicon): Chain | null {
  const elements: ChainElement[] = [];
  let j = i;
  for (;;) {
    const unit = unitAt(tokens, j, lexicon);
    if (!unit) break;
    // `3)` marks Russian subparagraphs only; elsewhere a bracket closes a parenthesis
    const list = parseNumList(tokens, unit.next, lexicon, unit.level === 'subparagraph');
    const ordinal = writtenOrdinal(tokens[unit.next], lexicon);
    if (list.items.length === 0 && ordinal !== undefined) {
      list.items.push({ from: ordinal });
      list.next = unit.next + 1;
    }
    if (list.items.length === 0) break;
    const last = elements[0];
    if (last && RANK[unit.level] <= RANK[last.level]) break;
    elements.unshift({
      level: unit.level,
      values: expandItems(list.items, unit.plural),
      self: false,
    });
    j = list.next;
    // `п. 1. ст. 89`: a full stop glued to the number, then a higher unit
    const stop = tokens[j];
    if (stop?.value === '.' && stop.start === tokens[j - 1]!.end) {
      const higher = unitAt(tokens, j + 1, lexicon);
      if (higher && RANK[higher.level] > RANK[unit.level]) j++;
    }
  }
  if (elements.length === 0) return null;
  const self = selfUnitAt(tokens, j, lexicon);
  if (self && RANK[self.level] > RANK[elements[0]!.level]) {
    elements.unshift(self);
    j += 2;
  }
  return { t0: i, t1: j, elements };
}

/** Kazakh, highest level first: `89-бабының 2-тармағы`, `2-бабы 1-тармағы 1) тармақшасына`, `89-б.1-т.`. */
export function kkChainAt(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
  allowComma: boolean,
  looseHyphen = false,
): Chain | null {
  const elements: ChainElement[] = [];
  let j = i;
  let lastBare = false;
  const self = selfUnitAt(tokens, j, lexicon);
  if (self) {
    elements.push(self);
    j += 2;
  }
  for (;;) {
    let k = j;
    if (elements.length > 0 && allowComma && tokens[k]?.value === ',') k++;
    const written = writtenOrdinal(tokens[k], lexicon);
    if (written !== undefined && elements.length > 0) {
      const unit = unitAt(tokens, k + 1, lexicon);
      const last = elements[elements.length - 1]!;
      if (unit && RANK[unit.level] < RANK[last.level]) {
        elements.push({ level: unit.level, values: [written], self: false });
        j = unit.next;
        continue;
      }
    }
    const list = parseNumList(tokens, k, lexicon);
    if (list.items.length === 0) break;
    let n = list.next;
    // `5 тармақ` is a count; a cited unit is ordinal: `5-тармақ`, `3) тармақша`, `3)-тармақша`
    // (after an act in the genitive the hyphen is sometimes dropped: `Конституциясының 87 бабының`)
    const ordinal =
      tokens[n - 1]?.value === ')' ||
      tokens[n]?.value === '-' ||
      (looseHyphen && elements.length === 0);
    if (!ordinal) break;
    if (tokens[n]?.value === '-') n++;
    if (tokens[n]?.kind === 'word' && (tokens[n]!.flags & WORD_ORDINAL_SUFFIX) !== 0) n++;
    const unit = unitAt(tokens, n, lexicon);
    if (!unit) break;
    const last = elements[elements.length - 1];
    if (last && RANK[unit.level] >= RANK[last.level]) break;
    // only a unit with a case or possessive ending leads on to a lower one: `3-тарау 29-1-баппен`
    // is two references (chapter 3 was supplemented with article 29-1), `3-тараудың 29-1-бабы` one
    if (last && lastBare && !(allowComma && k > j)) break;
    elements.push({ level: unit.level, values: expandItems(list.items, unit.plural), self: false });
    lastBare = BARE_UNIT_WORDS.has(tokens[n]?.value ?? '');
    j = unit.next;
  }
  if (elements.length === 0 || (elements.length === 1 && elements[0]!.self && j === i + 2 && !self))
    return null;
  return { t0: i, t1: j, elements };
}

/**
 * False when no chain can start at token `t`, a cheap test before `kkChainAt` / `ruChainAt`.
 * Numbers always pass (a failed attempt there skips the whole list, see `skipNumList`); otherwise
 * a Kazakh chain opens with a self word (`осы баптың`), a Russian one with a unit word, a unit
 * abbreviation or a self word (`настоящей статьи`). Keep in step with those readers.
 */
export function chainMayStartAt(t: Token, lexicon: Lexicon): boolean {
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  if (lexicon.lang === 'kk') return (t.flags & WORD_SELF) !== 0;
  return t.unit !== undefined || (t.flags & (WORD_UNIT_ABBREVIATION | WORD_SELF)) !== 0;
}

/** Where a failed chain attempt may resume: past the whole number list, so lists are read once. */
export function skipNumList(tokens: readonly Token[], i: number, lexicon: Lexicon): number {
  const list = parseNumList(tokens, i, lexicon);
  return Math.max(i + 1, list.next);
}
