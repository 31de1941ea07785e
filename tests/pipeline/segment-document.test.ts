import { describe, expect, it } from 'vitest';
import type { LoadedSource } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline/process-document.js';
import type { SourceUnit } from '../../src/pipeline/segment-document.js';

function loaded(text: string, format: LoadedSource['format'] = 'txt'): LoadedSource {
  return { path: 'x', format, encoding: 'utf-8', size: text.length, sha256: '0', text };
}

function flatten(units: readonly SourceUnit[]): SourceUnit[] {
  return units.flatMap((unit) => [unit, ...flatten(unit.children)]);
}

const law = [
  '### Статья\u00a01. Основные понятия',
  '',
  'В настоящем Законе используются следующие основные понятия:',
  '',
  '1) аким – представитель Президента и Правительства;',
  '',
  '2) маслихат – представительный орган, избираемый населением.',
  '',
  '### Статья 2. Компетенция',
  '',
  '1. Маслихат утверждает бюджет (ст. 6 Закона).',
  '',
].join('\n');

describe('analyzeDocument segmentation', () => {
  it('should report sentences, units and definitions in source offsets', () => {
    const { segmented } = analyzeDocument(loaded(law, 'md'), 'law.md');
    const { segments } = segmented;
    expect(segments.lang).toBe('ru');

    const articles = flatten(segments.units).filter((u) => u.type === 'article');
    expect(articles.map((a) => a.num)).toEqual(['1', '2']);
    for (const unit of flatten(segments.units)) {
      expect(unit.start).toBeLessThan(unit.end);
      expect(unit.end).toBeLessThanOrEqual(law.length);
    }
    // The NBSP in the source heading is still inside the article's source range.
    expect(law.slice(articles[0]!.start, articles[0]!.end)).toContain('Статья\u00a01');

    const terms = segments.definitions.map((d) => d.term.text);
    expect(terms).toEqual(expect.arrayContaining(['аким', 'маслихат']));
    for (const definition of segments.definitions) {
      expect(law.slice(definition.term.start, definition.term.end)).toBe(definition.term.text);
    }
    const sentenceTexts = segments.sentences.map((s) => law.slice(s.start, s.end));
    expect(sentenceTexts).toContain('1. Маслихат утверждает бюджет (ст. 6 Закона).');
  });
});
