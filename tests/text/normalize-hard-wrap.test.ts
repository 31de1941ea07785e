import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { run } from './normalize-helpers.js';

const steps = [StepId.WHITESPACE, StepId.LINE_END_HYPHEN, StepId.HARD_WRAP];

const russianWrapped = [
  'В статье признается, что в Казахстане еще не создана целостная',
  'система местного самоуправления, хотя исходные позиции четко',
  'обозначены в Конституции. Текущее законодательство не всегда',
  'ясно различает местное государственное управление и местное',
  'Исключительно политическая ответственность правительства и',
  'его членов допустима также и в президентских республиках, так как',
  'в них глава государства возглавляет систему органов исполнитель-',
  'ной власти и несет ответственность за их деятельность перед пар-',
  'ламентом, потому только он может и должен иметь дискреционные',
  'полномочия в отношении правительства.',
].join('\n');

describe('hard-wrap', () => {
  it('should leave Markdown front matter on its own lines in a wrapped document', () => {
    const source = `---\nsource: https://zan.gov.kz/client/#!/doc/1/rus\n---\n\n${russianWrapped}`;
    const result = run(source, steps);
    expect(
      result.text.startsWith('---\nsource: https://zan.gov.kz/client/#!/doc/1/rus\n---\n'),
    ).toBe(true);
    // the text after it is still rebuilt
    expect(result.text).toContain('органов исполнительной власти и несет');
  });

  it('should rebuild a hard-wrapped Russian paragraph into one line', () => {
    const result = run(russianWrapped, steps);
    expect(result.text.split('\n')).toHaveLength(1);
    expect(result.text).toContain('органов исполнительной власти и несет');
    expect(result.repairs.filter((r) => r.ruleId === 'hard-wrap')).toHaveLength(7);
    expect(result.repairs.filter((r) => r.ruleId === 'line-end-hyphen')).toHaveLength(2);
  });

  it('should keep list items, article headings and blank-line paragraph breaks', () => {
    const source = [
      '5-бап. Жергілікті өзін-өзі басқару органдары',
      'мынадай өкілеттіктерді жүзеге асырады және',
      'олар мыналарды қамтиды:',
      '1) жергілікті маңызы бар мәселелерді шешу және',
      'олардың орындалуын бақылау;',
      '2. жергілікті бюджетті бекіту және',
      'оның орындалуы туралы есепті бекіту;',
      '',
      'Статья 6. Полномочия маслихата',
      'маслихат осуществляет полномочия и',
      'утверждает бюджет.',
    ].join('\n');
    const lines = run(source, steps).text.split('\n');
    expect(lines).toEqual([
      '5-бап. Жергілікті өзін-өзі басқару органдары',
      'мынадай өкілеттіктерді жүзеге асырады және олар мыналарды қамтиды:',
      '1) жергілікті маңызы бар мәселелерді шешу және олардың орындалуын бақылау;',
      '2. жергілікті бюджетті бекіту және оның орындалуы туралы есепті бекіту;',
      '',
      'Статья 6. Полномочия маслихата',
      'маслихат осуществляет полномочия и утверждает бюджет.',
    ]);
  });

  it('should leave a document whose lines are paragraphs alone', () => {
    const source = [
      'Жергілікті өзін-өзі басқару жүйесі дамыған.',
      'Азаматтардың қатысуы қамтамасыз етіледі.',
      'Местное самоуправление признается и гарантируется.',
      'Акимы назначаются в порядке, определяемом законом.',
      'Маслихаты избираются населением.',
      'Бюджет утверждается маслихатом.',
    ].join('\n');
    expect(run(source, steps).text).toBe(source);
  });

  it('should keep markdown headings and quotes in a wrapped document', () => {
    const source = `# Заголовок\n${russianWrapped}\n> *Сноска. Пункт исключен*\nдалее текст`;
    const lines = run(source, steps).text.split('\n');
    expect(lines[0]).toBe('# Заголовок');
    expect(lines).toContain('> *Сноска. Пункт исключен*');
  });
});
