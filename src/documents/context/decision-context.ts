import { readDocumentsData } from '../data-files.js';
import {
  formatDate,
  formatDateAndNumber,
  formatNumberSign,
  formatPersonName,
  type Lang,
  typographText,
} from '../format.js';
import { buildPreamble } from '../legal-basis/preamble.js';
import type { ActsRegistry } from '../legal-basis/registry.js';
import type { DecisionModel } from '../schema.js';
import { signatoryPost } from '../signatory.js';
import type { TemplateContext } from '../templates/types.js';

interface Clauses {
  entryIntoForce: Record<string, Record<Lang, string>>;
  control: Record<Lang, string>;
}

/** Everything a decision template needs, formatted for one language. */
export function buildDecisionContext(
  doc: DecisionModel,
  lang: Lang,
  registry: ActsRegistry,
): TemplateContext {
  const clauses = readDocumentsData<Clauses>('clauses.json');
  const texts = doc.points.map((point) => ({
    text: typographText(point.text[lang]),
    subpoints: point.subpoints.map((sub) => typographText(sub[lang])),
  }));
  if (doc.control) texts.push({ text: clauses.control[lang], subpoints: [] });
  const entry =
    typeof doc.entryIntoForce === 'string'
      ? clauses.entryIntoForce[doc.entryIntoForce]![lang]
      : doc.entryIntoForce[lang];
  texts.push({ text: typographText(entry), subpoints: [] });

  const dateNumber = formatDateAndNumber(doc.date, doc.number, lang);
  const single = doc.appendices.length === 1;
  return {
    maslikhatName: typographText(doc.maslikhat.name[lang]),
    maslikhatGenitive: typographText(doc.maslikhat.genitive[lang]),
    date: formatDate(doc.date, { lang }),
    number: formatNumberSign(doc.number),
    dateNumber,
    place: typographText(doc.place[lang]),
    title: typographText(doc.title[lang]),
    registration: doc.registration && {
      authority: typographText(doc.registration.authority[lang]),
      date: formatDate(doc.registration.date, { lang, form: 'locative' }),
      number: formatNumberSign(doc.registration.number),
    },
    preamble: typographText(
      buildPreamble(doc.legalBasis, {
        lang,
        registry,
        maslikhatName: doc.maslikhat.name[lang],
        kkFormula: doc.kkFormula,
      }),
    ),
    points: texts.map((point, index) => ({
      number: `${index + 1}.`,
      text: point.text,
      subpoints: point.subpoints.map((text, subIndex) => ({ number: `${subIndex + 1})`, text })),
    })),
    signatoryPost: signatoryPost(doc.date, lang),
    signatoryName: formatPersonName(doc.signatory.name[lang]),
    appendices: doc.appendices.map((appendix, index) => ({
      label:
        lang === 'kk'
          ? single
            ? 'қосымша'
            : `${index + 1}-қосымша`
          : single
            ? 'Приложение'
            : `Приложение ${index + 1}`,
      title: typographText(appendix.title[lang]),
      paragraphs: appendix.paragraphs.map((paragraph) => ({
        text: typographText(paragraph[lang]),
      })),
    })),
  };
}
