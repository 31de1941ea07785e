import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/citations/registry/index.js';
import { resolveActArgument } from '../../src/index-db/index.js';

const registry = loadRegistry();
const law = registry.byId('law-148-ii');

describe('resolveActArgument', () => {
  it('should read a registry id, its IRI, a provision IRI and its number as the same act', () => {
    if (!law) throw new Error('law-148-ii is missing from data/acts');
    const expected = { ids: ['law-148-ii'], iris: [law.iri] };
    expect(resolveActArgument('law-148-ii', { registry })).toEqual(expected);
    expect(resolveActArgument('LAW-148-II', { registry })).toEqual(expected);
    expect(resolveActArgument('148-II', { registry })).toEqual(expected);
    expect(resolveActArgument('№ 148-ІІ', { registry })).toEqual(expected);
    expect(resolveActArgument(law.iri, { registry }).ids).toContain('law-148-ii');
    expect(resolveActArgument(`${law.iri}/~art_39-3`, { registry }).iris).toEqual([law.iri]);
  });

  it('should keep an argument the registry does not know, such as a document IRI', () => {
    const own = '/akn/kz/doc/ulgi-erezhe-md-3ea1983f';
    expect(resolveActArgument(own, { registry })).toEqual({ ids: [own], iris: [own] });
    expect(resolveActArgument('no-such-act', { registry })).toEqual({
      ids: ['no-such-act'],
      iris: ['no-such-act'],
    });
  });
});
