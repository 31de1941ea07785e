import { formatDate, formatNumber, formatPersonName, type Lang, typographText } from '../format.js';
import { hasQuorum, isAdopted } from '../rules/minutes-rules.js';
import { bodyRules, bodyTypeOf, minimumCount } from '../rules/thresholds.js';
import type { MinutesModel } from '../schema.js';
import type { TemplateContext } from '../templates/types.js';

/** Everything a minutes template needs, formatted for one language. */
export function buildMinutesContext(doc: MinutesModel, lang: Lang): TemplateContext {
  const rules = bodyRules(bodyTypeOf(doc.kind));
  const quorum = hasQuorum(doc);
  const count = (n: number) => formatNumber(n, lang);
  return {
    number: doc.number,
    date: formatDate(doc.date, { lang, form: 'nominative' }),
    timeStart: doc.time.start,
    timeEnd: doc.time.end,
    place: typographText(doc.place[lang]),
    body: typographText(doc.body[lang]),
    entitled: count(doc.entitled),
    present: count(doc.present),
    quorumRequired: count(minimumCount(rules.quorum, doc)),
    noQuorum: quorum ? undefined : 'yes',
    invited: doc.invited.map((person) => ({
      name: formatPersonName(person.name[lang]),
      post: typographText(person.post[lang]),
    })),
    chairName: formatPersonName(doc.chair.name[lang]),
    chairPost: doc.chair.post && typographText(doc.chair.post[lang]),
    secretaryName: formatPersonName(doc.secretary.name[lang]),
    secretaryPost: doc.secretary.post && typographText(doc.secretary.post[lang]),
    agenda: doc.agenda.map((item, index) => ({
      number: `${index + 1}.`,
      title: typographText(item.title[lang]),
      heard: item.heard && {
        name: formatPersonName(item.heard.name[lang]),
        post: item.heard.post && typographText(item.heard.post[lang]),
        topic: item.heard.topic && typographText(item.heard.topic[lang]),
      },
      spoke: item.spoke.map((speech) => ({
        name: formatPersonName(speech.name[lang]),
        text: typographText(speech.text[lang]),
      })),
      vote: item.vote && {
        for: count(item.vote.for),
        against: count(item.vote.against),
        abstained: count(item.vote.abstained),
      },
      adopted: item.vote && quorum && isAdopted(doc, item.vote.for) ? 'yes' : undefined,
      decision: item.decision && typographText(item.decision[lang]),
    })),
    attendance: doc.attendance.map((name, index) => ({
      number: `${index + 1}.`,
      name: formatPersonName(name[lang]),
    })),
  };
}
