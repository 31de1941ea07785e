import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { run } from './normalize-helpers.js';

const steps = [StepId.GLUED_SENTENCE];
const exceptions = JSON.parse(
  readFileSync(
    new URL('../../data/lexicons/glued-sentence-exceptions.json', import.meta.url),
    'utf8',
  ),
) as { examples: string[] };

describe('glued-sentence', () => {
  it('should separate Kazakh sentences glued by `..`', () => {
    const result = run('қамтамасыз етіледі..Қазақстан Республикасы', steps);
    expect(result.text).toBe('қамтамасыз етіледі. Қазақстан Республикасы');
    expect(result.repairs[0]).toMatchObject({
      ruleId: 'glued-sentence',
      actual: '..',
      expected: '. ',
    });
  });

  it('should separate sentences glued by `.` in Kazakh and Russian', () => {
    expect(run('деп бекітілген.Осыған орай', steps).text).toBe('деп бекітілген. Осыған орай');
    expect(run('были отклонены.Оба проекта', steps).text).toBe('были отклонены. Оба проекта');
  });

  it('should separate `..` after a closing bracket or quote', () => {
    expect(run('таңдаушылар [2]..«Бұл сайлауда', steps).text).toBe(
      'таңдаушылар [2]. «Бұл сайлауда',
    );
  });

  it('should keep abbreviations, initials, numbers, decimals and addresses', () => {
    for (const source of [
      'ст.23 Закона',
      'т.б. Қазақстан',
      '89-б.1-т. бойынша',
      'Н.Ә.Назарбаев айтты',
      'e.g. Smith',
      '3.5 пайыз',
      'www.adilet.zan.kz сайты',
      'сайт zakon.Kz',
      'и т.д.Далее',
    ]) {
      expect(run(source, steps).text).toBe(source);
    }
  });

  it.each(exceptions.examples)('should keep the abbreviation in %j', (example) => {
    expect(run(example, steps).text).toBe(example);
  });
});
