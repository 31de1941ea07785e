import { tokenize } from './lexer.js';
import { loadLexicon } from './lexicon.js';
import { parseBlock } from './parse-block.js';
import { candidateBlocks } from './prefilter.js';
import { type LocatedRaw, resolveAll } from './resolve.js';
import type { Citation, CitationContext, CitationLang } from './types.js';

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/** Guesses the language of a stretch of text from the letters only Kazakh uses. */
export function guessLang(text: string, start = 0, end = text.length): CitationLang {
  const sample = text.slice(start, Math.min(end, start + 4000));
  const kazakh = sample.match(KAZAKH_LETTERS)?.length ?? 0;
  return kazakh * 100 > sample.length ? 'kk' : 'ru';
}

/**
 * Finds and resolves citations of the Constitution and laws in normalised Kazakh or Russian text.
 * Offsets are UTF-16 code units into `text`, end exclusive; `text.slice(start, end) === citation.text`.
 */
export function findCitations(text: string, context: CitationContext = {}): Citation[] {
  const byLang: Record<CitationLang, LocatedRaw[]> = { kk: [], ru: [] };
  const order: LocatedRaw[] = [];
  const langOf = new Map<LocatedRaw, CitationLang>();
  const literals = context.lang
    ? loadLexicon(context.lang).prefilter
    : [...loadLexicon('kk').prefilter, ...loadLexicon('ru').prefilter];
  for (const window of candidateBlocks(text, literals)) {
    const lang = context.lang ?? guessLang(text, window.start, window.end);
    const lexicon = loadLexicon(lang);
    const tokens = tokenize(text, window.start, window.end, lexicon);
    for (const raw of parseBlock(text, tokens, lexicon)) {
      const located: LocatedRaw = {
        ...raw,
        block: window.block,
        text: text.slice(raw.start, raw.end),
      };
      byLang[lang].push(located);
      order.push(located);
      langOf.set(located, lang);
    }
  }
  const resolved = new Map<LocatedRaw, Citation>();
  for (const lang of ['kk', 'ru'] as const) {
    const lexicon = loadLexicon(lang);
    const aliasTypeOf = (word: string) => lexicon.acts.get(word)?.type;
    const citations = resolveAll(byLang[lang], lang, context, aliasTypeOf);
    for (const [i, raw] of byLang[lang].entries()) resolved.set(raw, citations[i]!);
  }
  return order.map((raw) => resolved.get(raw)!);
}
