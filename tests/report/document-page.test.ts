import { describe, expect, it } from 'vitest';
import { indexDocuments } from '../../src/report/corpus-index.js';
import { buildDocumentPage } from '../../src/report/document-page.js';
import { CONSTITUTION, LAW, makeRecord } from './fixtures.js';
import { sourceBlock, textsOfClass, unbalancedTags, unescapeHtml } from './markup-check.js';

const decisionSource = [
  'Шешім <script>alert(1)</script> & «тест»',
  'Қазақстан Республикасы Конституциясының 89-бабына сәйкес,',
  '«Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы» Заңның 6-бабына сәйкес',
  'және Заңда көзделген.',
].join('\n');

const decision = makeRecord({
  id: 'sheshim-1',
  path: 'corpus/kk/sheshim.txt',
  lang: 'kk',
  source: decisionSource,
  documentDate: '2024-03-15',
  citations: [
    {
      text: 'Қазақстан Республикасы Конституциясының 89-бабына',
      target: `${CONSTITUTION}/~art_89`,
      actId: 'constitution-1995',
      actType: 'constitution',
      pins: [{ article: '89' }],
    },
    { text: 'Заңның 6-бабына', target: `${LAW}/~art_6`, pins: [{ article: '6' }] },
    { text: 'Заңда', target: null, actId: null, kind: 'short' },
  ],
  messages: [{ start: 0, end: 5, line: 1, column: 1, ruleId: 'test-rule', reason: 'Replaced <x>' }],
});

const lawSource = 'Закон\nСтатья 6. Полномочия\n1. Маслихат утверждает.';
const lawDocument = makeRecord({
  id: 'law-text',
  path: 'corpus/ru/law.md',
  source: lawSource,
  units: [{ eId: 'chp_1__art_6', at: 'Статья 6.' }],
  citations: [{ text: 'Статья 6', target: `${LAW}/~art_6`, kind: 'self' }],
});

describe('buildDocumentPage', () => {
  const index = indexDocuments([decision, lawDocument]);

  it('should highlight each citation over exactly its source text', () => {
    const html = buildDocumentPage({ record: decision, source: decisionSource, index });
    expect(textsOfClass(sourceBlock(html), 'citation')).toEqual([
      'Қазақстан Республикасы Конституциясының 89-бабына',
      'Заңның 6-бабына',
      'Заңда',
    ]);
    expect(textsOfClass(sourceBlock(html), 'resolved')).toHaveLength(2);
    expect(textsOfClass(sourceBlock(html), 'unresolved')).toEqual(['Заңда']);
  });

  it('should escape the source text and message reasons', () => {
    const html = buildDocumentPage({ record: decision, source: decisionSource, index });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; «тест»');
    expect(html).toContain('Replaced &lt;x&gt;');
    expect(unbalancedTags(html, { html: true })).toEqual([]);
  });

  it('should link a citation of a corpus act to that document, at the short eId anchor', () => {
    const html = buildDocumentPage({ record: decision, source: decisionSource, index });
    expect(html).toContain('href="../docs/law-text.html#art_6"');
    const lawPage = buildDocumentPage({ record: lawDocument, source: lawSource, index });
    expect(lawPage).toContain('id="art_6"');
    expect(lawPage).toContain('id="chp_1__art_6"');
  });

  it('should link a citation of an act outside the corpus to its section on the acts page', () => {
    const html = buildDocumentPage({ record: decision, source: decisionSource, index });
    expect(html).toContain('href="../acts.html#act-akn-kz-act-1995-08-30-constitution"');
    // The target IRI is shown next to the citation.
    expect(html).toContain(`${CONSTITUTION}/~art_89`);
  });

  it('should mark defined terms and definitions', () => {
    const source = '«Маслихат» – представительный орган области.';
    const record = makeRecord({
      id: 'def',
      path: 'def.txt',
      source,
      definitions: [{ term: 'Маслихат', definition: 'представительный орган области' }],
    });
    const html = buildDocumentPage({ record, source, index: indexDocuments([record]) });
    expect(textsOfClass(sourceBlock(html), 'term')).toEqual(['Маслихат']);
    expect(textsOfClass(sourceBlock(html), 'definition')).toEqual([
      'представительный орган области',
    ]);
  });

  it('should fall back to the normalized text with a note when the source is missing', () => {
    const html = buildDocumentPage({
      record: decision,
      source: null,
      sourceNote: 'The source file cannot be read: gone.',
      index,
    });
    expect(textsOfClass(sourceBlock(html), 'citation')).toEqual([]);
    expect(html).toContain('The source file cannot be read: gone.');
    expect(unescapeHtml(html)).toContain(decision.text);
  });

  it('should fall back when the source no longer matches the citation offsets', () => {
    const edited = `XX${decisionSource}`;
    const html = buildDocumentPage({ record: decision, source: edited, index });
    expect(textsOfClass(sourceBlock(html), 'citation')).toEqual([]);
    expect(html).toContain('no longer matches this run');
  });
});
