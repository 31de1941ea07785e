import { type Chain, chainMayStartAt, kkChainAt, ruChainAt, skipNumList } from './chains.js';
import type { Token } from './lexer.js';
import { type Lexicon, WORD_DRAFT, WORD_GENERIC, WORD_SELF } from './lexicon.js';
import { type ActMention, findRequisites, kkMention, ruMention } from './mentions.js';
import type { Requisite } from './requisites.js';
import type { CitationRegistry } from './types.js';
import { type UnquotedTitleStart, unquotedTitleFinder } from './unquoted-title.js';

/** A citation before resolution: where it is, what act words and provision chain it holds. */
export interface RawCitation {
  start: number;
  end: number;
  mention: ActMention | null;
  chain: Chain | null;
  /** The chain sits in a parenthesis right after an act (`(… см. ст. 2)`, `(… 2-баптан қараңыз)`). */
  parenthetical: boolean;
  /** The act is written once, after the last of coordinated chains (`статьи 85 и статьи 86 Конституции`). */
  sharedAct: boolean;
}

/**
 * Parses one block's tokens into raw citations, in text order. With a
 * registry, Kazakh titles it knows are read even without quotes.
 */
export function parseBlock(
  text: string,
  tokens: readonly Token[],
  lexicon: Lexicon,
  registry?: CitationRegistry,
): RawCitation[] {
  const kk = lexicon.lang === 'kk';
  const requisites = findRequisites(tokens, lexicon);
  const requisiteEndingAt = new Map<number, Requisite>();
  for (const r of requisites) requisiteEndingAt.set(r.t1, r);

  const unquotedTitleStart =
    kk && registry ? unquotedTitleFinder(text, tokens, registry) : undefined;
  const mentions = findMentions(text, tokens, lexicon, requisiteEndingAt, unquotedTitleStart);
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) {
    covered.fill(1, m.t0, m.t1);
    if (m.aliasRange) covered.fill(1, m.aliasRange[0], m.aliasRange[1]);
  }
  addListRequisites(tokens, lexicon, requisites, mentions, covered);
  mentions.sort((a, b) => a.t0 - b.t0);

  const mentionEndingAt = new Map<number, ActMention>();
  const mentionStartingAt = new Map<number, ActMention>();
  for (const m of mentions) {
    mentionEndingAt.set(m.t1, m);
    mentionStartingAt.set(m.t0, m);
    // kk `…Заңының (бұдан әрі – Заң) 39-3-бабына`: the chain follows the alias parenthesis.
    if (kk && m.aliasRange && m.genitive && !mentionEndingAt.has(m.aliasRange[1])) {
      mentionEndingAt.set(m.aliasRange[1], m);
    }
  }

  const out: RawCitation[] = [];
  const used = new Set<ActMention>();
  for (let i = 0; i < tokens.length; ) {
    if (covered[i] || !chainMayStartAt(tokens[i]!, lexicon)) {
      i++;
      continue;
    }
    const actBefore = kk ? mentionEndingAt.get(i) : undefined;
    const bracketed = actBefore !== undefined && tokens[actBefore.t0 - 1]?.value === '(';
    const chain = kk
      ? kkChainAt(tokens, i, lexicon, bracketed, actBefore?.genitive === true)
      : chainRu(tokens, i, lexicon);
    if (!chain) {
      i = tokens[i]!.kind === 'num' ? skipNumList(tokens, i, lexicon) : i + 1;
      continue;
    }
    let mention: ActMention | null = null;
    let chainOut = chain;
    if (kk) {
      const before = mentionEndingAt.get(chain.t0);
      const beforeComma =
        tokens[chain.t0 - 1]?.value === ',' ? mentionEndingAt.get(chain.t0 - 1) : undefined;
      // `Заңының 2-бабы`, and the izafet `ҚР … Заңы 3-бабының`, `Конституциясы 2-бабының`
      const izafet =
        before?.mode === 'explicit' && !before.plural && /[ыі]$/.test(tokens[before.t1 - 1]!.value);
      if (before && (before.genitive || izafet) && before.mode !== 'generic') mention = before;
      else if (beforeComma && !beforeComma.genitive && tokens[beforeComma.t0 - 1]?.value === '(') {
        // (ҚР Конституциясы, 86-бап, 1-тармақ)
        mention = beforeComma;
        chainOut = kkChainAt(tokens, chain.t0, lexicon, true) ?? chain;
      }
    } else {
      let after = mentionStartingAt.get(chain.t1);
      // `ст.1. Закона «О …»`: a full stop glued to the number, then an act in the genitive
      if (
        !after &&
        tokens[chain.t1]?.value === '.' &&
        tokens[chain.t1]!.start === tokens[chain.t1 - 1]!.end
      ) {
        const next = mentionStartingAt.get(chain.t1 + 1);
        if (next && RU_GENITIVE.has(tokens[next.t0]!.value)) after = next;
      }
      if (after && after.mode !== 'generic') mention = after;
    }
    if (!mention && isHeading(text, tokens, chain)) {
      i = chain.t1;
      continue;
    }
    let parenthetical = false;
    if (!mention) {
      const owner = parenOwner(tokens, chain.t0, mentionEndingAt);
      if (owner) {
        mention = owner;
        parenthetical = true;
      }
    }
    if (mention && !parenthetical) used.add(mention);
    const startTok = mention && !parenthetical && kk ? mention.t0 : chainOut.t0;
    const endTok = mention && !parenthetical && !kk ? mention.t1 : chainOut.t1;
    out.push({
      start: tokens[startTok]!.start,
      end: tokens[endTok - 1]!.end,
      mention,
      chain: chainOut,
      parenthetical,
      sharedAct: false,
    });
    i = Math.max(chainOut.t1, mention && !parenthetical && !kk ? mention.t1 : 0, i + 1);
  }
  if (!kk) shareActAcrossConnectors(out, tokens, lexicon);
  for (const m of mentions) {
    if (used.has(m) || m.mode === 'list-header') continue;
    if (m.mode === 'bare' && m.aliasWord === undefined && !isCapitalised(text, tokens[m.t0]!))
      continue;
    out.push({
      start: tokens[m.t0]!.start,
      end: tokens[m.t1 - 1]!.end,
      mention: m,
      chain: null,
      parenthetical: false,
      sharedAct: false,
    });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return dropOverlaps(out);
}

const HEADING_WORDS = new Set(['статья', 'глава', 'раздел', 'бап', 'тарау', 'бөлім']);

const RU_GENITIVE = new Set(['закона', 'кодекса', 'конституции', 'указа', 'постановления']);

/** `### Статья 5. Title`, `### 5-бап. Title`, `Глава 2.`: a heading names a unit, it does not cite one. */
function isHeading(text: string, tokens: readonly Token[], chain: Chain): boolean {
  if (
    chain.elements.length !== 1 ||
    chain.elements[0]!.self ||
    chain.elements[0]!.values.length !== 1
  )
    return false;
  const unitWord = tokens.slice(chain.t0, chain.t1).find((t) => t.unit);
  if (!unitWord || !HEADING_WORDS.has(unitWord.value)) return false;
  const first = tokens[chain.t0]!;
  let i = first.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '#' || text[i] === '*' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  const after = tokens[chain.t1];
  return (
    !after ||
    after.value === '.' ||
    after.value === '*' ||
    text.slice(tokens[chain.t1 - 1]!.end, after.start).includes('\n')
  );
}

function chainRu(tokens: readonly Token[], i: number, lexicon: Lexicon): Chain | null {
  const chain = ruChainAt(tokens, i, lexicon);
  if (chain) return chain;
  // a bare self unit: `настоящей статьей`, `данной статьи`
  const t = tokens[i];
  const u = tokens[i + 1];
  if (t?.kind === 'word' && (t.flags & WORD_SELF) !== 0 && u?.unit && !u.unit.plural) {
    if (tokens[i + 2]?.kind === 'num') return null;
    return { t0: i, t1: i + 2, elements: [{ level: u.unit.level, values: [], self: true }] };
  }
  return null;
}

function isCapitalised(text: string, t: Token): boolean {
  const c = text[t.start]!;
  return c !== c.toLowerCase();
}

function findMentions(
  text: string,
  tokens: readonly Token[],
  lexicon: Lexicon,
  requisiteEndingAt: ReadonlyMap<number, Requisite>,
  unquotedTitleStart: UnquotedTitleStart | undefined,
): ActMention[] {
  const out: ActMention[] = [];
  let floor = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    let m: ActMention | null = null;
    if (t.act) {
      m =
        lexicon.lang === 'kk'
          ? kkMention(text, tokens, k, lexicon, requisiteEndingAt, unquotedTitleStart)
          : ruMention(text, tokens, k, lexicon);
    } else if (t.flags & (WORD_GENERIC | WORD_DRAFT)) {
      const generic = (t.flags & WORD_GENERIC) !== 0;
      m = {
        t0: k,
        t1: k + 1,
        type: generic ? null : 'law',
        mode: generic ? 'generic' : 'draft',
        number: null,
        date: null,
        title: null,
        plural: false,
        genitive: false,
      };
      if (!generic && lexicon.lang === 'kk') continue; // kk drafts are read from `Заң жобасы`
    }
    if (!m) continue;
    // `шешім қабылдады`, `принять решение`: a decision is an act only with its number
    if (m.type === 'decision' && m.number === null) continue;
    if (m.t0 < floor) m.t0 = floor;
    if (m.t0 > k) continue;
    out.push(m);
    floor = Math.max(m.t1, m.aliasRange?.[1] ?? 0);
    k = floor - 1;
  }
  return out;
}

/**
 * ru `статьи 85 и пункта 1 статьи 86 Конституции`: the act after the last of coordinated chains
 * belongs to all of them, as Russian legal drafting writes it (a chain meant for the current
 * act says so: `статьи 85 настоящего Закона`). Only connectors may stand between the chains.
 */
function shareActAcrossConnectors(
  out: RawCitation[],
  tokens: readonly Token[],
  lexicon: Lexicon,
): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const raw = out[k]!;
    const next = out[k + 1]!;
    if (raw.mention || !raw.chain || !next.chain || !next.mention || next.parenthetical) continue;
    let onlyConnectors = next.chain.t0 > raw.chain.t1;
    for (let t = raw.chain.t1; t < next.chain.t0 && onlyConnectors; t++) {
      const value = tokens[t]!.value;
      onlyConnectors = value === ',' || lexicon.and.has(value);
    }
    if (onlyConnectors) {
      raw.mention = next.mention;
      raw.sharedAct = true;
    }
  }
}

/**
 * Requisites standing alone in a list of amending acts take their type from the list's keyword:
 * ru `законами РК от 11.05.2004 № 552 (…); от 20.12.2004 № 13` (keyword before),
 * kk `ҚР 2004.05.11 N 552 (…), 2011.01.10 N 383-IV (…) Заңдарымен` (keyword after).
 */
function addListRequisites(
  tokens: readonly Token[],
  lexicon: Lexicon,
  requisites: readonly Requisite[],
  mentions: ActMention[],
  covered: Uint8Array,
): void {
  const sorted = [...mentions].sort((a, b) => a.t0 - b.t0);
  for (const r of requisites) {
    if (covered[r.t0] || covered[r.t1 - 1]) continue;
    const head =
      lexicon.lang === 'kk'
        ? sorted.find((m) => m.t0 >= r.t1 && m.type !== null)
        : [...sorted].reverse().find((m) => m.t1 <= r.t0 && m.type !== null);
    if (!head) continue;
    if (head.mode === 'generic') head.mode = 'list-header';
    // A singular keyword (`Конституционным Законом … № 121-V; от … № 124-V`) types only its own act;
    // the other items of the list are laws.
    const adjacent = lexicon.lang === 'kk' ? head.t0 === r.t1 || head.t0 === r.t1 + 1 : false;
    const type = head.plural || adjacent ? head.type : 'law';
    let t0 = r.t0;
    if (lexicon.lang === 'kk' && matchRepublicBefore(tokens, t0, lexicon)) t0 -= 1;
    const m: ActMention = {
      t0,
      t1: r.t1,
      type,
      mode: 'explicit',
      number: r.number,
      date: r.date,
      title: null,
      plural: false,
      genitive: false,
    };
    mentions.push(m);
    covered.fill(1, t0, r.t1);
  }
}

function matchRepublicBefore(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  return tokens[i - 1]?.value === 'қр' && lexicon.lang === 'kk';
}

/** The act whose requisites a parenthesis follows: `№ 552 (порядок введения в действие см. ст. 2)`. */
function parenOwner(
  tokens: readonly Token[],
  i: number,
  mentionEndingAt: ReadonlyMap<number, ActMention>,
): ActMention | null {
  for (let j = i - 1; j >= 0 && j > i - 60; j--) {
    const v = tokens[j]!.value;
    if (v === ')') return null;
    if (v === '(') {
      const m = mentionEndingAt.get(j);
      return m && m.type !== null && m.mode === 'explicit' ? m : null;
    }
  }
  return null;
}

function dropOverlaps(sorted: RawCitation[]): RawCitation[] {
  const out: RawCitation[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}
