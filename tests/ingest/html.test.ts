import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html.js';
import { extractText } from '../../src/ingest/index.js';

describe('htmlToText', () => {
  it('turns block elements into paragraph breaks and <br> into a line break', () => {
    const html = '<h1>1-бап</h1><p>Бірінші\n   абзац<br>жалғасы</p><div>Екінші</div>';
    expect(htmlToText(html)).toBe('1-бап\n\nБірінші абзац\nжалғасы\n\nЕкінші');
  });

  it('drops scripts, styles, comments, the title and the doctype', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Әділет</title><style>p{color:red}</style>' +
      '<script>var a = "<p>no</p>";</script></head><body><!-- <p>hidden</p> -->' +
      '<p>Мәтін</p></body></html>';
    expect(htmlToText(html)).toBe('Мәтін');
  });

  it('decodes named and numeric character references', () => {
    expect(
      htmlToText('<p>&laquo;Заң&raquo; &numero;&nbsp;5 &#1179;&#x493; &amp; &lt;b&gt;</p>'),
    ).toBe('«Заң» №\u00a05 қғ & <b>');
  });

  it('keeps inline markup inside words without adding spaces', () => {
    expect(htmlToText('<p><b>Қазақ</b>стан <a href="x>y">Республикасы</a></p>')).toBe(
      'Қазақстан Республикасы',
    );
  });

  it('keeps table cells and list items apart', () => {
    expect(
      htmlToText(
        '<table><tr><td>Ғылым</td><td>Наука</td></tr></table><ul><li>a</li><li>b</li></ul>',
      ),
    ).toBe('Ғылым\n\nНаука\n\na\n\nb');
  });

  it('keeps whitespace inside <pre>', () => {
    expect(htmlToText('<p>x</p><pre>a  b\n  c</pre>')).toBe('x\n\na  b\n  c');
  });

  it('tolerates broken markup: stray <, unclosed tags and an unclosed script', () => {
    expect(htmlToText('<p>5 < 6 and <b>bold')).toBe('5 < 6 and bold');
    expect(htmlToText('<p>text</p><script>never closed')).toBe('text\n\nnever closed');
  });

  it('extracts HTML bytes in a legacy encoding and reports it', async () => {
    const cp1251 = Uint8Array.from('<p>Правила</p>', (char) => {
      const code = char.charCodeAt(0);
      return code < 0x80 ? code : code - 0x410 + 0xc0;
    });
    expect(await extractText(cp1251, 'html')).toEqual({
      text: 'Правила',
      encoding: 'windows-1251',
    });
  });
});
