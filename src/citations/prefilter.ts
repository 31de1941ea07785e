import { escapeRegExp } from '../text/escape-regexp.js';

/** A stretch of text worth parsing; citations never cross a blank line. */
export interface Block {
  start: number;
  end: number;
}

/** Splits text at blank lines (a newline, optional spaces/tabs, a newline). Linear, no regex. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (isBlank(text, lineStart, lineEnd)) {
      if (lineStart > blockStart) blocks.push({ start: blockStart, end: lineStart });
      blockStart = lineEnd + 1;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (blockStart < text.length) blocks.push({ start: blockStart, end: text.length });
  return blocks;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}

const cache = new Map<string, RegExp>();
/** The lexicon's literal lists are long-lived arrays: remembered by identity, no key built per call. */
const byList = new WeakMap<readonly string[], RegExp>();

/** One case-insensitive alternation of the lexicon literals (no quantifiers: a linear scan). */
export function literalScanner(literals: readonly string[]): RegExp {
  let re = byList.get(literals);
  if (re) return re;
  const key = literals.join('\u0000');
  re = cache.get(key);
  if (!re) {
    const escaped = [...new Set(literals)].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = new RegExp(escaped.join('|'), 'giu');
    cache.set(key, re);
  }
  byList.set(literals, re);
  return re;
}

/**
 * The cheap literal prefilter: one pass of the keyword literals over the text; only the blocks
 * with a hit are tokenised and parsed.
 */
export function candidateBlocks(
  text: string,
  literals: readonly string[],
): (Block & { block: number })[] {
  const scanner = literalScanner(literals);
  const blocks = splitBlocks(text);
  const out: (Block & { block: number })[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    scanner.lastIndex = block.start;
    const m = scanner.exec(text);
    if (!m) break;
    if (m.index >= block.end) {
      // jump to the block holding the next hit
      while (b + 1 < blocks.length && blocks[b + 1]!.end <= m.index) b++;
      continue;
    }
    out.push({ start: block.start, end: block.end, block: b });
  }
  return out;
}
