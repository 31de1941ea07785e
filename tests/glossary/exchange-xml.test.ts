import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KazlexError } from '../../src/errors.js';
import { readXml } from '../../src/glossary/exchange/index.js';
import { el, textOf, writeXml } from '../../src/glossary/exchange/xml.js';

describe('readXml', () => {
  it('should read elements, attributes, entities, character references and CDATA', () => {
    const root = readXml(
      '\uFEFF<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "x.dtd" [ <!ENTITY e "no"> ]>\n' +
        '<!-- c --><a x=\'1\' y="&lt;&#1241;&#x4D9;&quot;"><b>мәслихат &amp; әкім</b><![CDATA[<raw>]]><c/></a>',
    );
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ x: '1', y: '<әә"' });
    expect(textOf(root)).toBe('мәслихат & әкім<raw>');
    expect(
      root.children.filter((c) => typeof c !== 'string').map((c) => (c as { name: string }).name),
    ).toEqual(['b', 'c']);
  });

  it('should normalise literal whitespace in attributes but keep character references', () => {
    expect(readXml('<a v="x\ty&#10;z"/>').attributes['v']).toBe('x y\nz');
  });

  it.each([
    ['<a><b></a>', /expected <\/b>/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a></a><b/>', /after the root/],
    ['<a x=1/>', /quoted/],
    ['<a>', /unclosed/],
    ['<a>&#0;</a>', /bad character reference/],
  ])('should reject %s', (xml, reason) => {
    expect(() => readXml(xml)).toThrow(KazlexError);
    expect(() => readXml(xml)).toThrow(reason);
  });

  it('should give the line and column of an error', () => {
    expect(() => readXml('<a>\n  <b>\n</a>')).toThrow(/XML 3:1: expected <\/b>/);
  });
});

describe('writeXml', () => {
  it('should round-trip any XML-safe text and attribute value', () => {
    const xmlChar = fc.oneof(
      fc.constantFrom(...'әғқңөұүһіӘҒҚҢӨҰҮҺІ<>&"\'\t\n\r ]]>'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    );
    const text = fc.array(xmlChar, { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (body, attribute) => {
        const xml = writeXml(el('root', { v: attribute }, [el('t', {}, [body])]));
        const back = readXml(xml);
        expect(back.attributes['v']).toBe(attribute);
        const t = back.children.find((c) => typeof c !== 'string');
        expect(t === undefined ? undefined : textOf(t)).toBe(body);
      }),
    );
  });

  it('should refuse characters XML 1.0 cannot carry', () => {
    expect(() => writeXml(el('a', {}, ['\u0001']))).toThrow(/cannot be written/);
    expect(() => writeXml(el('a', {}, ['\uD800']))).toThrow(/cannot be written/);
  });
});
