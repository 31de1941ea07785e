import type { MinutesModel } from '../schema.js';
import type { ValidationIssue } from '../validation-issue.js';
import { bodyRules, bodyTypeOf, meets, minimumCount } from './thresholds.js';

/** Whether the meeting had a quorum under the configured rule for its body type. */
export function hasQuorum(doc: MinutesModel): boolean {
  const rules = bodyRules(bodyTypeOf(doc.kind));
  return meets(rules.quorum, doc.present, doc);
}

/** Whether `votesFor` adopts a decision under the configured majority rule. */
export function isAdopted(doc: MinutesModel, votesFor: number): boolean {
  return meets(bodyRules(bodyTypeOf(doc.kind)).majority, votesFor, doc);
}

/** Counting rules of minutes: attendance, quorum, votes and the adopted flag. */
export function checkMinutes(doc: MinutesModel): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const rules = bodyRules(bodyTypeOf(doc.kind));

  if (doc.present > doc.entitled) {
    add(
      'present',
      `${doc.present} members present is more than the ${doc.entitled} entitled to take part («entitled»).`,
    );
  }
  if (doc.attendance.length !== doc.present) {
    add(
      'attendance',
      `The attendance list has ${doc.attendance.length} names, but «present» says ${doc.present}.`,
    );
  }
  if (doc.time.end && doc.time.end <= doc.time.start) {
    add('time.end', `The end time ${doc.time.end} is not after the start time ${doc.time.start}.`);
  }
  const today = new Date().toISOString().slice(0, 10);
  if (doc.date > today) add('date', `The minutes date ${doc.date} is in the future.`);

  const quorum = hasQuorum(doc);
  const needed = minimumCount(rules.quorum, doc);
  doc.agenda.forEach((item, index) => {
    const at = `agenda.${index}`;
    if (!quorum && (item.decision || item.adopted)) {
      add(
        `${at}.decision`,
        `The meeting has no quorum (${doc.present} of ${doc.entitled} present, at least ${needed} required for a ${rules.label.ru}), so item ${index + 1} cannot have a decision.`,
      );
      return;
    }
    const vote = item.vote;
    if (!vote) {
      if (item.adopted !== undefined || item.decision) {
        add(
          `${at}.vote`,
          `Item ${index + 1} has a decision but no vote (for, against, abstained).`,
        );
      }
      return;
    }
    const cast = vote.for + vote.against + vote.abstained;
    if (cast > doc.present) {
      add(
        `${at}.vote`,
        `Item ${index + 1}: ${cast} votes cast (${vote.for} for, ${vote.against} against, ${vote.abstained} abstained) is more than the ${doc.present} present.`,
      );
      return;
    }
    const adopted = isAdopted(doc, vote.for);
    const base =
      rules.majority.of === 'entitled'
        ? `of ${doc.entitled} entitled`
        : `of ${doc.present} present`;
    if (item.adopted !== undefined && item.adopted !== adopted) {
      add(
        `${at}.adopted`,
        `Item ${index + 1} is marked ${item.adopted ? 'adopted' : 'not adopted'}, but ${vote.for} votes for ${base} ${adopted ? 'adopt' : 'do not adopt'} it (${minimumCount(rules.majority, doc)} needed).`,
      );
    } else if (!adopted && item.decision) {
      add(
        `${at}.decision`,
        `Item ${index + 1} was not adopted (${vote.for} for ${base}, ${minimumCount(rules.majority, doc)} needed), so it cannot have a decision.`,
      );
    }
  });
  return issues;
}
