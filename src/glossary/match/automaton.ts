/**
 * An Aho-Corasick automaton compiled to a dense transition table: every
 * character class the patterns use gets a column, every other character sends
 * the scan back to the root. One table lookup per UTF-16 unit, whatever the
 * number of patterns.
 */
export interface Automaton {
  /** Class of each UTF-16 unit after lowercasing (0: in no pattern). */
  classOf: Uint16Array;
  classCount: number;
  /** next state = delta[state * classCount + class]. */
  delta: Int32Array;
  /** First pattern ending in a state (or −1); more follow through `nextOutput`. */
  output: Int32Array;
  /** The next pattern that also ends here (a shorter suffix), or −1. */
  nextOutput: Int32Array;
  /** Length in UTF-16 units of each pattern. */
  patternLength: Int32Array;
}

/** Lowercase of every UTF-16 unit, one to one, so offsets never move. */
export const LOWER: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const lower = String.fromCharCode(code).toLowerCase();
    table[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return table;
})();

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const classOf = new Uint16Array(0x10000);
  let classCount = 1;
  const lowered = patterns.map((pattern) => {
    const codes: number[] = [];
    for (let i = 0; i < pattern.length; i++) codes.push(LOWER[pattern.charCodeAt(i)] ?? 0);
    for (const code of codes) {
      if (classOf[code] === 0) classOf[code] = classCount++;
    }
    return codes;
  });
  // Upper-case letters share their lowercase letter's class.
  for (let code = 0; code < 0x10000; code++) {
    const lower = LOWER[code] ?? code;
    if (lower !== code && classOf[lower] !== 0) classOf[code] = classOf[lower] ?? 0;
  }
  // Trie.
  const children: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  lowered.forEach((codes, id) => {
    if (codes.length === 0) return;
    let state = 0;
    for (const code of codes) {
      const cls = classOf[code] ?? 0;
      const node = children[state];
      let next = node?.get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push([]);
        node?.set(cls, next);
      }
      state = next;
    }
    ends[state]?.push(id);
  });
  const states = children.length;
  const delta = new Int32Array(states * classCount);
  const fail = new Int32Array(states);
  const output = new Int32Array(states).fill(-1);
  const nextOutput = new Int32Array(patterns.length).fill(-1);
  const dictLink = new Int32Array(states).fill(-1);
  // Breadth-first: complete the goto function with failure transitions.
  const queue: number[] = [];
  for (const [cls, child] of children[0] ?? []) {
    delta[cls] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    const base = state * classCount;
    const failBase = (fail[state] ?? 0) * classCount;
    for (let cls = 0; cls < classCount; cls++) delta[base + cls] = delta[failBase + cls] ?? 0;
    for (const [cls, child] of children[state] ?? []) {
      fail[child] = delta[failBase + cls] ?? 0;
      delta[base + cls] = child;
      queue.push(child);
    }
  }
  // Output lists: a state's own patterns, then those of its nearest failure state with any.
  for (const state of queue) {
    const failState = fail[state] ?? 0;
    dictLink[state] = output[failState] !== -1 ? failState : (dictLink[failState] ?? -1);
    const own = ends[state] ?? [];
    const inherited = dictLink[state] === -1 ? -1 : (output[dictLink[state] ?? 0] ?? -1);
    let previous = -1;
    for (let i = own.length - 1; i >= 0; i--) {
      const id = own[i] ?? 0;
      nextOutput[id] = previous === -1 ? inherited : previous;
      previous = id;
    }
    output[state] = own.length > 0 ? (own[0] ?? -1) : inherited;
    if (own.length > 0) nextOutput[own[own.length - 1] ?? 0] = inherited;
  }
  return {
    classOf,
    classCount,
    delta,
    output,
    nextOutput,
    patternLength: Int32Array.from(lowered, (codes) => codes.length),
  };
}
