/**
 * Global search for cue patterns that open with `\s*` or `\s+` (`\s*[-–—]\s*бұл\s+`).
 * Such a pattern can start at any offset, so V8 runs the whole regex at every
 * character of the text. Searching for what follows the spaces instead (a dash,
 * a word) lets the engine skip ahead to candidates; the cue's own regex then runs
 * sticky at the offset where its leftmost match must start, so the match object
 * is exactly the one a plain global search would return.
 */

/** The part of `RegExp` that the definition finders use. */
export interface CueSearch {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/** `\s*` or `\s+`, then the rest of the pattern. */
const LEADING_SPACE = /^\\s([*+])/u;

/** Compiles `source` with `flags` (which must hold `g`) into the fastest equivalent search. */
export function compileCueSearch(source: string, flags: string): CueSearch {
  const regex = new RegExp(source, flags);
  const lead = LEADING_SPACE.exec(source);
  const rest = source.slice(lead?.[0].length ?? 0);
  if (!lead || !startsWithoutSpace(rest) || hasTopLevelAlternation(source)) return regex;
  return new SpaceLedSearch(regex, new RegExp(rest, flags), lead[1] === '+');
}

/**
 * Whether the pattern's first token is a plain letter or a plain character class
 * (no escapes, ranges or negation) holding no whitespace: then a match of the
 * rest starts exactly where the leading spaces end.
 */
function startsWithoutSpace(rest: string): boolean {
  if (/^\p{L}/u.test(rest)) return true;
  const cls = /^\[([^\]\\^][^\]\\]*)\]/u.exec(rest)?.[1];
  if (cls === undefined || /\s/u.test(cls)) return false;
  // A hyphen is literal only at either end of the class; elsewhere it makes a range.
  return !cls.slice(1, -1).includes('-');
}

/** Whether `|` splits the whole pattern (the leading spaces would then bind to one branch only). */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

class SpaceLedSearch implements CueSearch {
  lastIndex = 0;
  private readonly sticky: RegExp;

  constructor(
    private readonly full: RegExp,
    private readonly rest: RegExp,
    private readonly needsSpace: boolean,
  ) {
    this.sticky = new RegExp(full.source, `${full.flags.replace('g', '')}y`);
  }

  exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    const match = this.find(text, from);
    this.lastIndex = match ? match.index + match[0].length : 0;
    return match;
  }

  private find(text: string, from: number): RegExpExecArray | null {
    this.rest.lastIndex = from;
    for (let hit = this.rest.exec(text); hit; hit = this.rest.exec(text)) {
      // The leftmost match starts where the run of spaces before the hit starts.
      let start = hit.index;
      while (start > from && isJsSpace(text.charCodeAt(start - 1))) start--;
      if (!this.needsSpace || start < hit.index) {
        this.sticky.lastIndex = start;
        const match = this.sticky.exec(text);
        if (match) return match;
        return this.fallback(text, from);
      }
      this.rest.lastIndex = hit.index + 1;
    }
    return null;
  }

  /** Unreachable by the reasoning above; kept so a mistake there cannot change a result. */
  private fallback(text: string, from: number): RegExpExecArray | null {
    this.full.lastIndex = from;
    return this.full.exec(text);
  }
}

/** `\s` of JavaScript regular expressions, as one UTF-16 code unit. */
function isJsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
