import type { Root, Sentence, Word } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { retext } from 'retext';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseNlcst, retextKazlex } from '../../src/structure/nlcst/index.js';

const words = (tree: Root) => {
  const found: string[] = [];
  visit(tree, 'WordNode', (node: Word) => {
    found.push(nlcstToString(node));
  });
  return found;
};

const sentences = (tree: Root) => {
  const found: string[] = [];
  visit(tree, 'SentenceNode', (node: Sentence) => {
    found.push(nlcstToString(node));
  });
  return found;
};

describe('parseNlcst', () => {
  it('should build Root → Paragraph → Sentence → Word with Kazakh letters intact', () => {
    const tree = parseNlcst('Әкім өзін-өзі басқаруды қамтамасыз етеді.', { lang: 'kk' });
    const paragraph = tree.children[0];
    expect(paragraph?.type).toBe('ParagraphNode');
    const sentence = paragraph?.type === 'ParagraphNode' ? paragraph.children[0] : undefined;
    expect(sentence?.type).toBe('SentenceNode');
    expect(words(tree)).toEqual(['Әкім', 'өзін-өзі', 'басқаруды', 'қамтамасыз', 'етеді']);
  });

  it('should keep hyphenated numbers and words whole: "39-3-бап", "3-1)"', () => {
    const tree = parseNlcst('39-3-бап. 3-1) тармақша алып тасталды.', { lang: 'kk' });
    expect(words(tree)).toEqual(['39-3-бап', '3-1', 'тармақша', 'алып', 'тасталды']);
    const types: string[] = [];
    visit(tree, (node) => {
      types.push(node.type);
    });
    expect(types.filter((type) => type === 'PunctuationNode').length).toBeGreaterThanOrEqual(4);
  });

  it('should keep the dot of a known abbreviation or initials in the word, not at sentence end', () => {
    const tree = parseNlcst('Н.Ә. Назарбаев т.б. жатады. Заң 2001 ж.', { lang: 'kk' });
    expect(words(tree)).toEqual(['Н.Ә.', 'Назарбаев', 'т.б.', 'жатады', 'Заң', '2001', 'ж']);
    expect(sentences(tree)).toEqual(['Н.Ә. Назарбаев т.б. жатады.', 'Заң 2001 ж.']);
  });

  it('should use the kazlex sentence splitter ("ст. 23", "в г. Астане")', () => {
    const tree = parseNlcst('Согласно ст. 23 в г. Астане создан акимат. Он работает.', {
      lang: 'ru',
    });
    expect(sentences(tree)).toEqual(['Согласно ст. 23 в г. Астане создан акимат.', 'Он работает.']);
  });

  it('should make "№", "+" and "=" symbols', () => {
    const tree = parseNlcst('Заң № 148: 2 + 2 = 4.');
    const symbols: string[] = [];
    visit(tree, 'SymbolNode', (node) => {
      symbols.push(node.value);
    });
    expect(symbols).toEqual(['№', '+', '=']);
  });

  it('should give line and column positions across paragraphs and CRLF', () => {
    const text = 'Бірінші.\r\n\nЕкінші сөйлем.';
    const tree = parseNlcst(text);
    expect(tree.children.map((node) => node.type)).toEqual([
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode',
    ]);
    const second = tree.children[2];
    expect(second?.position?.start).toEqual({ line: 3, column: 1, offset: 11 });
    expect(second?.position?.end).toEqual({ line: 3, column: 15, offset: 25 });
    expect(nlcstToString(tree)).toBe(text);
  });
});

describe('retextKazlex', () => {
  it('should let a retext plugin visit words and round-trip through retext-stringify', async () => {
    const seen: string[] = [];
    function retextCollectWords() {
      return (tree: Root, file: VFile) => {
        visit(tree, 'WordNode', (node: Word) => {
          seen.push(nlcstToString(node));
          if (nlcstToString(node) === 'т.б.') {
            file.message('Expected `тағы басқа`, not `т.б.`', {
              place: node.position,
              ruleId: 'no-abbreviation',
              source: 'test',
            });
          }
        });
      };
    }
    const text = 'Оларға мектептер т.б. жатады. Тізбені әкімдік бекітеді.';
    const file = await retext()
      .use(retextKazlex, { lang: 'kk' })
      .use(retextCollectWords)
      .process(text);
    expect(String(file)).toBe(text);
    expect(seen).toContain('т.б.');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]?.place).toEqual({
      start: { line: 1, column: 18, offset: 17 },
      end: { line: 1, column: 22, offset: 21 },
    });
  });

  it('should work as the only parser in a bare unified processor, reading lang from file.data', () => {
    const processor = unified().use(retextKazlex);
    const file = new VFile({ value: 'Закон принят в 2001 г. Он действует.', data: { lang: 'ru' } });
    const tree = processor.parse(file);
    expect(sentences(tree)).toEqual(['Закон принят в 2001 г.', 'Он действует.']);
    const kazakh = processor.parse(
      new VFile({ value: 'Закон принят в 2001 г. Он действует.', data: { lang: 'kk' } }),
    );
    // Kazakh is verb-final, so the same words stay one sentence there.
    expect(sentences(kazakh)).toHaveLength(1);
  });
});
