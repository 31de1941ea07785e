/**
 * parseStructure: text (Markdown law text or plain text) → tree of structural
 * units with numbers, headings, source ranges and eIds. Forgiving by design: it
 * never throws on odd input, and text it does not recognise stays inside the
 * nearest unit.
 */
import { FRONT_MATTER_KEY } from '../../text/front-matter.js';
import { assignEIds } from './assign-eids.js';
import { TreeBuilder } from './build-tree.js';
import { classifyLine, LineKind } from './classify-line.js';
import { patternsFor, unionOf } from './heading-patterns.js';
import type { StructureOptions, StructureUnit } from './types.js';

const markdownHint = /^[ \t]*(?:#{1,6}[ \t]|>[ \t]|\*\*\S)/mu;

/**
 * @example
 *   parseStructure('Статья 39-3. Сходы\n1. Текст\n1) подпункт;')
 *   // → [{type: 'article', num: '39-3', heading: 'Сходы', eId: 'art_39-3', children: [...]}]
 */
export function parseStructure(
  text: string,
  options: StructureOptions | null = {},
): StructureUnit[] {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const markdown = (options?.format ?? detectFormat(source)) === 'markdown';
  const patterns = patternsFor(options?.lang);
  const anyPattern = unionOf(patterns);
  const builder = new TreeBuilder(source, { markdown });
  let inFrontMatter = false;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    const line = classifyLine(source, lineStart, lineEnd, patterns, anyPattern);
    // Only front matter needs the line's text; running text is never sliced.
    const bare = () => source.slice(line.bareStart, line.bareEnd);
    if (inFrontMatter) {
      if (/^-{3,}$/u.test(bare())) inFrontMatter = false;
    } else if (
      markdown &&
      line.kind === LineKind.IGNORE &&
      bare() === '---' &&
      line.blockquote === false &&
      FRONT_MATTER_KEY.test(nextLine(source, lineEnd))
    ) {
      inFrontMatter = true;
    } else {
      builder.add(line);
    }
    lineStart = lineEnd + 1;
  }
  const units = builder.finish();
  assignEIds(units);
  return units;
}

export function detectFormat(text: string): 'markdown' | 'plain' {
  return markdownHint.test(text) ? 'markdown' : 'plain';
}

function nextLine(text: string, lineEnd: number): string {
  if (lineEnd >= text.length) return '';
  const end = text.indexOf('\n', lineEnd + 1);
  return text.slice(lineEnd + 1, end === -1 ? text.length : end);
}
