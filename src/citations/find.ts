import { tokenize } from './lexer.js';
import { loadLexicon } from './lexicon.js';
import { parseBlock, type RawCitation } from './parse-block.js';
import { candidateBlocks } from './prefilter.js';
import { type LocatedRaw, resolveAll } from './resolve.js';
import type { Citation, CitationContext, CitationLang } from './types.js';

const KAZAKH_LETTERS = 'әғқңөұүһіӘҒҚҢӨҰҮҺІ';
/** Kazakh-only letters by code (all below U+0500). */
const KAZAKH_CODES = new Uint8Array(0x500);
for (const ch of KAZAKH_LETTERS) KAZAKH_CODES[ch.charCodeAt(0)] = 1;

/** Where `String.prototype.slice` would cut for `at` (negative counts from the end). */
function sliceIndex(at: number, length: number): number {
  return at < 0 ? Math.max(length + at, 0) : Math.min(at, length);
}

/** Guesses the language of a stretch of text from the letters only Kazakh uses. */
export function guessLang(text: string, start = 0, end = text.length): CitationLang {
  // the letters of text.slice(start, min(end, start + 4000)), counted in place: no copy, no match array
  const from = sliceIndex(start, text.length);
  const to = Math.max(from, sliceIndex(Math.min(end, start + 4000), text.length));
  let kazakh = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x500 && KAZAKH_CODES[c] === 1) kazakh++;
  }
  return kazakh * 100 > to - from ? 'kk' : 'ru';
}

/**
 * Finds and resolves citations of the Constitution and laws in normalised Kazakh or Russian text.
 * Offsets are UTF-16 code units into `text`, end exclusive; `text.slice(start, end) === citation.text`.
 */
export function findCitations(text: string, context: CitationContext = {}): Citation[] {
  const byLang: Record<CitationLang, LocatedRaw[]> = { kk: [], ru: [] };
  // document order as (language, index within that language's list)
  const orderLang: CitationLang[] = [];
  const orderIndex: number[] = [];
  const literals = context.lang ? loadLexicon(context.lang).prefilter : bothPrefilters();
  for (const window of candidateBlocks(text, literals)) {
    const lang = context.lang ?? guessLang(text, window.start, window.end);
    const lexicon = loadLexicon(lang);
    const tokens = tokenize(text, window.start, window.end, lexicon);
    const list = byLang[lang];
    for (const raw of parseBlock(text, tokens, lexicon, context.registry)) {
      orderLang.push(lang);
      orderIndex.push(list.length);
      list.push(locate(raw, window.block, text));
    }
  }
  const resolved: Record<CitationLang, Citation[]> = { kk: [], ru: [] };
  for (const lang of ['kk', 'ru'] as const) {
    if (byLang[lang].length === 0) continue;
    const lexicon = loadLexicon(lang);
    const aliasTypeOf = (word: string) => lexicon.acts.get(word)?.type;
    resolved[lang] = resolveAll(byLang[lang], lang, context, aliasTypeOf);
  }
  return orderLang.map((lang, i) => resolved[lang][orderIndex[i]!]!);
}

/** Same fields in the same order as `{ ...raw, block, text }`, built without an object spread. */
function locate(raw: RawCitation, block: number, text: string): LocatedRaw {
  return {
    start: raw.start,
    end: raw.end,
    mention: raw.mention,
    chain: raw.chain,
    parenthetical: raw.parenthetical,
    sharedAct: raw.sharedAct,
    block,
    text: text.slice(raw.start, raw.end),
  };
}

let prefiltersOfBoth: string[] | undefined;

/** The literals of both languages, for text of unknown language; built once. */
function bothPrefilters(): string[] {
  prefiltersOfBoth ??= [...loadLexicon('kk').prefilter, ...loadLexicon('ru').prefilter];
  return prefiltersOfBoth;
}
