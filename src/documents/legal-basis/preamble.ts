import { formatDate, formatNumberSign, type Lang, NBSP } from '../format.js';
import type { ActRecord, ActsRegistry } from './registry.js';

/** A structured citation: `{act: 'law-148-II', article: '6', paragraph: '1'}`. */
export interface Citation {
  act: string;
  article?: string | undefined;
  paragraph?: string | undefined;
  subparagraph?: string | undefined;
}

/** kk: `6-бабының 1-тармағына`; the last word is in the dative because `сәйкес` governs it. */
function provisionKk(cite: Citation): string {
  const parts: string[] = [];
  if (cite.article) parts.push(`${cite.article}-бабы`);
  if (cite.paragraph) parts.push(`${cite.paragraph}-тармағы`);
  if (cite.subparagraph) parts.push(`${cite.subparagraph}) тармақшасы`);
  return parts
    .map((part, index) => {
      const last = index === parts.length - 1;
      // бабы → бабының / бабына; тармағы → тармағының / тармағына; тармақшасы → …ның / …на
      return last ? `${part}на` : `${part}ның`;
    })
    .join(' ');
}

/** ru: `подпунктом 15) пункта 1 статьи 6` — instrumental head after «в соответствии с», genitive rest. */
function provisionRu(cite: Citation): string {
  const parts: Array<[instrumental: string, genitive: string]> = [];
  if (cite.subparagraph)
    parts.push([`подпунктом ${cite.subparagraph})`, `подпункта ${cite.subparagraph})`]);
  if (cite.paragraph) parts.push([`пунктом ${cite.paragraph}`, `пункта ${cite.paragraph}`]);
  if (cite.article) parts.push([`статьей ${cite.article}`, `статьи ${cite.article}`]);
  return parts
    .map(([instrumental, genitive], index) => (index === 0 ? instrumental : genitive))
    .join(' ');
}

function actNameKk(act: ActRecord, whole: boolean): string {
  const title = `«${act.title.kk}»`;
  switch (act.type) {
    case 'law':
      return `Қазақстан Республикасының ${title} ${whole ? 'Заңына' : 'Заңының'}`;
    case 'code':
      return `Қазақстан Республикасының ${act.title.kk} ${whole ? 'кодексіне' : 'кодексінің'}`;
    default: {
      const issuer = act.issuer?.kk ? `${act.issuer.kk} ` : '';
      const word = { order: 'бұйрығы', decree: 'Жарлығы', resolution: 'қаулысы' }[act.type];
      const registered = act.registration
        ? ` (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде ${formatNumberSign(act.registration.number)} болып тіркелген)`
        : '';
      const date = formatDate(act.date, { lang: 'kk' });
      return `${issuer}${date} ${formatNumberSign(act.number)} ${title} ${whole ? `${word}на` : `${word}ның`}${registered}`;
    }
  }
}

function actNameRu(act: ActRecord, whole: boolean): string {
  const title = `«${act.title.ru}»`;
  switch (act.type) {
    case 'law':
      return `${whole ? 'Законом' : 'Закона'} Республики${NBSP}Казахстан ${title}`;
    case 'code':
      return `${whole ? 'Кодексом' : 'Кодекса'} Республики${NBSP}Казахстан ${title}`;
    default: {
      const word = {
        order: ['приказом', 'приказа'],
        decree: ['Указом', 'Указа'],
        resolution: ['постановлением', 'постановления'],
      }[act.type];
      const issuer = act.issuer?.ru ? ` ${act.issuer.ru}` : '';
      const registered = act.registration
        ? ` (зарегистрирован в Министерстве юстиции Республики Казахстан под ${formatNumberSign(act.registration.number)})`
        : '';
      return `${whole ? word[0] : word[1]}${issuer} от ${formatDate(act.date, { lang: 'ru' })} ${formatNumberSign(act.number)} ${title}${registered}`;
    }
  }
}

/** Groups consecutive citations of the same act so the act is named once. */
function groupByAct(citations: readonly Citation[]): Citation[][] {
  const groups: Citation[][] = [];
  for (const cite of citations) {
    const last = groups.at(-1);
    if (last && last[0]!.act === cite.act && cite.article) last.push(cite);
    else groups.push([cite]);
  }
  return groups;
}

function joinRu(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items.at(-1)}`;
}

export interface PreambleOptions {
  lang: Lang;
  registry: ActsRegistry;
  /** The maslikhat in the nominative: `Индер аудандық мәслихаты` / `Индерский районный маслихат`. */
  maslikhatName: string;
  /** kk operative word: `ШЕШІМ ҚАБЫЛДАДЫ` (default) or `ШЕШТІ`. */
  kkFormula?: 'ШЕШІМ ҚАБЫЛДАДЫ' | 'ШЕШТІ';
}

/**
 * `В соответствии с пунктом 1 статьи 6 Закона Республики Казахстан «О …», … маслихат РЕШИЛ:` /
 * `Қазақстан Республикасының «… туралы» Заңының 6-бабының 1-тармағына сәйкес, … мәслихаты ШЕШІМ ҚАБЫЛДАДЫ:`.
 * Without citations only the formula remains (amending decisions).
 */
export function buildPreamble(citations: readonly Citation[], options: PreambleOptions): string {
  const { lang, registry } = options;
  const phrases = groupByAct(citations).map((group) => {
    const act = registry.findAct(group[0]!.act);
    if (!act) throw new Error(`Unknown act «${group[0]!.act}»`);
    const whole = group[0]!.article === undefined;
    if (lang === 'kk') {
      const provisions = whole ? '' : ` ${group.map(provisionKk).join(', ')}`;
      return `${actNameKk(act, whole)}${provisions}`;
    }
    const provisions = whole ? '' : `${joinRu(group.map(provisionRu))} `;
    return `${provisions}${actNameRu(act, whole)}`;
  });
  if (lang === 'kk') {
    const formula = options.kkFormula ?? 'ШЕШІМ ҚАБЫЛДАДЫ';
    const basis = phrases.length ? `${phrases.join(', ')} сәйкес, ` : '';
    return `${basis}${options.maslikhatName} ${formula}:`;
  }
  const basis = phrases.length ? `В соответствии с ${joinRu(phrases)}, ` : '';
  const name = basis ? options.maslikhatName : capitalize(options.maslikhatName);
  return `${basis}${name} РЕШИЛ:`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
