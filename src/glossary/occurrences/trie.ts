/**
 * A character trie over the folded forms of every term, frozen into flat
 * typed arrays, and a scanner that walks it once from each word start. Only
 * word-aligned matches count, so no failure links are needed: a walk that
 * falls off the trie costs the few characters it read, and the scan resumes
 * at the next word. The result is leftmost-longest and non-overlapping.
 */
import { CASE, HYPHEN, isWordEnd, SPACE, WORD } from './fold.js';

export interface FrozenTrie {
  /** The fold table the keys were folded with; the scan folds the text with it. */
  readonly fold: Uint16Array;
  /** Child of the root per folded code unit (0 = none). */
  readonly rootNext: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeCount: Int32Array;
  readonly edgeCode: Uint16Array;
  readonly edgeTarget: Int32Array;
  /** Per node: 1 + index into `payloads`, or 0 when no form ends here. */
  readonly terminal: Int32Array;
  readonly payloads: readonly (readonly number[])[];
}

/** Receives each match: the payload list (and its index in `payloads`), and the UTF-16 range it covers. */
export type MatchCallback = (
  payload: readonly number[],
  start: number,
  end: number,
  payloadIndex: number,
) => void;

/** Builds the trie from folded keys (see foldTermText), each with the value it stands for. */
export function buildTrie(
  keys: Iterable<readonly [key: string, value: number]>,
  fold: Uint16Array,
): FrozenTrie {
  const children: Map<number, number>[] = [new Map()];
  const terminalLists = new Map<number, number[]>();
  for (const [key, value] of keys) {
    if (key.length === 0) continue;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const map = children[node] as Map<number, number>;
      let next = map.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        map.set(code, next);
      }
      node = next;
    }
    const list = terminalLists.get(node) ?? [];
    if (!list.includes(value)) list.push(value);
    terminalLists.set(node, list);
  }
  return freeze(children, terminalLists, fold);
}

function freeze(
  children: Map<number, number>[],
  terminalLists: Map<number, number[]>,
  fold: Uint16Array,
): FrozenTrie {
  const nodeCount = children.length;
  const rootNext = new Int32Array(0x10000);
  const edgeStart = new Int32Array(nodeCount);
  const edgeCount = new Int32Array(nodeCount);
  let total = 0;
  for (const map of children) total += map.size;
  const edgeCode = new Uint16Array(total);
  const edgeTarget = new Int32Array(total);
  let cursor = 0;
  children.forEach((map, node) => {
    const sorted = [...map.entries()].sort((a, b) => a[0] - b[0]);
    edgeStart[node] = cursor;
    edgeCount[node] = sorted.length;
    for (const [code, target] of sorted) {
      if (node === 0) rootNext[code] = target;
      edgeCode[cursor] = code;
      edgeTarget[cursor] = target;
      cursor++;
    }
  });
  const terminal = new Int32Array(nodeCount);
  const payloads: number[][] = [];
  for (const [node, list] of terminalLists) {
    payloads.push(list);
    terminal[node] = payloads.length;
  }
  return { fold, rootNext, edgeStart, edgeCount, edgeCode, edgeTarget, terminal, payloads };
}

function child(trie: FrozenTrie, node: number, code: number): number {
  const start = trie.edgeStart[node] ?? 0;
  const end = start + (trie.edgeCount[node] ?? 0);
  for (let e = start; e < end; e++) {
    const edge = trie.edgeCode[e] ?? 0;
    if (edge === code) return trie.edgeTarget[e] ?? 0;
    if (edge > code) return 0;
  }
  return 0;
}

/**
 * Scans `text` once and reports every leftmost-longest match that starts and
 * ends on a word boundary. A whitespace run in the text matches one space in
 * a form. Returns the number of matches.
 */
export function scanTrie(trie: FrozenTrie, text: string, onMatch: MatchCallback): number {
  const n = text.length;
  const { fold, rootNext, terminal, payloads } = trie;
  let matches = 0;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (WORD[first] !== 1) {
      i++;
      continue;
    }
    // i is a word start: the loop below always skips whole words.
    let node = rootNext[fold[first] ?? 0] ?? 0;
    let bestNode = 0;
    let bestEnd = 0;
    let j = i + 1;
    while (node !== 0) {
      if (terminal[node] !== 0 && isWordEnd(text, j)) {
        bestNode = node;
        bestEnd = j;
      }
      if (j >= n) break;
      const code = fold[text.charCodeAt(j)] ?? 0;
      if (code === SPACE) {
        j++;
        while (j < n && fold[text.charCodeAt(j)] === SPACE) j++;
      } else j++;
      node = child(trie, node, code);
    }
    if (bestNode !== 0) {
      const payloadIndex = (terminal[bestNode] ?? 1) - 1;
      onMatch(payloads[payloadIndex] ?? [], i, bestEnd, payloadIndex);
      matches++;
      i = bestEnd;
      continue;
    }
    let previous = first;
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (WORD[code] === 1) {
        if (CASE[code] === 2 && CASE[previous] === 1) break;
        i++;
      } else if (HYPHEN[code] === 1 && WORD[text.charCodeAt(i + 1)] === 1) i += 2;
      else break;
      previous = text.charCodeAt(i - 1);
    }
  }
  return matches;
}
