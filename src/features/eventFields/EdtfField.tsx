import './fields.css';
import { useId, useState } from 'react';
import { parseDateEntry } from '../../domain/dateEntry';
import { describePrecision, formatWhen } from '../../domain/formatWhen';
import { parseEdtf } from '../../domain/when';
import { useLocale } from '../../i18n/useLocale';
import { messageText } from '../../i18n/phrases';

/** Whether an EDTF text is a date the app can show. */
export function isValidEdtf(text: string): boolean {
  return parseEdtf(text.trim()).ok;
}

/**
 * The one date field of every form: EDTF, or a date as the interface language writes it
 * ("15.08.2025", "15 Aug 2025"), checked as it is typed and read back in words with its
 * precision ("12 Aug 2025 — known to the day"), so a slip shows before it is saved. The
 * form always receives EDTF when the text is a date; what was typed stays in the field.
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
  const { t, locale } = useLocale();
  // What the analyst typed, while it still stands for the form's value (a date proposed from
  // elsewhere, such as the extractor's, replaces it).
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed !== null && toEdtf(typed, locale) === props.value ? typed : props.value;
  const text = props.value.trim();
  const parsed = parseEdtf(text);
  const examples = t('dateField.examples');
  const reading = props.pending
    ? t('dateField.reading')
    : parsed.ok
      ? `${formatWhen(parsed.value, locale)} — ${describePrecision(parsed.value, locale)}${shown.trim() !== text ? ` (EDTF ${text})` : ''}`
      : text === ''
        ? t('dateField.empty', { message: props.emptyMessage ?? t('dateField.noDate'), examples })
        : t('dateField.invalid', { reason: messageText(t, parsed.problem, parsed.reason), examples });
  return (
    <div className="field">
      <label htmlFor={id}>{t('dateField.label')}</label>
      <input
        id={id}
        type="text"
        value={shown}
        autoFocus={props.autoFocus}
        spellCheck={false}
        aria-invalid={!props.pending && !parsed.ok}
        aria-describedby={`${id}-read`}
        onChange={(e) => {
          setTyped(e.target.value);
          props.onChange(toEdtf(e.target.value, locale));
        }}
      />
      <span id={`${id}-read`} className={props.pending || parsed.ok ? 'field__read' : 'field__error'} aria-live="polite">
        {reading}
      </span>
    </div>
  );
}

/** The EDTF a typed text stands for: itself when it is EDTF, else the language's everyday form, else the text (invalid). */
function toEdtf(typed: string, locale: string): string {
  if (parseEdtf(typed.trim()).ok) return typed;
  return parseDateEntry(typed, locale) ?? typed;
}
