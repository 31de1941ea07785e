import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx, validateDocumentData } from '../../src/documents/index.js';
import { sample } from './helpers.js';

/** A small XML well-formedness check: balanced, properly nested tags and quoted attributes. */
function assertWellFormed(xml: string, name: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  for (const match of body.matchAll(
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<(?![/A-Za-z_])/g,
  )) {
    if (match[2] === undefined) throw new Error(`${name}: stray «<» at ${match.index}`);
    if (match[1]) {
      const open = stack.pop();
      if (open !== match[2]) throw new Error(`${name}: </${match[2]}> closes <${open}>`);
    } else if (!match[4]) stack.push(match[2]);
  }
  expect(stack, `${name}: unclosed tags`).toEqual([]);
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
}

async function docxParts(name: 'decision2023' | 'session', lang: 'kk' | 'ru') {
  const result = validateDocumentData(await sample(name));
  if (!result.ok) throw new Error('sample invalid');
  const files = unzipSync(await renderDocx(result.doc, { lang }));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

describe('renderDocx', () => {
  it('should unzip to well-formed XML parts', async () => {
    const parts = await docxParts('decision2023', 'kk');
    expect(Object.keys(parts)).toContain('word/document.xml');
    for (const [path, xml] of Object.entries(parts))
      if (path.endsWith('.xml') || path.endsWith('.rels')) assertWellFormed(xml, path);
  });
  it('should set Times New Roman 14 pt on all four font slots', async () => {
    const parts = await docxParts('decision2023', 'kk');
    const doc = parts['word/document.xml']!;
    const fonts = [...doc.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
    expect(fonts.length).toBeGreaterThan(10);
    for (const tag of fonts) {
      for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia'])
        expect(tag).toContain(`w:${slot}="Times New Roman"`);
    }
    expect(parts['word/styles.xml']).toMatch(/<w:sz w:val="28"\/>/);
    expect(doc).toMatch(/<w:sz w:val="28"\/>/);
  });
  it('should use A4 with margins left 30, right 15, top and bottom 20 mm', async () => {
    const doc = (await docxParts('decision2023', 'ru'))['word/document.xml']!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    expect(margin).toContain('w:left="1701"');
    expect(margin).toContain('w:right="850"');
    expect(margin).toContain('w:top="1134"');
    expect(margin).toContain('w:bottom="1134"');
  });
  it('should justify the body with a 1.25 cm first-line indent and literal point numbers', async () => {
    const doc = (await docxParts('decision2023', 'ru'))['word/document.xml']!;
    expect(doc).toMatch(/<w:jc w:val="both"\/>/);
    expect(doc).toMatch(/<w:ind w:firstLine="709"\/>/);
    expect(doc).toContain('>1. Утвердить порядок');
    expect(doc).toContain('>1) для сел');
    expect(doc).not.toContain('<w:numPr>');
  });
  it('should number pages from page 2 only', async () => {
    const parts = await docxParts('decision2023', 'kk');
    expect(parts['word/document.xml']).toContain('<w:titlePg/>');
    const headers = Object.entries(parts).filter(([path]) => /word\/header\d+\.xml$/.test(path));
    expect(headers.filter(([, xml]) => xml.includes('PAGE'))).toHaveLength(1);
    expect(headers.filter(([, xml]) => !xml.includes('PAGE'))).toHaveLength(1);
  });
  it('should give the signature table explicit widths in DXA that add up to the text width', async () => {
    const doc = (await docxParts('session', 'kk'))['word/document.xml']!;
    expect(doc).toMatch(/<w:tblW w:type="dxa" w:w="9355"\/>/);
    const grid = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toEqual([5613, 3742]);
    expect(doc).toContain('<w:tcW w:type="dxa" w:w="5613"/>');
    expect(doc).toContain('<w:tblLayout w:type="fixed"/>');
    expect(doc).toContain('<w:cantSplit/>');
  });
  it('should keep the last point with the signature', async () => {
    const doc = (await docxParts('decision2023', 'kk'))['word/document.xml']!;
    const lastPoint = doc.lastIndexOf('<w:p>', doc.indexOf('5. Осы шешім'));
    const table = doc.indexOf('<w:tbl>');
    expect(doc.slice(lastPoint, table).match(/<w:p>/g)!.length).toBe(3);
    expect(doc.slice(lastPoint, table).match(/<w:keepNext\/>/g)!.length).toBe(3);
  });
  it('should carry the title in the core properties and NBSP in dates', async () => {
    const parts = await docxParts('decision2023', 'ru');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Об утверждении порядка');
    expect(parts['word/document.xml']).toContain(
      'от 26\u00a0декабря\u00a02023\u00a0года №\u00a071-VIII',
    );
  });
});
