import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocumentData } from '../../src/documents/index.js';
import { layoutDocument } from '../../src/documents/layout/document-layout.js';
import { checkTemplate, parseTemplate } from '../../src/documents/templates/parse.js';
import { renderTemplate } from '../../src/documents/templates/render.js';
import { decisionShape, minutesShape } from '../../src/documents/templates/shapes.js';
import { sample, templatesDir } from './helpers.js';

const load = (source: string, shape = decisionShape) => {
  const template = parseTemplate(source, 'x.tpl');
  checkTemplate(template, shape);
  return template;
};

describe('template checks on load', () => {
  it('should report an unknown placeholder with file and line', () => {
    expect(() => load('[center] {{title}}\n\n[center] {{titel}}')).toThrow(
      'x.tpl:3: Unknown placeholder {{titel}}',
    );
  });
  it('should report an optional field used outside {{#if}}', () => {
    expect(() => load('{{timeEnd}}', minutesShape)).toThrow(
      'x.tpl:1: {{timeEnd}} may be missing; wrap the line in {{#if timeEnd}}',
    );
    expect(() => load('{{#if timeEnd}}\n{{timeEnd}}\n{{/if}}', minutesShape)).not.toThrow();
  });
  it('should report an unknown style', () => {
    expect(() => load('[centre] {{title}}')).toThrow('x.tpl:1: Unknown style «centre»');
  });
  it('should report unbalanced blocks', () => {
    expect(() => load('{{#if registration}}\n{{title}}')).toThrow(
      'x.tpl:1: {{#if}} is never closed',
    );
    expect(() => load('{{/each}}')).toThrow('x.tpl:1: {{/each}} without an open {{#each}}');
  });
  it('should refuse {{#each}} over a text field', () => {
    expect(() => load('{{#each title as t}}\n{{t}}\n{{/each}}')).toThrow(
      'x.tpl:1: «title» is not a list',
    );
  });
  it('should know item fields inside {{#each}} only', () => {
    expect(() => load('{{#each points as p}}\n{{p.text}}\n{{/each}}')).not.toThrow();
    expect(() => load('{{p.text}}')).toThrow('x.tpl:1: Unknown placeholder {{p.text}}');
  });
  it('should load every shipped template', () => {
    for (const file of readdirSync(templatesDir).filter((name) => name.endsWith('.tpl'))) {
      const kind = file.split('.')[0];
      expect(
        () =>
          load(
            readFileSync(join(templatesDir, file), 'utf8'),
            kind === 'decision' ? decisionShape : minutesShape,
          ),
        file,
      ).not.toThrow();
    }
  });
});

describe('template rendering', () => {
  it('should fill placeholders, conditionals and loops into styled blocks', () => {
    const template = parseTemplate(
      '[center bold keep] {{title}}\n{{#each points as p}}\n{{p.number}} {{p.text}}\n{{/each}}\n{{#if registration}}\nreg\n{{else}}\nnone\n{{/if}}',
      't',
    );
    const blocks = renderTemplate(template, {
      title: 'T',
      points: [
        { number: '1.', text: 'a' },
        { number: '2.', text: 'b' },
      ],
    });
    expect(
      blocks.map((b) =>
        b.type === 'paragraph' ? [b.text, b.align, b.bold, b.keepNext, b.indent] : [],
      ),
    ).toEqual([
      ['T', 'center', true, true, false],
      ['1. a', 'justify', false, false, true],
      ['2. b', 'justify', false, false, true],
      ['none', 'justify', false, false, true],
    ]);
  });
  it('should report a field missing at render time with file and line', () => {
    const template = parseTemplate('\n{{registration.date}}', 'd.tpl');
    expect(() => renderTemplate(template, {})).toThrow(
      'd.tpl:2: field «registration.date» is missing in the data',
    );
  });
  it('should render from a staff-edited templates folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kazlex-tpl-'));
    writeFileSync(
      join(dir, 'decision.ru.tpl'),
      '[center] ИЗМЕНЁННЫЙ БЛАНК {{number}}\n[signature] {{signatoryPost}} | {{signatoryName}}\n',
    );
    const result = validateDocumentData(await sample('decision2023'));
    if (!result.ok) throw new Error('sample invalid');
    const layout = layoutDocument(result.doc, { lang: 'ru', templatesDir: dir });
    expect(layout.blocks[0]).toMatchObject({
      type: 'paragraph',
      text: 'ИЗМЕНЁННЫЙ БЛАНК №\u00a071-VIII',
    });
    expect(layout.blocks[1]).toMatchObject({
      type: 'signature',
      rows: [{ post: 'Председатель маслихата', name: 'А.\u00a0Рамазанов' }],
    });
  });
});

describe('decision layout from the shipped templates', () => {
  it('should put the entry-into-force clause last and the signature after it', async () => {
    const result = validateDocumentData(await sample('decision2022'));
    if (!result.ok) throw new Error('sample invalid');
    const blocks = layoutDocument(result.doc, { lang: 'kk' }).blocks;
    const signature = blocks.findIndex((b) => b.type === 'signature');
    const texts = blocks
      .slice(0, signature)
      .flatMap((b) => (b.type === 'paragraph' && b.text ? [b.text] : []));
    expect(texts.at(-1)).toBe('4. Осы шешім қабылданған күнінен бастап қолданысқа енгізіледі.');
    expect(texts).toContain('Самар ауданының мәслихаты');
    expect(blocks[signature]).toMatchObject({
      rows: [{ post: 'Мәслихат хатшысы', name: 'Г.\u00a0Шаймарданова' }],
    });
    // The last point keeps with the signature, so it never stands alone.
    expect(blocks.slice(0, signature).filter((b) => b.keepNext).length).toBeGreaterThan(0);
    const lastPoint = blocks.findIndex((b) => b.type === 'paragraph' && b.text.startsWith('4. '));
    expect(blocks.slice(lastPoint, signature).every((b) => b.keepNext)).toBe(true);
  });
  it('should generate the appendix header with date and number', async () => {
    const result = validateDocumentData(await sample('decision2023'));
    if (!result.ok) throw new Error('sample invalid');
    const ru = layoutDocument(result.doc, { lang: 'ru' }).blocks.filter(
      (b) => b.type === 'paragraph' && b.pageBreakBefore,
    );
    expect(ru.map((b) => b.type === 'paragraph' && b.text.replaceAll('\u00a0', ' '))).toEqual([
      'Приложение 1 к решению Индерского районного маслихата от 26 декабря 2023 года № 71-VIII',
      'Приложение 2 к решению Индерского районного маслихата от 26 декабря 2023 года № 71-VIII',
    ]);
    const kk = layoutDocument(result.doc, { lang: 'kk' }).blocks.find(
      (b) => b.type === 'paragraph' && b.pageBreakBefore,
    );
    expect(kk?.type === 'paragraph' && kk.align).toBe('right');
    expect(kk?.type === 'paragraph' && kk.text.replaceAll('\u00a0', ' ')).toBe(
      'Индер аудандық мәслихатының 2023 жылғы 26 желтоқсандағы № 71-VIII шешіміне 1-қосымша',
    );
  });
});
