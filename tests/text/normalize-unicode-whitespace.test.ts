import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { ruleIds, run, sourceOf } from './normalize-helpers.js';

const steps = [StepId.UNICODE, StepId.WHITESPACE];

describe('unicode-nfc', () => {
  it('should compose a decomposed й in Russian and map it back to both code points', () => {
    const result = run('Закон и\u0306ывы', steps);
    expect(result.text).toBe('Закон йывы');
    expect(result.repairs).toHaveLength(1);
    expect(result.repairs[0]).toMatchObject({
      ruleId: 'unicode-nfc',
      actual: 'и\u0306',
      expected: 'й',
    });
    expect(sourceOf(result, 'йывы')).toBe('и\u0306ывы');
  });

  it('should leave composed Kazakh text alone', () => {
    const result = run('Қазақстан Республикасының Үкіметі', steps);
    expect(result.text).toBe('Қазақстан Республикасының Үкіметі');
    expect(result.repairs).toEqual([]);
  });
});

describe('whitespace', () => {
  it('should replace a no-break space in a Kazakh date with a space', () => {
    const result = run('1995\u00a0жылғы Конституция', steps);
    expect(result.text).toBe('1995 жылғы Конституция');
    expect(ruleIds(result)).toEqual(['nbsp']);
  });

  it('should collapse runs of spaces and tabs in Russian text', () => {
    const result = run('Статья  5.\tПрава   граждан', steps);
    expect(result.text).toBe('Статья 5. Права граждан');
    expect(ruleIds(result)).toEqual(['space-run', 'space-run', 'space-run']);
  });

  it('should trim lines, unify CRLF and collapse blank lines', () => {
    const result = run('  Бірінші жол  \r\n\r\n\r\n\r\nЕкінші жол\r\n', steps);
    expect(result.text).toBe('Бірінші жол\n\nЕкінші жол\n');
    expect(ruleIds(result)).toContain('line-break');
    expect(result.paragraphs.map((p) => result.text.slice(p.start, p.end))).toEqual([
      'Бірінші жол',
      'Екінші жол',
    ]);
  });

  it('should remove invisible characters but keep a soft hyphen at a line end', () => {
    const result = run('\ufeffзаң\u200bнама пра\u00ad\nвительство', steps);
    expect(result.text).toBe('заңнама пра\u00ad\nвительство');
    expect(ruleIds(result)).toEqual(['invisible-char', 'invisible-char']);
  });

  it('should not touch single spaces and newlines', () => {
    const source = 'Заң күшіне енеді.\nЗакон вступает в силу.';
    expect(run(source, steps).repairs).toEqual([]);
  });
});
