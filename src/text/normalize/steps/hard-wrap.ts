import { frontMatterEnd } from '../../front-matter.js';
import { isSoftBreak } from '../layout.js';
import { endsClause, isStructuralLine, splitLines } from '../lines.js';
import { RuleId, type StepContext, type StepEdit, type StepResult } from '../types.js';

const HEADING =
  /^(?:#{1,6}\s|(?:Статья|Глава|Раздел|Бөлім|Тарау)\s+\d|\d{1,3}(?:-\d{1,3})?-(?:бап|тарау|бөлім)(?!\p{L}))/u;
// Markdown blocks that a join would change the meaning of.
const MARKDOWN_BLOCK = /^(?:>|\||<|```)/;
// A line this close to the usual full line was cut by the wrap, not by the author.
const FULL_LINE = 0.85;
// A line this much shorter than usual, before a capital, ends a title or paragraph.
const SHORT_LINE = 0.6;

/**
 * Rebuilds paragraphs in hard-wrapped documents. A document counts as wrapped
 * when many line breaks fall inside sentences (see `detectWrapStyle`, computed once per document); then a
 * break is joined unless the next line starts a list item, heading or markdown
 * block, the line is a heading, or the line ends a clause without being full.
 * Blank lines stay paragraph breaks, except in documents that put a blank line
 * after every line, where only breaks inside a sentence are joined. Front
 * matter is never joined.
 */
export function rebuildParagraphs(
  text: string,
  context: Pick<StepContext, 'wrapStyle'>,
): StepResult {
  if (!text.includes('\n')) return { edits: [] };
  const style = context.wrapStyle(text);
  if (style === 'none') return { edits: [] };
  const lines = splitLines(text).map(({ start, end }) => ({
    start,
    end,
    value: text.slice(start, end),
  }));
  const typical = typicalLength(lines.map((line) => line.value));
  const edits: StepEdit[] = [];
  // `---`, `source: …`, `---` on one line would no longer be front matter
  const metadataEnd = frontMatterEnd(text);
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (line.value === '' || line.start < metadataEnd) continue;
    const next = lines[i + 1]!;
    if (next.value !== '') {
      if (shouldJoin(line.value, next.value, typical)) {
        edits.push(join(line.end, next.start));
      }
    } else if (style === 'double') {
      const after = lines[i + 2];
      if (after && after.value !== '' && isSoftBreak(line.value, after.value)) {
        edits.push(join(line.end, after.start));
        i++;
      }
    }
  }
  return { edits };
}

function shouldJoin(line: string, next: string, typical: number): boolean {
  if (isStructuralLine(next) || HEADING.test(line) || MARKDOWN_BLOCK.test(line)) return false;
  if (isSoftBreak(line, next)) return true;
  if (endsClause(line)) return line.length >= typical * FULL_LINE;
  if (line.length < typical * SHORT_LINE && /^["«(]*[\p{Lu}\d]/u.test(next)) return false;
  return true;
}

function join(start: number, end: number): StepEdit {
  return {
    start,
    end,
    text: ' ',
    ruleId: RuleId.HARD_WRAP,
    reason: 'Joined a hard-wrapped line to the line before it',
  };
}

/** The 75th percentile of non-empty line lengths: the width the text was wrapped at. */
function typicalLength(lines: string[]): number {
  const lengths = lines.filter((line) => line !== '').map((line) => line.length);
  if (lengths.length === 0) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}
