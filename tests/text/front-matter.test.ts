import { describe, expect, it } from 'vitest';
import { frontMatterEnd } from '../../src/text/front-matter.js';

describe('frontMatterEnd', () => {
  it('should end after the closing line, its line break included', () => {
    const text = '---\nsource: https://example.org\ntitle: x\n---\n\n# Title\n';
    expect(text.slice(frontMatterEnd(text))).toBe('\n# Title\n');
  });

  it('should read Windows line breaks and a closing line at the very end', () => {
    expect(frontMatterEnd('---\r\nsource: x\r\n---\r\nText')).toBe(
      '---\r\nsource: x\r\n---\r\n'.length,
    );
    expect(frontMatterEnd('---\nsource: x\n---')).toBe('---\nsource: x\n---'.length);
  });

  it('should find none where a rule, not metadata, opens the text', () => {
    expect(frontMatterEnd('# Title\n---\nsource: x\n---\n')).toBe(0);
    expect(frontMatterEnd('---\nЖай мәтін, кілт емес\n---\n')).toBe(0);
    expect(frontMatterEnd('---\n---\n')).toBe(0);
    expect(frontMatterEnd('--- source: x ---\n')).toBe(0);
    expect(frontMatterEnd('---\nsource: x\nnever closed\n')).toBe(0);
  });
});
