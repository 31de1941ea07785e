import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { run } from './normalize-helpers.js';

describe('numero', () => {
  it('should turn `N 148` in a Kazakh citation into `№ 148`', () => {
    const result = run('2001 жылғы 23 қаңтардағы N 148 Заңы', [StepId.NUMERO]);
    expect(result.text).toBe('2001 жылғы 23 қаңтардағы № 148 Заңы');
    expect(result.repairs[0]).toMatchObject({ ruleId: 'numero', actual: 'N', expected: '№' });
  });

  it('should turn `N148` in Russian into `№148`', () => {
    expect(run('Закон РК от 23.01.2001 N148-II', [StepId.NUMERO]).text).toBe(
      'Закон РК от 23.01.2001 №148-II',
    );
  });

  it('should keep N when no number follows, in English, or in a code like N2O', () => {
    for (const source of [
      'Закон N и M',
      'Table N 5 shows',
      'выброс N2O в атмосферу',
      'ISBN 5-7667',
    ]) {
      expect(run(source, [StepId.NUMERO]).text).toBe(source);
    }
  });
});
