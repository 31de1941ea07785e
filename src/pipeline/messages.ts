/** Turns vfile messages into plain records for JSON output and counts them. */
import type { VFile } from 'vfile';
import type { MessageRecord } from './types.js';

export function severityOf(fatal: boolean | null | undefined): MessageRecord['severity'] {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

export function messagesToRecords(file: VFile): MessageRecord[] {
  return file.messages.map((message) => ({
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    reason: message.reason,
    severity: severityOf(message.fatal),
    line:
      message.place && 'start' in message.place ? message.place.start.line : (message.line ?? null),
    column:
      message.place && 'start' in message.place
        ? message.place.start.column
        : (message.column ?? null),
    start: message.place && 'start' in message.place ? (message.place.start.offset ?? null) : null,
    end: message.place && 'end' in message.place ? (message.place.end.offset ?? null) : null,
    actual: message.actual ?? null,
    expected: message.expected?.join(' | ') ?? null,
  }));
}

export function countMessages(records: readonly MessageRecord[]): {
  info: number;
  warning: number;
  error: number;
} {
  const counts = { info: 0, warning: 0, error: 0 };
  for (const record of records) counts[record.severity]++;
  return counts;
}
