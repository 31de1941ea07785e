import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { normalize, repairsToMessages } from '../../src/text/normalize/index.js';

describe('repairsToMessages', () => {
  it('should report each repair as an info message at its source position', () => {
    const source = 'Бірінші жол.\nүйлестiру\u00a0жүйесі етіледі..Қазақстан';
    const file = new VFile({ path: 'doc.txt', value: source });
    const result = normalize(source);
    repairsToMessages(file, result.repairs);
    expect(file.messages).toHaveLength(result.repairs.length);
    const latin = file.messages.find((message) => message.ruleId === 'latin-lookalike');
    expect(latin).toBeDefined();
    expect(latin?.fatal).toBeUndefined();
    expect(latin?.source).toBe('kazlex-normalize');
    expect(latin?.place).toEqual({
      start: { line: 2, column: 7, offset: 19 },
      end: { line: 2, column: 8, offset: 20 },
    });
    expect(latin?.actual).toBe('i');
    expect(latin?.expected).toEqual(['і']);
    expect(file.messages.map((message) => message.ruleId).sort()).toEqual(
      ['glued-sentence', 'latin-lookalike', 'nbsp'].sort(),
    );
  });
});
