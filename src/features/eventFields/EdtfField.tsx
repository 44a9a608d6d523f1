import './fields.css';
import { useId } from 'react';
import { describePrecision, formatWhen } from '../../domain/formatWhen';
import { parseEdtf } from '../../domain/when';

const EXAMPLES = 'e.g. 2025-08-12, 2025-08, 2024, 2025-08-04/2025-08-10, [..2025-08-12]';

/** Whether an EDTF text is a date the app can show. */
export function isValidEdtf(text: string): boolean {
  return parseEdtf(text.trim()).ok;
}

/**
 * The one date field of every form: EDTF, checked as it is typed and read back in words
 * with its precision ("12 Aug 2025 — known to the day"), so a slip shows before it is saved.
 */
export function EdtfField(props: {
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
  /** The extractor is still reading a date for the field. */
  pending?: boolean;
  /** What an empty field says, e.g. that the extractor found no date. */
  emptyMessage?: string;
}) {
  const id = useId();
  const text = props.value.trim();
  const parsed = parseEdtf(text);
  const reading = props.pending
    ? 'Reading the date…'
    : parsed.ok
      ? `${formatWhen(parsed.value)} — ${describePrecision(parsed.value)}`
      : text === ''
        ? `${props.emptyMessage ?? 'No date yet'}: type one, ${EXAMPLES}.`
        : `Not a date: ${parsed.reason}. ${EXAMPLES[0]!.toUpperCase()}${EXAMPLES.slice(1)}.`;
  return (
    <div className="field">
      <label htmlFor={id}>Date (EDTF)</label>
      <input
        id={id}
        type="text"
        value={props.value}
        autoFocus={props.autoFocus}
        spellCheck={false}
        aria-invalid={!props.pending && !parsed.ok}
        aria-describedby={`${id}-read`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <span id={`${id}-read`} className={props.pending || parsed.ok ? 'field__read' : 'field__error'} aria-live="polite">
        {reading}
      </span>
    </div>
  );
}
