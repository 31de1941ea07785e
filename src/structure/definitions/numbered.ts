/**
 * Numbered definition articles: a cue such as `В настоящем Законе используются
 * следующие основные понятия:` / `Осы Заңда мынадай негізгі ұғымдар
 * пайдаланылады:` followed by sub-points `N) term – definition;`.
 */
import type { StructureUnit } from '../units/types.js';
import { deletedItem, numberedCues, numberedSeparator } from './cues.js';
import type { Definition } from './types.js';

const SPACED_CONFIDENCE = 0.98;
const TIGHT_CONFIDENCE = 0.9;
const MAX_TERM_LENGTH = 250;

export function findNumberedDefinitions(
  text: string,
  units: readonly StructureUnit[],
  lang: 'kk' | 'ru' | undefined,
): Definition[] {
  const found: Definition[] = [];
  for (const cue of numberedCues) {
    if (lang !== undefined && cue.lang !== lang) continue;
    cue.regex.lastIndex = 0;
    for (let match = cue.regex.exec(text); match; match = cue.regex.exec(text)) {
      const after = match.index + match[0].length;
      const container = innermostContainer(units, match.index);
      const items = (container?.children ?? units).filter(
        (unit) => unit.type === 'subparagraph' && unit.start >= after,
      );
      for (const item of items) {
        const definition = readItem(text, item, cue.lang);
        if (definition) found.push(definition);
      }
    }
  }
  return found;
}

/** The deepest unit holding `offset`, skipping indents and notes (they hold no points). */
function innermostContainer(
  units: readonly StructureUnit[],
  offset: number,
): StructureUnit | undefined {
  let container: StructureUnit | undefined;
  let level = units;
  for (;;) {
    const next = level.find(
      (unit) =>
        unit.start <= offset && offset < unit.end && unit.type !== 'indent' && unit.type !== 'note',
    );
    if (!next) return container;
    container = next;
    level = next.children;
  }
}

function readItem(text: string, item: StructureUnit, lang: 'kk' | 'ru'): Definition | null {
  // The definition is the point's own first абзац; later indents and notes are norm text.
  const itemEnd = item.children[0]?.start ?? item.end;
  const marker = /^[\s*_]*[\p{L}\d]+(?:[-‐‑–]\d+)*\\?\)\s*/u.exec(text.slice(item.start, itemEnd));
  if (!marker) return null;
  const bodyStart = item.start + marker[0].length;
  const head = text.slice(bodyStart, Math.min(itemEnd, bodyStart + MAX_TERM_LENGTH + 8));
  if (deletedItem.test(head) || !/^[\p{L}«"]/u.test(head)) return null;
  const separator = numberedSeparator.exec(head);
  if (!separator || separator.index === 0) return null;
  let termEnd = bodyStart + separator.index;
  while (termEnd > bodyStart && /[\s,]/u.test(text[termEnd - 1]!)) termEnd--;
  const definitionStart = bodyStart + separator.index + separator[0].length;
  let definitionEnd = itemEnd;
  while (definitionEnd > definitionStart && /[\s;.*_]/u.test(text[definitionEnd - 1]!)) {
    definitionEnd--;
  }
  if (termEnd <= bodyStart || definitionEnd <= definitionStart) return null;
  const spaced = /^[\s,]/u.test(separator[0]) && /\s$/u.test(separator[0]);
  return {
    term: { start: bodyStart, end: termEnd, text: text.slice(bodyStart, termEnd) },
    definition: { start: definitionStart, end: definitionEnd },
    lang,
    kind: 'numbered',
    confidence: spaced ? SPACED_CONFIDENCE : TIGHT_CONFIDENCE,
  };
}
