import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/index.js';
import { loadRegistry } from '../../src/citations/registry/index.js';
import type { CitationContext } from '../../src/citations/types.js';

const registry = loadRegistry();
const withRegistry: CitationContext = { lang: 'kk', registry };
const law148 = '/akn/kz/act/2001-01-23/148-ii';

function only(text: string, context: CitationContext = withRegistry) {
  const found = findCitations(text, context);
  expect(found).toHaveLength(1);
  const [citation] = found;
  expect(text.slice(citation!.start, citation!.end)).toBe(citation!.text);
  return citation!;
}

describe('Kazakh titles without quotes', () => {
  it('should read the current title of Law 148-II with its requisites between', () => {
    const text =
      'Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы ' +
      'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы Заңының 6-бабына сәйкес';
    const c = only(text);
    expect(c.text.startsWith('Қазақстан Республикасындағы жергілікті')).toBe(true);
    expect(c.text.endsWith('6-бабына')).toBe(true);
    expect(c.kind).toBe('full');
    expect(c.target).toBe(`${law148}/~art_6`);
  });

  it('should read the title the law had before 2009, and leave out a quote that is never closed', () => {
    const c = only(
      'жоғарыда сөз етілген “Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы заңның 1-бабының 8-тармақшасында',
    );
    expect(c.text).toBe(
      'Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы заңның 1-бабының 8-тармақшасында',
    );
    expect(c.target).toBe(`${law148}/~art_1__subpara_8`);
  });

  it('should keep a quote pair that sits inside the title', () => {
    const c = only('“Қазақстан Республикасының әкімшілік-аумақтық құрылысы” туралы Заң 1993 жылы');
    expect(c.text).toBe('“Қазақстан Республикасының әкімшілік-аумақтық құрылысы” туралы Заң');
    expect(c.act?.id).toBe('law-1993-12-08-administrative-territorial-structure');
  });

  it('should read a title with no name of the state before it', () => {
    const c = only('жергілікті мемлекеттік басқару және өзін-өзі басқару туралы Заңның 39-3-бабы');
    expect(c.text.startsWith('жергілікті')).toBe(true);
    expect(c.target).toBe(`${law148}/~art_39-3`);
  });

  it('should leave a phrase the registry does not know as a bare mention', () => {
    const c = only('Екіншіден, жергілікті өзін-өзі басқару туралы заңның 5-бабы');
    expect(c.text).toBe('заңның 5-бабы');
    expect(c.act?.id ?? null).toBeNull();
    expect(c.target).toBeNull();
  });

  it('should not read a title before a plural keyword: laws on a subject name no act', () => {
    const c = only('Қазақстан Республикасының сайлау туралы заңдарымен');
    expect(c.kind).toBe('generic');
    expect(c.act?.title ?? null).toBeNull();
  });

  it('should stop at the end of a clause', () => {
    // The title's words stand before a full stop, so they belong to another sentence.
    const c = only(
      'Қазақстан Республикасындағы жергілікті мемлекеттік басқару. туралы Заңның 6-бабы',
    );
    expect(c.act?.id ?? null).toBeNull();
  });

  it('should read no title without a registry', () => {
    const c = only(
      'Қазақстан Республикасындағы жергілікті мемлекеттік басқару туралы заңның 1-бабының 8-тармақшасында',
      { lang: 'kk' },
    );
    expect(c.text).toBe('заңның 1-бабының 8-тармақшасында');
  });
});
