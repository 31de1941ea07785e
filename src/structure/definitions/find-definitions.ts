/**
 * findDefinitions: numbered definition articles, inline definitions and aliases
 * in Kazakh and Russian legal text, each with the source ranges of term and
 * definition, the language and a confidence. Never throws on odd input.
 */
import { parseStructure } from '../units/parse-structure.js';
import { findAliases } from './aliases.js';
import { findInlineDefinitions } from './inline.js';
import { findNumberedDefinitions } from './numbered.js';
import type { Definition, FindDefinitionsOptions } from './types.js';

/**
 * @example
 *   findDefinitions('Под местным самоуправлением понимается деятельность населения.')
 *   // → [{term: {text: 'местным самоуправлением', …}, kind: 'inline', lang: 'ru', confidence: 0.9, …}]
 */
export function findDefinitions(
  text: string,
  options: FindDefinitionsOptions | null = {},
): Definition[] {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const lang = options?.lang;
  const units = options?.units ?? parseStructure(source, { lang });
  const numbered = findNumberedDefinitions(source, units, lang);
  // Inline cues inside a numbered definition restate it; the numbered reading wins.
  const covered = numbered.map((entry) => [entry.term.start, entry.definition.end] as const);
  const insideNumbered = (offset: number) =>
    covered.some(([start, end]) => start <= offset && offset < end);
  const inline = findInlineDefinitions(source, lang).filter(
    (entry) => !insideNumbered(entry.term.start),
  );
  const aliases = findAliases(source, lang);
  return dedupe([...numbered, ...inline, ...aliases]).sort(
    (a, b) => a.term.start - b.term.start || a.term.end - b.term.end,
  );
}

/** One definition per term range: the most confident reading wins. */
function dedupe(definitions: Definition[]): Definition[] {
  const best = new Map<string, Definition>();
  for (const definition of definitions) {
    const key = `${definition.term.start}:${definition.term.end}`;
    const seen = best.get(key);
    if (!seen || seen.confidence < definition.confidence) best.set(key, definition);
  }
  return [...best.values()];
}
