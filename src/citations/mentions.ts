import type { Token } from './lexer.js';
import { type Lexicon, WORD_FROM } from './lexicon.js';
import { editionYearAt, editionYearBefore, parseRequisite, type Requisite } from './requisites.js';
import type { UnquotedTitleStart } from './unquoted-title.js';

export type MentionMode =
  | 'explicit'
  | 'self'
  | 'anaphoric'
  | 'bare'
  | 'generic'
  | 'foreign'
  | 'draft'
  | 'list-header';

/** A mention of an act (with or without requisites) found in a block's tokens. */
export interface ActMention {
  t0: number;
  /** Exclusive token index. */
  t1: number;
  type: string | null;
  mode: MentionMode;
  number: string | null;
  date: string | null;
  title: string | null;
  plural: boolean;
  genitive: boolean;
  /** Why a mention is not Kazakhstan's act (`soviet-era act`, `foreign act`). */
  note?: string;
  /** The word declared by `(далее – Закон)` right after this mention. */
  aliasWord?: string;
  /** Token range of the alias declaration, which is not itself a citation. */
  aliasRange?: [number, number];
}

const MAX_TITLE_TOKENS = 80;

/** Act types named with their issuer (`Указ Президента`, `Үкіметінің қаулысы`). */
const ISSUED_TYPES = new Set(['decree', 'resolution', 'order', 'decision']);

/** kk `аудандық`, `облыстық`, `қалалық`, `ауылдық`: the adjective of a local body's place. */
const KK_ADJECTIVE_OF_PLACE = /(?:лық|лік|дық|дік|тық|тік)$/u;

/** ru `решение Бурабайского районного маслихата`: at most this many words name the body. */
const MAX_BODY_NAME_WORDS = 4;

function matchSeq(tokens: readonly Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (tokens[i + k]?.value !== seq[k]) return false;
  return true;
}

function matchAny(tokens: readonly Token[], i: number, seqs: readonly string[][]): number {
  for (const seq of seqs) if (matchSeq(tokens, i, seq)) return seq.length;
  return 0;
}

/** Ending a sequence at `end` (exclusive) instead of starting it. */
function matchAnyBefore(tokens: readonly Token[], end: number, seqs: readonly string[][]): number {
  for (const seq of seqs)
    if (end - seq.length >= 0 && matchSeq(tokens, end - seq.length, seq)) return seq.length;
  return 0;
}

function isOpenQuote(t: Token | undefined): boolean {
  return t?.kind === 'punct' && (t.value === '«' || t.value === '"');
}

function isCloseQuote(t: Token | undefined): boolean {
  return t?.kind === 'punct' && (t.value === '»' || t.value === '"');
}

/** A quoted title opening at `i`: returns the index after the closing quote. */
function quotedForward(tokens: readonly Token[], i: number): number {
  if (!isOpenQuote(tokens[i])) return -1;
  let depth = 0;
  for (let j = i; j < tokens.length && j < i + MAX_TITLE_TOKENS; j++) {
    const v = tokens[j]!.value;
    if (v === '«') depth++;
    else if (v === '»' || (v === '"' && j > i)) {
      depth--;
      if (depth <= 0 || v === '"') return j + 1;
    }
  }
  return -1;
}

/** A quoted title closing at `end - 1`: returns the index of the opening quote. */
function quotedBackward(tokens: readonly Token[], end: number): number {
  if (!isCloseQuote(tokens[end - 1])) return -1;
  let depth = 0;
  for (let j = end - 1; j >= 0 && j > end - 1 - MAX_TITLE_TOKENS; j--) {
    const v = tokens[j]!.value;
    if (v === '»') depth++;
    else if (v === '«' || (v === '"' && j < end - 1)) {
      depth--;
      if (depth <= 0 || v === '"') return j;
    }
  }
  return -1;
}

function titleText(text: string, tokens: readonly Token[], open: number, closeEnd: number): string {
  return text.slice(tokens[open]!.end, tokens[closeEnd - 1]!.start).trim();
}

/** Finds the free-standing requisites of a block (`от 20.12.2004 № 13` inside a list of amending laws). */
export function findRequisites(tokens: readonly Token[], lexicon: Lexicon): Requisite[] {
  const out: Requisite[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'date' && t.kind !== 'num' && (t.flags & WORD_FROM) === 0) continue;
    const req = parseRequisite(tokens, i, lexicon, true);
    if (req) {
      out.push(req);
      i = req.t1 - 1;
    }
  }
  return out;
}

/** Russian: the act keyword comes first, its qualifiers, requisites and title follow. */
export function ruMention(
  text: string,
  tokens: readonly Token[],
  k: number,
  lexicon: Lexicon,
): ActMention {
  const word = tokens[k]!;
  const act = word.act!;
  const m: ActMention = {
    t0: k,
    t1: k + 1,
    type: act.type,
    mode: 'bare',
    number: null,
    date: null,
    title: null,
    plural: act.plural,
    genitive: false,
  };
  const prev = tokens[k - 1];
  if (prev?.kind === 'word') {
    if (lexicon.constitutionalAdjective.has(prev.value) && act.type === 'law') {
      m.type = 'constitutional-law';
      m.t0 = k - 1;
      m.mode = 'explicit';
    } else if (lexicon.self.has(prev.value) && !lexicon.selfUnitOnly.has(prev.value)) {
      m.mode = 'self';
      m.t0 = k - 1;
    } else if (lexicon.anaphora.has(prev.value)) {
      m.mode = 'anaphoric';
      m.t0 = k - 1;
    } else if (lexicon.draftBefore.has(prev.value)) {
      m.mode = 'draft';
      m.t0 = k - 1;
    } else if (act.type === 'code' && /(?:ого|ым|ом|ый|ой|ому|ые|ых)$/.test(prev.value)) {
      m.title = text.slice(prev.start, word.end);
      m.t0 = k - 1;
      m.mode = 'explicit';
    }
  }
  if (act.type === 'constitution') m.mode = m.mode === 'bare' ? 'explicit' : m.mode;
  let j = k + 1;
  for (let step = 0; step < 6; step++) {
    const t = tokens[j];
    if (!t) break;
    const issuer = ISSUED_TYPES.has(act.type) ? matchAny(tokens, j, lexicon.issuers) : 0;
    if (issuer) {
      j += issuer;
      continue;
    }
    const body =
      act.type === 'decision'
        ? issuerAfterBodyName(tokens, j, lexicon) || bodyNameBeforeRequisites(tokens, j, lexicon)
        : 0;
    if (body) {
      j += body;
      continue;
    }
    const rep = matchAny(tokens, j, lexicon.republic);
    if (rep) {
      j += rep;
      if (m.mode === 'bare') m.mode = 'explicit';
      continue;
    }
    const foreign = matchAny(tokens, j, lexicon.foreign);
    const soviet = foreign ? 0 : matchAny(tokens, j, lexicon.soviet);
    if (foreign || soviet) {
      j += foreign || soviet;
      m.mode = 'foreign';
      m.note = soviet ? 'soviet-era act' : 'foreign act';
      continue;
    }
    const req = parseRequisite(tokens, j, lexicon, false);
    if (req && m.number === null && m.date === null) {
      m.date = req.date;
      m.number = req.number;
      j = req.t1;
      if (m.mode === 'bare' || m.mode === 'anaphoric') m.mode = 'explicit';
      continue;
    }
    // `Конституции 1995 года`: which Constitution, whatever the document's date
    const edition =
      act.type === 'constitution' && m.date === null ? editionYearAt(tokens, j) : null;
    if (edition) {
      m.date = edition.year;
      j = edition.next;
      continue;
    }
    if (
      t.value === ',' &&
      lexicon.adoptedWords.has(tokens[j + 1]?.value ?? '') &&
      m.date === null
    ) {
      const adopted = parseRequisite(tokens, j + 2, lexicon, false);
      if (adopted?.date) {
        m.date = adopted.date;
        j = adopted.t1;
        continue;
      }
    }
    const close = quotedForward(tokens, j);
    if (close > 0 && m.title === null && m.mode !== 'self') {
      m.title = titleText(text, tokens, j, close);
      j = close;
      if (m.mode === 'bare' || m.mode === 'anaphoric') m.mode = 'explicit';
      continue;
    }
    break;
  }
  m.t1 = j;
  if (m.plural && m.mode === 'explicit' && m.number === null && m.title === null)
    m.mode = 'generic';
  if (m.plural && m.mode === 'bare') m.mode = 'generic';
  readAlias(tokens, m, lexicon, ['далее']);
  return markSovietTitle(m);
}

/** Kazakh: qualifiers, requisites and title come first, the act keyword last. */
export function kkMention(
  text: string,
  tokens: readonly Token[],
  k: number,
  lexicon: Lexicon,
  requisiteEndingAt: ReadonlyMap<number, Requisite>,
  unquotedTitleStart?: UnquotedTitleStart,
): ActMention {
  const word = tokens[k]!;
  const act = word.act!;
  const m: ActMention = {
    t0: k,
    t1: k + 1,
    type: act.type,
    mode: act.type === 'constitution' ? 'explicit' : 'bare',
    number: null,
    date: null,
    title: null,
    plural: act.plural,
    genitive: act.genitive,
  };
  const next = tokens[k + 1];
  if (next?.kind === 'word' && lexicon.draftWords.has(next.value)) {
    m.mode = 'draft';
    m.t1 = k + 2;
  }
  let j = k; // exclusive end of what is still unread on the left
  for (let step = 0; step < 8; step++) {
    const t = tokens[j - 1];
    if (!t) break;
    // `№ 8-НҚ нормативтік қаулысы`: the adjective sits between the requisites and the keyword
    if (step === 0 && t.kind === 'word' && lexicon.actAdjectives.has(t.value)) {
      j--;
      continue;
    }
    // `Президентінің … Жарлығы`: only acts that someone issues have an issuer
    const issuer = ISSUED_TYPES.has(act.type) ? matchAnyBefore(tokens, j, lexicon.issuers) : 0;
    if (issuer) {
      j -= issuer;
      if (act.type === 'decision') j = bodyNameBefore(text, tokens, j);
      if (m.mode === 'bare') m.mode = 'explicit';
      continue;
    }
    if (t.kind === 'word' && lexicon.constitutionalAdjective.has(t.value) && act.type === 'law') {
      m.type = 'constitutional-law';
      m.mode = m.mode === 'bare' ? 'explicit' : m.mode;
      j--;
      continue;
    }
    const open = quotedBackward(tokens, j);
    if (open >= 0 && m.title === null) {
      m.title = titleText(text, tokens, open, j);
      j = open;
      if (m.mode === 'bare') m.mode = 'explicit';
      continue;
    }
    const req = requisiteEndingAt.get(j) ?? backwardNumberOnly(tokens, j, lexicon);
    if (req && m.number === null && m.date === null) {
      m.date = req.date;
      m.number = req.number;
      j = req.t0;
      if (m.mode === 'bare') m.mode = 'explicit';
      continue;
    }
    // `1995 жылғы Конституцияның`: which Constitution, whatever the document's date
    const edition =
      act.type === 'constitution' && m.date === null ? editionYearBefore(tokens, j) : null;
    if (edition) {
      m.date = edition.year;
      j = edition.t0;
      continue;
    }
    const rep = matchAnyBefore(tokens, j, lexicon.republic);
    if (rep) {
      j -= rep;
      if (m.mode === 'bare') m.mode = 'explicit';
      continue;
    }
    const foreign = matchAnyBefore(tokens, j, lexicon.foreign);
    const soviet = foreign ? 0 : matchAnyBefore(tokens, j, lexicon.soviet);
    if (foreign || soviet) {
      j -= foreign || soviet;
      m.mode = 'foreign';
      m.note = soviet ? 'soviet-era act' : 'foreign act';
      continue;
    }
    const adopted =
      t.kind === 'word' && lexicon.adoptedWords.has(t.value) && m.date === null
        ? adoptedDateBefore(tokens, j - 1, lexicon, act.type === 'constitution')
        : null;
    if (adopted) {
      m.date = adopted.date;
      j = adopted.t0;
      continue;
    }
    if (t.kind === 'word' && lexicon.self.has(t.value)) {
      m.mode = 'self';
      j--;
      break;
    }
    if (t.kind === 'word' && lexicon.anaphora.has(t.value)) {
      m.mode = m.mode === 'explicit' ? 'explicit' : 'anaphoric';
      j--;
      if (tokens[j - 1]?.value === 'жоғарыда') j--;
      break;
    }
    const codeTitle =
      act.type === 'code' && t.kind === 'word' && m.title === null && step === 0
        ? codeTitleStartBefore(text, tokens, j, lexicon)
        : -1;
    if (codeTitle >= 0) {
      m.title = text.slice(tokens[codeTitle]!.start, word.end);
      m.mode = 'explicit';
      j = codeTitle;
      continue;
    }
    break;
  }
  const quoted = m.title === null && m.mode !== 'self' ? quotedTitleShortlyBefore(tokens, j) : null;
  if (quoted) {
    m.title = titleText(text, tokens, quoted.open, quoted.closeEnd);
    j = quoted.open;
    if (m.mode === 'bare') m.mode = 'explicit';
  }
  // Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы Заңның: a known title, unquoted.
  // One act only: `… туралы заңдарына` (laws on a subject) names no act.
  if (m.title === null && m.mode !== 'self' && !m.plural && unquotedTitleStart) {
    const start = unquotedTitleStart(j);
    if (start >= 0) {
      m.title = text.slice(tokens[start]!.start, tokens[j - 1]!.end);
      j = start;
      if (m.mode === 'bare') m.mode = 'explicit';
    }
  }
  m.t0 = j;
  if (m.plural && m.mode === 'explicit' && m.number === null && m.title === null)
    m.mode = 'generic';
  if (m.plural && m.mode === 'bare') m.mode = 'generic';
  readAlias(tokens, m, lexicon, ['бұдан', 'әрі']);
  return markSovietTitle(m);
}

/**
 * ru `Бурабайского районного маслихата`: the words naming a local body before its issuer word.
 * Returns how many tokens, issuer included, or 0 when no issuer follows within a few words.
 */
function issuerAfterBodyName(tokens: readonly Token[], i: number, lexicon: Lexicon): number {
  for (let k = i; k < tokens.length && k <= i + MAX_BODY_NAME_WORDS; k++) {
    if (tokens[k]!.kind !== 'word') return 0;
    const issuer = matchAny(tokens, k, lexicon.issuers);
    if (issuer) return k - i + issuer;
  }
  return 0;
}

/**
 * ru `акимата Бурабайского района от …`: a few words naming the place after the issuer, when
 * the requisites follow them. Returns how many tokens, or 0.
 */
function bodyNameBeforeRequisites(tokens: readonly Token[], i: number, lexicon: Lexicon): number {
  for (let k = i; k < tokens.length && k <= i + MAX_BODY_NAME_WORDS; k++) {
    if (k > i && parseRequisite(tokens, k, lexicon, false)) return k - i;
    if (tokens[k]!.kind !== 'word') return 0;
  }
  return 0;
}

/** kk `Бурабай аудандық мәслихатының`: the place name and adjectives before a local body's issuer word. */
function bodyNameBefore(text: string, tokens: readonly Token[], end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_BODY_NAME_WORDS) {
    const w = tokens[start - 1]!;
    const capitalised = text[w.start] !== text[w.start]!.toLowerCase();
    if (w.kind !== 'word' || !(capitalised || KK_ADJECTIVE_OF_PLACE.test(w.value))) break;
    start--;
  }
  return start;
}

/**
 * The adoption date before `қабылданған` ending at `end` (exclusive): `23 қаңтар 2001 жылы
 * қабылданған`, or for a Constitution a bare year, `1995 жылы қабылданған`.
 */
function adoptedDateBefore(
  tokens: readonly Token[],
  end: number,
  lexicon: Lexicon,
  constitution: boolean,
): { date: string; t0: number } | null {
  for (const back of [4, 3]) {
    const adopted = parseRequisite(tokens, end - back, lexicon, false);
    if (adopted?.date && adopted.t1 === end) return { date: adopted.date, t0: adopted.t0 };
  }
  const year = constitution ? editionYearBefore(tokens, end) : null;
  return year ? { date: year.year, t0: year.t0 } : null;
}

/**
 * Where a code's name begins before its keyword (`Бюджет кодексінің`, `Қылмыстық іс жүргізу
 * кодексінің`): the nearest capitalised word within five, or -1.
 */
function codeTitleStartBefore(
  text: string,
  tokens: readonly Token[],
  end: number,
  lexicon: Lexicon,
): number {
  for (let s = end - 1; s >= 0 && s > end - 6; s--) {
    const w = tokens[s]!;
    if (w.kind !== 'word' || w.act) return -1;
    if (lexicon.self.has(w.value) || lexicon.anaphora.has(w.value)) return -1;
    if (text[w.start] !== text[w.start]!.toLowerCase())
      return matchAnyBefore(tokens, s + 1, lexicon.republic) ? -1 : s;
  }
  return -1;
}

/**
 * `«…туралы» 23 қаңтар 2001 жылы қабылданған Қазақстан Республикасының заңымен`: a quoted
 * title ending in `туралы` a few tokens before what the mention has read, in the same sentence.
 */
function quotedTitleShortlyBefore(
  tokens: readonly Token[],
  end: number,
): { open: number; closeEnd: number } | null {
  for (let s = end - 1; s >= 0 && s > end - 14; s--) {
    const t = tokens[s]!;
    if (t.act || t.value === '.' || t.value === ';') return null;
    if (t.value === '»' && tokens[s - 1]?.value === 'туралы') {
      const open = quotedBackward(tokens, s + 1);
      return open >= 0 ? { open, closeEnd: s + 1 } : null;
    }
  }
  return null;
}

const SOVIET_TITLE = /КСРО|СССР|(?:^|[\s-])(?:Қазақ |Казахской )?К?С?СР(?:$|[\s-])/u;

/** A title naming the USSR or a Soviet republic (`«КСРО-дағы … туралы»`, `«… Казахской ССР»`) marks a Soviet act. */
export function markSovietTitle(m: ActMention): ActMention {
  if (m.title !== null && m.mode !== 'self' && SOVIET_TITLE.test(m.title)) {
    m.mode = 'foreign';
    m.note = 'soviet-era act';
  }
  return m;
}

/** `N 116 Заңы` without a date: a number sign and number ending right before the keyword. */
function backwardNumberOnly(
  tokens: readonly Token[],
  end: number,
  lexicon: Lexicon,
): Requisite | null {
  for (const back of [2, 4]) {
    const req = parseRequisite(tokens, end - back, lexicon, false);
    if (req && req.t1 === end) return req;
  }
  return null;
}

/** `(далее – Закон)` / `(бұдан әрі – Заң)` right after a mention declares an alias. */
function readAlias(
  tokens: readonly Token[],
  m: ActMention,
  lexicon: Lexicon,
  marker: string[],
): void {
  if (tokens[m.t1]?.value !== '(') return;
  let j = m.t1 + 1;
  if (!matchSeq(tokens, j, marker)) return;
  j += marker.length;
  if (tokens[j]?.value === '-' || tokens[j]?.value === ':') j++;
  const alias = tokens[j];
  if (alias?.kind !== 'word') return;
  let end = j + 1;
  while (end < tokens.length && end < j + 12 && tokens[end]!.value !== ')') end++;
  m.aliasWord = alias.value;
  m.aliasRange = [m.t1, Math.min(end + 1, tokens.length)];
  void lexicon;
}
