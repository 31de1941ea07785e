/**
 * The term checker as a unified (retext) plugin over the kazlex nlcst tree:
 * deprecated and non-standard terms in any inflected form, with the approved
 * replacement put into the same form, and Latin look-alike letters inside
 * Cyrillic words. Messages carry positions, a ruleId, `actual` and `expected`.
 */
import type { Root } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import type { Plugin } from 'unified';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findLookalikes } from './lookalikes.js';
import type { RuleTerm, TermRules } from './rules.js';

export const CHECK_SOURCE = 'kazlex-check';

export const CheckRule = {
  DEPRECATED_TERM: 'deprecated-term',
  LATIN_LOOKALIKE: 'latin-lookalike',
  CYRILLIC_LOOKALIKE: 'cyrillic-lookalike',
} as const;
export type CheckRule = (typeof CheckRule)[keyof typeof CheckRule];

export interface RetextKazlexCheckOptions {
  rules: TermRules;
  /** Also report look-alike letters of the other script (default true). */
  lookalikes?: boolean | undefined;
}

const retextKazlexCheck: Plugin<[RetextKazlexCheckOptions], Root> = (options) => {
  return (tree: Root, file: VFile) => {
    const text = nlcstToString(tree);
    const toPoint = pointFinder(text);
    for (const occurrence of options.rules.matcher.find(text)) {
      const term = options.rules.terms.get(occurrence.termId);
      if (term === undefined || term.replacements.length === 0) continue;
      const expected = term
        .replacementsFor(occurrence.form)
        .map((r) => sameInitialCase(r, occurrence.surface));
      const message = file.message(reasonFor(term, expected), {
        place: { start: toPoint(occurrence.start), end: toPoint(occurrence.end) },
        ruleId: CheckRule.DEPRECATED_TERM,
        source: CHECK_SOURCE,
      });
      message.actual = occurrence.surface;
      message.expected = expected;
      message.note = `concept ${term.conceptId}, term ${term.termId}`;
    }
    if (options.lookalikes === false) return;
    visit(tree, 'WordNode', (node) => {
      const word = nlcstToString(node);
      const finding = findLookalikes(word);
      if (finding === undefined || node.position === undefined) return;
      const [intruder, host] =
        finding.ruleId === CheckRule.LATIN_LOOKALIKE
          ? ['Latin', 'Cyrillic']
          : ['Cyrillic', 'Latin'];
      const letters = finding.letters.map((l) => `\`${l}\``).join(', ');
      const message = file.message(
        `${intruder} ${letters} in ${host} word \`${word}\`, expected \`${finding.expected}\``,
        { place: node.position, ruleId: finding.ruleId, source: CHECK_SOURCE },
      );
      message.actual = word;
      message.expected = [finding.expected];
    });
  };
};

export default retextKazlexCheck;

/** A sentence-initial `Өкілетті органдарға` is replaced by `Өкілді органдарға`. */
function sameInitialCase(replacement: string, surface: string): string {
  const first = surface.charAt(0);
  if (first === '' || first === first.toLowerCase()) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

function reasonFor(term: RuleTerm, expected: readonly string[]): string {
  const status = term.status === 'supersededTerm-admn-sts' ? 'superseded' : 'deprecated';
  const use = expected.map((e) => `\`${e}\``).join(' or ');
  return `\`${term.text}\` is ${status}, use ${use}`;
}

/** UTF-16 offset → unist point (1-based line and column); lines end at \n, \r\n or \r. */
export function pointFinder(text: string): (offset: number) => Point {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset };
  };
}
