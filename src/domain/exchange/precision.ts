import { parseEdtf, type CalendarDate, type Precision, type When } from '../when';

/** The finest precision a When states (a span: its known start, else its end); null when the EDTF does not parse. */
export function precisionOfEdtf(edtf: string): Precision | null {
  const parsed = parseEdtf(edtf);
  return parsed.ok ? precisionOf(parsed.value) : null;
}

export function precisionOf(when: When): Precision {
  const first = (dates: readonly (CalendarDate | null)[]) => dates.find((d): d is CalendarDate => d !== null)!.precision;
  switch (when.type) {
    case 'point':
      return when.at.date.precision;
    case 'span':
      return first([typeof when.start === 'string' ? null : when.start.date, typeof when.end === 'string' ? null : when.end.date]);
    case 'bounded':
      return first([when.earliest, when.latest]);
  }
}
