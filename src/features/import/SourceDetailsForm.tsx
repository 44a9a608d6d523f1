import { useId, useState } from 'react';
import type { Lang } from '../../extract';
import { languageName } from '../../domain/sourceMeta';
import { parseDateEntry } from '../../domain/dateEntry';
import { formatCalendarDateWords } from '../../domain/formatWhen';
import { useLocale } from '../../i18n/useLocale';
import type { ImportDraft } from './importDraft';
import { checkPublished, type PublishedFields } from './publishedForm';

const ZONES = ['Europe/Moscow', 'UTC', 'Europe/London', 'Europe/Berlin', 'Europe/Kyiv', 'America/New_York', 'America/Los_Angeles', 'Asia/Seoul', 'Asia/Pyongyang', 'Asia/Tokyo', 'Asia/Shanghai'];

/**
 * The proposals read from the text, as fields the analyst confirms or corrects. What
 * the analysis assumed rather than read (the zone of a Russian dateline, a missing time)
 * is flagged beside its field. Errors show once a field has been touched or on submit.
 */
export function SourceDetailsForm(props: {
  draft: ImportDraft;
  onChange: (draft: ImportDraft) => void;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const { draft, onChange } = props;
  const { t, language, locale } = useLocale();
  const id = useId();
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const checked = checkPublished(draft.fields, draft.assumed);
  const errors: Partial<Record<keyof PublishedFields | 'title', string>> = {};
  if (!checked.ok) for (const [name, problem] of Object.entries(checked.errors)) errors[name as keyof PublishedFields] = t(problem.key, problem.params);
  if (!draft.title.trim()) errors.title = t('review.enterTitle');
  const shown = (field: string) => (submitted || touched.has(field) ? errors[field as keyof typeof errors] : undefined);
  const touch = (field: string) => setTouched((t) => new Set(t).add(field));
  const setField = (field: keyof PublishedFields, value: string) => {
    // Editing an assumed part confirms it.
    const confirmed = field === 'zone' ? 'zone' : field === 'time' ? 'time' : null;
    onChange({ ...draft, fields: { ...draft.fields, [field]: value }, assumed: draft.assumed.filter((a) => a !== confirmed) });
  };
  const assumedZone = draft.assumed.includes('zone');
  const assumedTime = draft.assumed.includes('time') || (!draft.fields.time && !!draft.fields.date);
  const furniture = draft.analysis.furniture.length;

  const field = (name: keyof PublishedFields | 'title') => ({
    id: `${id}-${name}`,
    'aria-invalid': shown(name) ? true : undefined,
    'aria-describedby': shown(name) ? `${id}-${name}-error` : undefined,
    onBlur: () => touch(name),
  });
  const error = (name: keyof PublishedFields | 'title') =>
    shown(name) ? (
      <span className="import__field-error" id={`${id}-${name}-error`}>
        {shown(name)}
      </span>
    ) : null;

  return (
    <form
      className="import__details"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (Object.keys(errors).length === 0) props.onSubmit();
      }}
    >
      <div className="import__field import__field--wide">
        <label htmlFor={`${id}-title`}>{t('fields.title')}</label>
        <input type="text" {...field('title')} value={draft.title} lang={draft.lang} onChange={(e) => onChange({ ...draft, title: e.target.value })} />
        {error('title')}
      </div>

      <fieldset className="import__published">
        <legend>{t('reader.published')}</legend>
        <div className="import__field">
          <label htmlFor={`${id}-date`}>{t('import.date')}</label>
          <PublicationDate
            {...field('date')}
            value={draft.fields.date}
            locale={locale}
            describedBy={`${id}-date-read`}
            onChange={(iso) => setField('date', iso)}
          />
          {error('date') ?? (
            <span className="import__hint" id={`${id}-date-read`} aria-live="polite">
              {dayInWords(draft.fields.date, locale)}
            </span>
          )}
        </div>
        <div className="import__field">
          <label htmlFor={`${id}-time`}>
            {t('import.time')} {assumedTime && <span className="import__flag">{t('import.notInText')}</span>}
          </label>
          <input type="time" {...field('time')} value={draft.fields.time} onChange={(e) => setField('time', e.target.value)} />
          {error('time')}
        </div>
        <div className="import__field">
          <label htmlFor={`${id}-zone`}>
            {t('import.zone')} {assumedZone && <span className="import__flag">{t('import.assumed')}</span>}
          </label>
          <input
            type="text"
            {...field('zone')}
            list={`${id}-zones`}
            value={draft.fields.zone}
            placeholder={t('import.zonePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setField('zone', e.target.value)}
          />
          <datalist id={`${id}-zones`}>
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          {error('zone')}
        </div>
        <p className="import__hint import__published-why">
          {draft.publishedWhy ? t('import.proposed', { why: draft.publishedWhy }) : t('import.noDateFound')}
          {assumedZone && ` ${t('import.zoneAssumed')}`}
          {assumedTime && draft.fields.date && ` ${t('import.noonAssumed')}`}
        </p>
      </fieldset>

      <div className="import__row">
        <div className="import__field">
          <label htmlFor={`${id}-lang`}>{t('reader.language')}</label>
          <select id={`${id}-lang`} value={draft.lang} onChange={(e) => onChange({ ...draft, lang: e.target.value as Lang })}>
            <option value="ru">{languageName('ru', language)}</option>
            <option value="en">{languageName('en', language)}</option>
          </select>
        </div>
        <p className="import__hint">
          {draft.detected.tag === 'und'
            ? t('import.detectedUnknown')
            : t('import.detected', { language: languageName(draft.detected.tag, language), percent: Math.round(100 * draft.detected.confidence) })}{' '}
          {t('import.characters', { count: draft.text.length, formatted: draft.text.length.toLocaleString(locale) })}
          {furniture > 0 && `; ${t('import.furniture', { count: furniture })}`}.
        </p>
      </div>

      <div className="import__actions">
        <button type="button" onClick={props.onBack}>
          {t('import.back')}
        </button>
        <button type="submit" className="button--primary">
          {t('import.extract')}
        </button>
      </div>
    </form>
  );
}

/**
 * The publication day as text, not the native date input (which writes 03/04/2025 whatever
 * the page's language): ISO or the interface language's usual order ("15.08.2025",
 * "15 Aug 2025"). The form gets YYYY-MM-DD when the text is a day, else the text itself,
 * which the form's check refuses with a reason.
 */
function PublicationDate(props: {
  id: string;
  value: string;
  locale: string;
  describedBy: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const toDay = (text: string) => {
    const edtf = parseDateEntry(text, props.locale);
    return edtf && /^\d{4}-\d{2}-\d{2}$/u.test(edtf) ? edtf : text;
  };
  const shown = typed !== null && toDay(typed) === props.value ? typed : props.value;
  return (
    <input
      type="text"
      id={props.id}
      value={shown}
      spellCheck={false}
      autoComplete="off"
      aria-invalid={props['aria-invalid']}
      aria-describedby={props['aria-describedby'] ?? props.describedBy}
      onBlur={props.onBlur}
      onChange={(e) => {
        setTyped(e.target.value);
        props.onChange(toDay(e.target.value));
      }}
    />
  );
}

/** "13 Aug 2025" for a YYYY-MM-DD day, in the interface language; empty otherwise. */
function dayInWords(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return '';
  return formatCalendarDateWords({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), precision: 'day' }, locale);
}
