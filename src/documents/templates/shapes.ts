import type { DocumentKind } from '../schema.js';
import type { Shape } from './types.js';

/** Fields a decision template may use (built by context/decision-context.ts). */
export const decisionShape: Shape = {
  maslikhatName: 'text',
  maslikhatGenitive: 'text',
  date: 'text',
  number: 'text',
  dateNumber: 'text',
  place: 'text',
  title: 'text',
  registration: { authority: 'text', date: 'text', number: 'text' },
  preamble: 'text',
  points: [{ number: 'text', text: 'text', subpoints: [{ number: 'text', text: 'text' }] }],
  signatoryPost: 'text',
  signatoryName: 'text',
  appendices: [{ label: 'text', title: 'text', paragraphs: [{ text: 'text' }] }],
};

/** Fields a minutes template may use (built by context/minutes-context.ts). */
export const minutesShape: Shape = {
  number: 'text',
  date: 'text',
  timeStart: 'text',
  timeEnd: 'optional',
  place: 'text',
  body: 'text',
  entitled: 'text',
  present: 'text',
  quorumRequired: 'text',
  noQuorum: 'optional',
  invited: [{ name: 'text', post: 'text' }],
  chairName: 'text',
  chairPost: 'optional',
  secretaryName: 'text',
  secretaryPost: 'optional',
  agenda: [
    {
      number: 'text',
      title: 'text',
      heard: { name: 'text', post: 'optional', topic: 'optional' },
      spoke: [{ name: 'text', text: 'text' }],
      vote: { for: 'text', against: 'text', abstained: 'text' },
      adopted: 'optional',
      decision: 'optional',
    },
  ],
  attendance: [{ number: 'text', name: 'text' }],
};

export function shapeFor(kind: DocumentKind): Shape {
  return kind === 'decision' ? decisionShape : minutesShape;
}
