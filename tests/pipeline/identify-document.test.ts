import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/citations/registry/index.js';
import {
  type CiteInput,
  citeDocument,
  identifyDocument,
} from '../../src/pipeline/cite-document.js';
import { OffsetMap } from '../../src/text/offset-map.js';

const registry = loadRegistry();

function input(text: string, lang: 'kk' | 'ru'): CiteInput {
  return {
    file: 'constitution.md',
    docId: 'doc',
    source: text,
    text,
    map: new OffsetMap(),
    lang,
    units: [],
    registry,
    documentDate: null,
  };
}

const RU_2026 =
  '---\nsource: https://example.org/doc\n---\n\n# КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН\n\n' +
  '> *Сноска. Вступает в силу с 01.07.2026 в соответствии с пунктом 1 статьи 94 настоящей Конституции.*\n\n' +
  'Конституционный Суд дает заключения в случаях, установленных пунктом 1 статьи 50 Конституции.\n\n' +
  'Судьи, назначенные в соответствии с Конституцией Республики Казахстан от 30 августа 1995 года, сохраняют свои полномочия.\n';

const KK_2026 =
  '# ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КОНСТИТУЦИЯСЫ\n\n' +
  '> *Ескерту. 01.07.2026 бастап күшіне енеді – осы Конституцияның 94-бабының 1-тармағымен.*\n\n' +
  'Конституцияның 50-бабының 1-тармағында белгіленген жағдайларда.\n';

describe('a Constitution told from the other by its in-force note', () => {
  it('should identify the 2026 text, after its front matter, in Russian and in Kazakh', () => {
    expect(identifyDocument(input(RU_2026, 'ru'))).toBe('constitution-2026');
    expect(identifyDocument(input(KK_2026, 'kk'))).toBe('constitution-2026');
  });

  it('should leave a title two acts share unidentified without a note', () => {
    const text =
      '# Конституция Республики Казахстан\n\nМы, народ Казахстана, принимаем настоящую Конституцию.\n';
    expect(identifyDocument(input(text, 'ru'))).toBeNull();
  });

  it('should read `Конституции` inside the 2026 text as itself, unless a citation names 1995', () => {
    const found = citeDocument(input(RU_2026, 'ru'));
    const art50 = found.find((c) => c.text === 'пунктом 1 статьи 50 Конституции');
    const of1995 = found.find((c) => c.text.includes('30 августа 1995 года'));
    const self = found.find((c) => c.text.includes('настоящей Конституции'));
    expect(art50?.target).toBe('/akn/kz/act/2026-03-15/constitution/~art_50__para_1');
    expect(self?.target).toBe('/akn/kz/act/2026-03-15/constitution/~art_94__para_1');
    expect(of1995?.target).toBe('/akn/kz/act/1995-08-30/constitution');
  });
});
