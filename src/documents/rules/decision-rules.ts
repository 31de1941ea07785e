import type { ActsRegistry } from '../legal-basis/registry.js';
import type { DecisionModel } from '../schema.js';
import { signatoryPeriodFor } from '../signatory.js';
import type { ValidationIssue } from '../validation-issue.js';

const entryIntoForceWords = /(вводится в действие|қолданысқа енгізіледі)/i;

/** Cross-field rules of a decision that the schema cannot express. */
export function checkDecision(doc: DecisionModel, registry: ActsRegistry): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (doc.maslikhat.numberPattern) {
    let pattern: RegExp | undefined;
    try {
      pattern = new RegExp(`^(?:${doc.maslikhat.numberPattern})$`, 'u');
    } catch {
      add(
        'maslikhat.numberPattern',
        `Field «maslikhat.numberPattern» is not a valid regular expression.`,
      );
    }
    if (pattern && !pattern.test(doc.number)) {
      add(
        'number',
        `Decision number «${doc.number}» does not match this maslikhat's pattern «${doc.maslikhat.numberPattern}».`,
      );
    }
  }
  if (!/(^|\s)туралы$/u.test(doc.title.kk)) {
    add('title.kk', `The Kazakh title must end with «туралы», as Kazakh titles of decisions do.`);
  }
  if (!/^Об? /u.test(doc.title.ru)) {
    add(
      'title.ru',
      `The Russian title must start with «О» or «Об», as Russian titles of decisions do.`,
    );
  }
  if (!/мәслихаты$/u.test(doc.maslikhat.name.kk)) {
    add(
      'maslikhat.name.kk',
      `The Kazakh maslikhat name must be in the nominative and end with «мәслихаты» (it precedes «${doc.kkFormula}:»).`,
    );
  }
  if (!/маслихат$/u.test(doc.maslikhat.name.ru)) {
    add(
      'maslikhat.name.ru',
      `The Russian maslikhat name must be in the nominative and end with «маслихат» (it precedes «РЕШИЛ:»).`,
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  if (doc.date > today) add('date', `The decision date ${doc.date} is in the future.`);

  const period = signatoryPeriodFor(doc.date);
  if (doc.signatory.post) {
    for (const lang of ['kk', 'ru'] as const) {
      const given = doc.signatory.post[lang];
      if (given.toLocaleLowerCase('ru') !== period.post[lang].toLocaleLowerCase('ru')) {
        add(
          `signatory.post.${lang}`,
          `A decision dated ${doc.date} is signed by «${period.post[lang]}», not «${given}» (${period.source}).`,
        );
      }
    }
  }
  if (doc.registration && doc.registration.date < doc.date) {
    add(
      'registration.date',
      `The registration date ${doc.registration.date} is before the decision date ${doc.date}.`,
    );
  }
  doc.legalBasis.forEach((cite, index) => {
    const problem = registry.checkProvision(cite, doc.date);
    if (problem)
      add(`legalBasis.${index}`, `The legal basis cannot be cited on ${doc.date}: ${problem}.`);
  });
  doc.points.forEach((point, index) => {
    for (const lang of ['kk', 'ru'] as const) {
      if (entryIntoForceWords.test(point.text[lang])) {
        add(
          `points.${index}.text.${lang}`,
          `Point ${index + 1} is an entry-into-force clause; put it in «entryIntoForce» so that it comes last.`,
        );
      }
    }
  });
  issues.push(...checkAppendixReferences(doc));
  return issues;
}

/** Every «приложение N» / «N-қосымша» reference names an existing appendix, and every appendix is referred to. */
function checkAppendixReferences(doc: DecisionModel): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const count = doc.appendices.length;
  const referenced = new Set<number>();
  let anyReference = false;
  doc.points.forEach((point, index) => {
    const texts = [point.text.ru, ...point.subpoints.map((s) => s.ru)].join(' ');
    for (const match of texts.matchAll(/приложени(?:е|ю|ем|и|я)(?:\s+(\d+))?/giu)) {
      anyReference = true;
      const n = match[1] ? Number(match[1]) : 1;
      referenced.add(n);
      if (n > count) {
        issues.push({
          path: `points.${index}.text.ru`,
          message: `Point ${index + 1} refers to appendix ${n}, but the decision has ${count === 0 ? 'no appendices' : `${count} appendix(es)`}.`,
        });
      }
    }
  });
  doc.appendices.forEach((_appendix, index) => {
    if (!referenced.has(index + 1) && !(count === 1 && anyReference)) {
      issues.push({
        path: `appendices.${index}`,
        message: `Appendix ${index + 1} is not referred to by any point (for example «согласно приложению ${index + 1}»).`,
      });
    }
  });
  return issues;
}
