import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { run, sourceOf } from './normalize-helpers.js';

const steps = [StepId.LINE_END_HYPHEN];

describe('line-end-hyphen', () => {
  it('should join a Russian word split at a line end and map it to both halves', () => {
    const result = run('не имеет права распустить пра-\nвительство, а члены', steps);
    expect(result.text).toBe('не имеет права распустить правительство, а члены');
    expect(sourceOf(result, 'правительство')).toBe('пра-\nвительство');
    expect(result.repairs[0]).toMatchObject({
      ruleId: 'line-end-hyphen',
      actual: '-\n',
      expected: '',
    });
  });

  it('should join when the whole word occurs elsewhere in the document', () => {
    const result = run('ст. 85 Конститу-\nции РК. Это положение Конституции', steps);
    expect(result.text).toBe('ст. 85 Конституции РК. Это положение Конституции');
    expect(result.repairs[0]?.reason).toContain('occurs once');
  });

  it('should keep the hyphen of a compound that occurs hyphenated elsewhere', () => {
    const result = run(
      'финансового и материально-\nтехнического обеспечения; материально-технического',
      steps,
    );
    expect(result.text).toContain('финансового и материально-технического обеспечения');
    expect(result.repairs[0]).toMatchObject({ actual: '\n', expected: '' });
  });

  it('should keep the hyphen of Kazakh compounds from the lexicon', () => {
    expect(run('жергілікті өзін-\nөзі басқару', steps).text).toBe('жергілікті өзін-өзі басқару');
    expect(run('сондай-\nақ олардың', steps).text).toBe('сондай-ақ олардың');
  });

  it('should join a Kazakh word split at a line end', () => {
    expect(run('мемлекет-\nтік басқару', steps).text).toBe('мемлекеттік басқару');
  });

  it('should let evidence win over the lexicon', () => {
    // `өзінөзі` written solid elsewhere: the document spells it that way.
    expect(run('өзін-\nөзі және өзінөзі және өзінөзі', steps).text).toBe(
      'өзінөзі және өзінөзі және өзінөзі',
    );
  });

  it('should leave numbers, dashes and capitals after a lower-case word alone', () => {
    for (const source of ['2-\nбап', 'органдары -\nбасқару', 'мемлекет-\nКазахстан']) {
      expect(run(source, steps).text).toBe(source);
    }
  });

  it('should always join at a soft hyphen', () => {
    expect(run('материально\u00ad\nтехнический', steps).text).toBe('материальнотехнический');
  });

  it('should join across a blank line only in hard-wrapped documents and before lower case', () => {
    const wrapped = Array.from(
      { length: 8 },
      (_, i) => `жол ${i} мәтіні жалғасады және\n\nсоңы`,
    ).join('\n\n');
    const source = `${wrapped}\n\nбасқару-\n\nдың мәні`;
    expect(run(source, steps).text).toContain('басқарудың мәні');
    expect(run('Тақырып\n\nбасқару-\n\nдың мәні', steps).text).toBe(
      'Тақырып\n\nбасқару-\n\nдың мәні',
    );
    const single = Array.from({ length: 8 }, (_, i) => `жол ${i} мәтіні жалғасады және`).join('\n');
    expect(run(`${single}\nразно-\n\nгласий бар`, steps).text).toContain('разногласий бар');
    expect(run(`${single}\nразно-\n\nГласий бар`, steps).text).toContain('разно-\n\nГласий');
  });
});
