/**
 * Greedy line breaking as Word and LibreOffice do it for unhyphenated text: fill a line word by
 * word, break at spaces (not NBSP) and after some hyphens (see breaksAfterHyphen); trailing
 * spaces hang outside the measure; a word longer than the line is cut by characters.
 */
export interface LineBreakOptions {
  /** Width of a string in any unit, consistent with the widths below. */
  measure: (text: string) => number;
  /** Available width of the first line (after the first-line indent). */
  firstLineWidth: number;
  /** Available width of the following lines. */
  width: number;
}

export interface BrokenLine {
  /** The line's text without its trailing spaces. */
  text: string;
  /** Natural width of `text`. */
  width: number;
  /** True for the paragraph's last line (not stretched when justifying). */
  last: boolean;
}

/** Splits text into unbreakable pieces, each carrying the spaces that follow it. */
/** An unbreakable piece; `slashLimit` marks a break before it that LibreOffice takes only sometimes. */
interface Piece {
  text: string;
  /**
   * After a hyphen followed by a slash in the same word (`1-|6/VII`), LibreOffice breaks at the
   * hyphen only when the line overflows at or before the character after the slash; when it
   * overflows later, the whole word moves down. Measured against LibreOffice 7.4.
   */
  slashLimit?: number;
}

function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let slashLimit: number | undefined;
  const cut = (end: number, nextLimit: number | undefined) => {
    pieces.push(
      slashLimit === undefined
        ? { text: text.slice(start, end) }
        : { text: text.slice(start, end), slashLimit },
    );
    start = end;
    slashLimit = nextLimit;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === ' ') {
      if (next !== ' ' && next !== undefined) cut(i + 1, undefined);
    } else if (char === '-' && next !== undefined && i > start && breaksAfterHyphen(text, i)) {
      const wordEnd = text.indexOf(' ', i);
      const slash = text.slice(i + 1, wordEnd === -1 ? undefined : wordEnd).indexOf('/');
      cut(i + 1, slash === -1 ? undefined : slash + 1);
    }
  }
  if (start < text.length) cut(text.length, undefined);
  return pieces;
}

/** Splits text into unbreakable pieces, each carrying the spaces that follow it. */
export function splitAtBreakOpportunities(text: string): string[] {
  return splitPieces(text).map((piece) => piece.text);
}

/**
 * LibreOffice's tailored UAX #14 rules, as measured against its output: a hyphen between
 * letters or digits allows a break (`өзін-|өзі`, `2-|қосымша`, `39-|3-бабы`, `18/103-|VIII`).
 */
function breaksAfterHyphen(text: string, hyphen: number): boolean {
  const before = text[hyphen - 1];
  const after = text[hyphen + 1];
  if (before === undefined || after === undefined) return false;
  return /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
}

const trimEnd = (text: string) => text.replace(/ +$/, '');

export function breakLines(text: string, options: LineBreakOptions): BrokenLine[] {
  const { measure } = options;
  const queue = splitPieces(text.replace(/^ +/, ''));
  const lines: BrokenLine[] = [];
  let parts: Piece[] = [];
  const available = () => (lines.length === 0 ? options.firstLineWidth : options.width);
  const lineText = () => parts.map((part) => part.text).join('');
  const push = (line: string) => {
    const trimmed = trimEnd(line);
    lines.push({ text: trimmed, width: measure(trimmed), last: false });
  };
  for (let index = 0; index < queue.length; index++) {
    const piece = queue[index]!;
    const current = lineText();
    if (measure(trimEnd(current + piece.text)) <= available()) {
      parts.push(piece);
      continue;
    }
    if (parts.length > 0) {
      if (piece.slashLimit !== undefined) {
        let overflow = 0;
        while (
          overflow < piece.text.length &&
          measure(current + piece.text.slice(0, overflow + 1)) <= available()
        )
          overflow++;
        if (overflow > piece.slashLimit) {
          // Move the start of this word down with it, as LibreOffice does.
          let keep = parts.length;
          while (keep > 0 && !parts[keep - 1]!.text.endsWith(' ')) keep--;
          if (keep > 0) {
            const moved = parts.slice(keep);
            parts = parts.slice(0, keep);
            push(lineText());
            parts = [];
            queue.splice(index, 0, ...moved);
            index--;
            continue;
          }
        }
      }
      push(current);
      parts = [];
    }
    // The piece alone may still be too wide: cut it by characters.
    let rest = piece.text;
    while (measure(trimEnd(rest)) > available()) {
      let cut = 1;
      while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= available()) cut++;
      push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    parts = rest === '' ? [] : [{ text: rest }];
  }
  if (parts.length > 0 || lines.length === 0) push(lineText());
  lines[lines.length - 1]!.last = true;
  return lines;
}
