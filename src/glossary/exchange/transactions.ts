/**
 * `<transacGrp>`: who created and last changed a record, and when (TBX-Basic
 * transactionType). TBX types `<date>` as xs:date (core structure RNG), so
 * only the day of a stored date-time is written.
 */
import type { Stamp } from '../termbase/types.js';
import { childElements, el, textOf, type XmlElement } from './xml.js';

export function stampToTransacGrps(stamp: Stamp): XmlElement[] {
  return [
    transacGrp('origination', toXsDate(stamp.createdAt), stamp.createdBy),
    transacGrp('modification', toXsDate(stamp.updatedAt), stamp.updatedBy),
  ];
}

function transacGrp(type: string, date: string, by: string): XmlElement {
  return el('transacGrp', {}, [
    el('transac', { type: 'transactionType' }, [type]),
    el('date', {}, [date]),
    el('transacNote', { type: 'responsibility' }, [by]),
  ]);
}

/** Reads origination/modification groups; the last of each kind wins. */
export function readStamp(parent: XmlElement, fallback: Stamp): Stamp {
  const stamp = { ...fallback };
  let sawOrigination = false;
  let sawModification = false;
  for (const group of childElements(parent, 'transacGrp')) {
    const type = childElements(group, 'transac').map(textOf)[0]?.trim();
    const date = childElements(group, 'date').map(textOf)[0]?.trim();
    const by = childElements(group, 'transacNote')
      .filter((n) => n.attributes['type'] === 'responsibility')
      .map(textOf)[0];
    if (type === 'origination') {
      sawOrigination = true;
      if (date) stamp.createdAt = date;
      if (by !== undefined) stamp.createdBy = by;
    } else if (type === 'modification') {
      sawModification = true;
      if (date) stamp.updatedAt = date;
      if (by !== undefined) stamp.updatedBy = by;
    }
  }
  if (sawOrigination && !sawModification) {
    stamp.updatedAt = stamp.createdAt;
    stamp.updatedBy = stamp.createdBy;
  }
  return stamp;
}

/** The calendar day of an ISO 8601 date or date-time (the stored stamps are UTC). */
export function toXsDate(iso: string): string {
  return iso.slice(0, 10);
}
