/**
 * Kazakh texts often name a law by its title without quotes, the title ending
 * in `туралы` right before the act word:
 * `Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы Заңның 6-бабы`.
 * Nothing in the words marks where such a title begins, so only a title the
 * acts registry knows is read: the longest run of words before `туралы` that
 * the registry finds by title. A phrase that merely ends in `туралы`
 * (`жергілікті өзін-өзі басқару туралы заң`, a law under discussion, not a
 * known act) stays a bare mention.
 */
import type { Token } from './lexer.js';
import type { CitationRegistry } from './types.js';

/** The longest registry title in the texts has 14 words; hyphens and quotes add tokens. */
const MAX_TITLE_TOKENS = 32;

/** Punctuation that may sit inside a title: `өзін-өзі`, a misplaced `“…”`. */
const INSIDE_TITLE = new Set(['-', '«', '»', '"', ',']);

/** Returns the index of the token that starts a known title ending just before `end`, or -1. */
export type UnquotedTitleStart = (end: number) => number;

export function unquotedTitleFinder(
  text: string,
  tokens: readonly Token[],
  registry: CitationRegistry,
): UnquotedTitleStart {
  return (end) => {
    if (tokens[end - 1]?.value !== 'туралы') return -1;
    const spanText = (start: number) => text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    let found = -1;
    for (let start = end - 2; start >= 0 && start >= end - MAX_TITLE_TOKENS; start--) {
      const token = tokens[start]!;
      if (token.kind === 'punct' && !INSIDE_TITLE.has(token.value)) break;
      if (token.kind === 'word' && known(registry.byTitle(spanText(start), 'kk'))) found = start;
    }
    if (found < 0) return -1;
    // A quote left open before the title (`“Қазақстан … туралы заңның`) belongs to no pair.
    const before = tokens[found - 1];
    const pairedQuote =
      before?.value === '«' && tokens.slice(found, end).some((t) => t.value === '»');
    return pairedQuote ? found - 1 : found;
  };
}

function known(found: ReturnType<CitationRegistry['byTitle']>): boolean {
  return Array.isArray(found) ? found.length > 0 : Boolean(found);
}
