import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAkomaNtoso } from '../../src/structure/akn/index.js';
import { parseStructure } from '../../src/structure/units/index.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

/**
 * A small well-formedness check: one XML declaration, balanced and properly
 * nested tags, quoted attributes without duplicates, known entities only, one
 * root element, no text outside it and no characters XML 1.0 forbids.
 * Returns the problem found, or null.
 */
function wellFormedError(xml: string): string | null {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u.test(xml))
    return 'forbidden character';
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/u, '');
  if (body.includes('<?xml')) return 'misplaced declaration';
  const token =
    /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)|(<)/gu;
  const stack: string[] = [];
  let roots = 0;
  for (const match of body.matchAll(token)) {
    const [, closing, name, attributes, selfClosing, text, stray] = match;
    if (stray) return `stray "<" at ${match.index}`;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') return 'text outside the root';
      const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/u.exec(text);
      if (entity) return `bad entity at ${match.index}`;
      continue;
    }
    if (name === undefined) continue;
    if (closing) {
      if (stack.pop() !== name) return `unbalanced </${name}> at ${match.index}`;
      continue;
    }
    const names = [...(attributes ?? '').matchAll(/([\w.:-]+)\s*=/gu)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return `duplicate attribute in <${name}>`;
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/u.test(attributes ?? '')) {
      return `bad entity in <${name}>`;
    }
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? null : `expected one root element, found ${roots}`;
}

function eIds(xml: string): string[] {
  return [...xml.matchAll(/\seId="([^"]*)"/gu)].map((match) => match[1]!);
}

describe('wellFormedError (the checker itself)', () => {
  it('should accept a small document and reject broken ones', () => {
    expect(wellFormedError('<?xml version="1.0"?>\n<a x="1"><b/>t &amp; u</a>')).toBeNull();
    expect(wellFormedError('<a><b></a></b>')).not.toBeNull();
    expect(wellFormedError('<a>x & y</a>')).not.toBeNull();
    expect(wellFormedError('<a x="1" x="2"/>')).not.toBeNull();
    expect(wellFormedError('<a/><b/>')).not.toBeNull();
    expect(wellFormedError('<a>1 < 2</a>')).not.toBeNull();
  });
});

const sample = [
  '# Закон',
  '',
  '> *Сноска. Заголовок изменен.*',
  '',
  'Настоящий Закон регулирует <отношения> & «порядок».',
  '',
  '## Глава 2. Маслихаты',
  '',
  '### Статья 39-3. Сходы "местного" сообщества',
  '',
  '1. Сход проводится по вопросам:',
  '',
  '   1) определение задач;',
  '',
  '   3-1) заслушивание отчетов;',
  '',
  '   > *Сноска. Подпункт 3-1) изменен.*',
  '',
  '2. Собрание проводится ежегодно.',
].join('\n');

describe('toAkomaNtoso', () => {
  const xml = toAkomaNtoso(parseStructure(sample), sample, {
    title: 'О местном <управлении>',
    lang: 'ru',
    date: '2001-01-23',
  });

  it('should write well-formed XML with unique eIds', () => {
    expect(wellFormedError(xml)).toBeNull();
    const ids = eIds(xml);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should write an AKN act with FRBR identification', () => {
    expect(xml).toMatch(
      /<akomaNtoso xmlns="http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0">/u,
    );
    expect(xml).toContain('<act name="act">');
    expect(xml).toContain('<FRBRlanguage language="rus"/>');
    expect(xml).toMatch(/<FRBRWork><FRBRthis value="\/akn\/kz\/act\/2001-01-23\/[^"]+\/!main"\/>/u);
    expect(xml).toContain('<docTitle>О местном &lt;управлении&gt;</docTitle>');
  });

  it('should nest chapter, article, paragraph and subparagraph with num, heading and content', () => {
    expect(xml).toContain(
      '<chapter eId="chp_2"><num>Глава 2</num><heading>Маслихаты</heading><article eId="chp_2__art_39-3"><num>Статья 39-3</num><heading>Сходы "местного" сообщества</heading><paragraph eId="chp_2__art_39-3__para_1"><num>1.</num><intro><p>Сход проводится по вопросам:</p></intro><subparagraph eId="chp_2__art_39-3__para_1__subpara_1"><num>1)</num><content><p>определение задач;</p></content></subparagraph>',
    );
  });

  it('should keep notes apart as authorial notes and escape the preamble text', () => {
    expect(xml).toContain(
      '<authorialNote eId="chp_2__art_39-3__para_1__subpara_3-1__note_1" marker="*" placement="bottom"><p>Сноска. Подпункт 3-1) изменен.</p></authorialNote>',
    );
    expect(xml).toContain(
      '<preamble><p>Настоящий Закон регулирует &lt;отношения&gt; &amp; «порядок».</p></preamble>',
    );
    expect(xml).not.toContain('определение задач;</p><p>Сноска');
  });

  it('should write the Kazakh labels and language for a kk act', () => {
    const kk = '### 5-бап. Тақырып\n\n1. Мәтін.';
    const out = toAkomaNtoso(parseStructure(kk), kk, { title: 'Заң', lang: 'kk' });
    expect(out).toContain('<num>5-бап</num>');
    expect(out).toContain('<FRBRlanguage language="kaz"/>');
    expect(wellFormedError(out)).toBeNull();
  });

  it('should stay well-formed on random input', () => {
    const pieces = [
      'Статья 1. <&>',
      '1. "пункт"',
      '1) \u0001подпункт',
      '> *Сноска. \uD800*',
      '## Глава 1',
      ']]>',
      '&amp;',
      '\n',
      '«',
      '»',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 10 })), {
        maxLength: 30,
      })
      .map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(text, (input) => {
        const out = toAkomaNtoso(parseStructure(input), input, {
          title: input.slice(0, 10),
          lang: 'ru',
        });
        expect(wellFormedError(out)).toBeNull();
        const ids = eIds(out);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasShared)('toAkomaNtoso on the law texts', () => {
  for (const file of [
    'law-148-II.ru.md',
    'law-148-II.kk.md',
    'constitution-2026.kk.md',
    'constitution-1995.ru.md',
  ]) {
    it(`should write well-formed XML with unique eIds for ${file}`, () => {
      const text = readFileSync(`${lawsDir}${file}`, 'utf8');
      const lang = file.includes('.kk.') ? 'kk' : 'ru';
      const xml = toAkomaNtoso(parseStructure(text, { lang }), text, { title: file, lang });
      expect(wellFormedError(xml)).toBeNull();
      const ids = eIds(xml);
      expect(new Set(ids).size).toBe(ids.length);
      expect((xml.match(/<article /gu) ?? []).length).toBeGreaterThan(50);
    });
  }
});
