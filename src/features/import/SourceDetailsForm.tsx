import { useId, useState } from 'react';
import type { Lang } from '../../extract';
import { languageName } from '../../domain/sourceMeta';
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
  const id = useId();
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const checked = checkPublished(draft.fields, draft.assumed);
  const errors: Partial<Record<keyof PublishedFields | 'title', string>> = checked.ok ? {} : { ...checked.errors };
  if (!draft.title.trim()) errors.title = 'Enter a title.';
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
        <label htmlFor={`${id}-title`}>Title</label>
        <input type="text" {...field('title')} value={draft.title} lang={draft.lang} onChange={(e) => onChange({ ...draft, title: e.target.value })} />
        {error('title')}
      </div>

      <fieldset className="import__published">
        <legend>Published</legend>
        <div className="import__field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input type="date" {...field('date')} value={draft.fields.date} onChange={(e) => setField('date', e.target.value)} />
          {error('date')}
        </div>
        <div className="import__field">
          <label htmlFor={`${id}-time`}>
            Time {assumedTime && <span className="import__flag">not in the text</span>}
          </label>
          <input type="time" {...field('time')} value={draft.fields.time} onChange={(e) => setField('time', e.target.value)} />
          {error('time')}
        </div>
        <div className="import__field">
          <label htmlFor={`${id}-zone`}>
            Time zone {assumedZone && <span className="import__flag">assumed</span>}
          </label>
          <input
            type="text"
            {...field('zone')}
            list={`${id}-zones`}
            value={draft.fields.zone}
            placeholder="Europe/Moscow or +03:00"
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
          {draft.publishedWhy ? `Proposed: ${draft.publishedWhy}.` : 'No publication date was found in the text: enter it.'}
          {assumedZone && ' The zone is not stated in the text; check it.'}
          {assumedTime && draft.fields.date && ' Without a time, relative dates are read from noon that day.'}
        </p>
      </fieldset>

      <div className="import__row">
        <div className="import__field">
          <label htmlFor={`${id}-lang`}>Language</label>
          <select id={`${id}-lang`} value={draft.lang} onChange={(e) => onChange({ ...draft, lang: e.target.value as Lang })}>
            <option value="ru">Russian</option>
            <option value="en">English</option>
          </select>
        </div>
        <p className="import__hint">
          Detected: {draft.detected.tag === 'und' ? 'unknown' : languageName(draft.detected.tag)}
          {draft.detected.tag !== 'und' && ` (${Math.round(100 * draft.detected.confidence)}% sure)`}.{' '}
          {draft.text.length.toLocaleString('en-GB')} characters
          {furniture > 0 && `; ${furniture} lines of page furniture (rubrics, datelines, credits) will be left out`}.
        </p>
      </div>

      <div className="import__actions">
        <button type="button" onClick={props.onBack}>
          Back
        </button>
        <button type="submit" className="button--primary">
          Extract events
        </button>
      </div>
    </form>
  );
}
