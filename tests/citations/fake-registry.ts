import { readFileSync } from 'node:fs';
import type {
  CitationRegistry,
  RegistryAct,
  RegistryExpression,
} from '../../src/citations/index.js';
import { hasShared, lawsDir } from '../helpers/shared.js';

/** Article numbers from headings: `### Статья 2-1.`, `### 2-1-бап.`, `**Статья 89**`, `**89-бап**`. */
export function articleNumbers(markdown: string): string[] {
  const out = new Set<string>();
  const re = /^(?:#{2,4} |\*\*)(?:Статья (\d+(?:-\d+)*)|(\d+(?:-\d+)*)[- ]бап)(?![\p{L}\d])/gmu;
  for (const m of markdown.matchAll(re)) out.add((m[1] ?? m[2])!);
  return [...out];
}

function read(name: string): string {
  return hasShared ? readFileSync(`${lawsDir}${name}`, 'utf8') : '';
}

function expression(validFrom: string, validTo: string | null, nums: string[]): RegistryExpression {
  return { validFrom, validTo, articles: nums.map((num) => ({ num })) };
}

function range(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(i + 1));
}

/**
 * A small in-test registry with the interface of `src/citations/registry`: both Constitutions and
 * Law 148-II with article tables from the texts, plus a few amending laws named in its notes.
 */
export function fakeRegistry(): CitationRegistry {
  const c1995 = articleNumbers(read('constitution-1995.ru.md'));
  const c2026 = articleNumbers(read('constitution-2026.ru.md'));
  const l148 = articleNumbers(read('law-148-II.ru.md'));
  const acts: RegistryAct[] = [
    {
      id: 'constitution-1995',
      iri: '/akn/kz/act/1995-08-30/constitution',
      type: 'constitution',
      number: null,
      date: '1995-08-30',
      titles: {
        ru: ['Конституция Республики Казахстан'],
        kk: ['Қазақстан Республикасының Конституциясы'],
      },
      expressions: [expression('1995-08-30', '2026-06-30', c1995.length ? c1995 : range(98))],
    },
    {
      id: 'constitution-2026',
      iri: '/akn/kz/act/2026-03-15/constitution',
      type: 'constitution',
      number: null,
      date: '2026-03-15',
      titles: {
        ru: ['Конституция Республики Казахстан'],
        kk: ['Қазақстан Республикасының Конституциясы'],
      },
      expressions: [expression('2026-07-01', null, c2026.length ? c2026 : range(96))],
    },
    {
      id: 'law-148-ii',
      iri: '/akn/kz/act/2001-01-23/148-ii',
      type: 'law',
      number: '148-II',
      numberVariants: ['148', '148-II'],
      date: '2001-01-23',
      titles: {
        ru: ['О местном государственном управлении и самоуправлении в Республике Казахстан'],
        kk: [
          'Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы',
        ],
      },
      // Without ../shared: the numbered articles plus the inserted ones the tests cite.
      expressions: [
        expression('2001-01-23', null, l148.length ? l148 : [...range(41), '39-1', '39-2', '39-3']),
      ],
    },
    ...[
      ['126-IV', '2009-02-09'],
      ['552', '2004-05-11'],
      ['90-VI', '2017-07-11'],
      ['306-VIII', '2026-06-11'],
    ].map(
      ([number, date]): RegistryAct => ({
        id: `law-${number!.toLowerCase()}`,
        iri: `/akn/kz/act/${date}/${number!.toLowerCase()}`,
        type: 'law',
        number: number!,
        numberVariants: [number!, number!.split('-')[0]!],
        date: date!,
        expressions: [expression(date!, null, [])],
      }),
    ),
  ];
  const digits = (n: string) => n.replace(/^\D+/, '').split('-')[0]!;
  return {
    acts,
    byId: (id) => acts.find((a) => a.id === id || a.iri === id),
    byNumber: (num, date) =>
      acts.filter(
        (a) =>
          a.number !== null &&
          digits(a.number) === digits(num) &&
          (!date || a.date === date || a.date?.slice(0, 4) === date.slice(0, 4)),
      ),
    byTitle: (text, lang) => {
      const norm = (s: string) =>
        s
          .toLowerCase()
          .replace(/[«»"“”]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
      return acts.filter((a) => {
        const titles = (a.titles as Record<string, string[]> | undefined)?.[lang] ?? [];
        return titles.some((t) => norm(t) === norm(text));
      });
    },
    expressionAt: (act, date) =>
      date === null
        ? act.expressions[act.expressions.length - 1]
        : act.expressions.find(
            (e) => (e.validFrom ?? '') <= date && (e.validTo === null || date <= e.validTo),
          ),
    hasArticle: (expr, article) => expr.articles.some((a) => a.num === article),
  };
}
