import { describe, expect, it } from 'vitest';
import { StepId } from '../../src/text/normalize/index.js';
import { ruleIds, run } from './normalize-helpers.js';

const steps = [StepId.WHITESPACE, StepId.PAGE_FURNITURE];

/** A page of ~600 characters of Russian prose that breaks mid-sentence. */
function page(n: number): string {
  const line = 'местное самоуправление осуществляется населением непосредственно и через органы';
  return Array.from({ length: 8 }, (_, i) => `${line} ${n}-${i},`).join('\n');
}

describe('page-number and running-head', () => {
  it('should remove a sequence of bare page numbers a page apart', () => {
    const source = [page(1), '', '12', '', page(2), '', '13', '', page(3)].join('\n');
    const result = run(source, steps);
    expect(ruleIds(result)).toEqual(['page-number', 'page-number']);
    expect(result.text).not.toMatch(/^1[23]$/m);
    expect(result.text).not.toMatch(/\n\n\n/);
  });

  it('should keep a lone number and numbers too close together (a table or a list)', () => {
    const lone = [page(1), '', '2001', '', page(2)].join('\n');
    expect(run(lone, steps).repairs).toEqual([]);
    const table = ['Саны', '1', '2', '3', 'Барлығы'].join('\n');
    expect(run(table, steps).repairs).toEqual([]);
  });

  it('should remove a page number at a form feed', () => {
    const result = run(`${page(1)}\n7\n\f${page(2)}`, steps);
    expect(ruleIds(result)).toContain('page-number');
    expect(result.text).not.toContain('\f');
  });

  it('should remove a running head repeated at page breaks, its page number included', () => {
    const head = 'ВЕСТНИК КазНУ. Серия юридическая № 4 (2017)';
    const source = [1, 2, 3, 4].map((n) => `${page(n)}\n${head}\n${n + 10}`).join('\n');
    const result = run(source, steps);
    expect(result.text).not.toContain('ВЕСТНИК');
    expect(ruleIds(result).filter((id) => id === 'running-head')).toHaveLength(4);
  });

  it('should remove a running head that carries its own page number, whatever its digit count', () => {
    // 8, 9, 10, 11: the head's key reads digits as one `#`, so one- and two-digit pages group.
    const source = [8, 9, 10, 11]
      .map((n) => `${page(n)}\n\fҚазНУ Хабаршысы. Заң сериясы. 2017. ${n}-бет`)
      .join('\n');
    const result = run(source, steps);
    expect(result.text).not.toContain('Хабаршысы');
    expect(ruleIds(result).filter((id) => id === 'running-head')).toHaveLength(4);
    // Without form feeds: five heads at a steady page length, the number last.
    const unmarked = [8, 9, 10, 11, 12]
      .map((n) => `${page(n)}\nҚазНУ Хабаршысы. Заң сериясы. 2017. ${n}\n${page(n + 20)}`)
      .join('\n');
    expect(run(unmarked, steps).text).not.toContain('Хабаршысы');
  });

  it('should remove an unnumbered running head only when it recurs often at a steady page length', () => {
    const head = 'Вестник Евразийского университета';
    const pages = (count: number) =>
      Array.from({ length: count }, (_, n) => `${page(n)}\n${head}\n${page(n + 20)}`).join('\n');
    expect(run(pages(5), steps).text).not.toContain(head);
    expect(run(pages(3), steps).text).toContain(head);
  });

  it('should keep a capitalised line that recurs inside wrapped Russian sentences', () => {
    const body = Array.from(
      { length: 4 },
      (_, n) => `${page(n)}\nв соответствии с Конституцией\nРеспублики Казахстан\nи законами ${n},`,
    ).join('\n');
    expect(run(body, steps).text).toContain('Республики Казахстан');
    expect(run(body, steps).repairs.filter((r) => r.ruleId === 'running-head')).toEqual([]);
  });

  it('should keep Kazakh lines repeated in the body of a law', () => {
    const article = (n: number) =>
      `${n}-бап. Мәслихаттың құзыреті\n\nМәслихат жергілікті бюджетті бекітеді және оның орындалуын бақылайды.\n\nАлып тасталды\n`;
    const source = [1, 2, 3, 4].map(article).join('\n');
    expect(run(source, steps).repairs).toEqual([]);
  });
});
