import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { run } from './normalize-helpers.js';

const steps = [StepId.LATIN_LOOKALIKE];

describe('latin-lookalike', () => {
  it('should replace a Latin i inside a Kazakh word with і', () => {
    const result = run('салааралық үйлестiрудi жүзеге асыратын', steps);
    expect(result.text).toBe('салааралық үйлестіруді жүзеге асыратын');
    expect(result.repairs).toHaveLength(2);
    expect(result.repairs[0]).toMatchObject({
      ruleId: 'latin-lookalike',
      actual: 'i',
      expected: 'і',
    });
    expect(result.repairs[0]?.reason).toContain('Kazakh');
  });

  it('should replace a Latin schwa with the Kazakh ә', () => {
    expect(run('Негізгі мəселе', steps).text).toBe('Негізгі мәселе');
  });

  it('should replace Latin look-alikes in a Russian word', () => {
    expect(run('Cоюз и прaво', steps).text).toBe('Союз и право');
  });

  it('should keep Latin words, Latin words with a Kazakh ending and Roman numerals', () => {
    for (const source of ['html файл', 'iPhone-ға', 'Windowsтың', 'XXІ ғасыр', 'e-mail адресі']) {
      expect(run(source, steps).text).toBe(source);
    }
  });

  it('should choose ү for y when only that spelling occurs in the document', () => {
    expect(run('үкімет және yкімет', steps).text).toBe('үкімет және үкімет');
    expect(run('yказ', steps).text).toBe('указ');
  });
});
