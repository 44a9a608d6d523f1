import { useId, useState } from 'react';
import type { TimelineEvent } from '../../domain/dataset';
import { describePrecision, formatWhen } from '../../domain/formatWhen';
import { KIND_LABELS } from '../../domain/relations';
import { EVENT_KINDS, type EventKind } from '../../domain/schema';
import { parseEdtf } from '../../domain/when';
import type { EventChanges } from '../../workspace';

/**
 * Title, date, kind, description and the analyst's note of one event. The date is EDTF,
 * read back in words with its precision as it is typed, so a slip shows before saving.
 */
export function EventEditForm(props: { event: TimelineEvent; onSave: (changes: EventChanges) => Promise<boolean>; onCancel: () => void; error: string | null }) {
  const { event } = props;
  const id = useId();
  const [title, setTitle] = useState(event.title);
  const [when, setWhen] = useState(event.edtf);
  const [kind, setKind] = useState<EventKind>(event.kind);
  const [description, setDescription] = useState(event.description ?? '');
  const [note, setNote] = useState(event.note ?? '');
  const [saving, setSaving] = useState(false);
  const parsed = parseEdtf(when.trim());
  const valid = parsed.ok && title.trim() !== '';

  return (
    <form
      className="event-edit"
      aria-label={`Edit “${event.title}”`}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid || saving) return;
        setSaving(true);
        const changes: EventChanges = {
          ...(title.trim() !== event.title ? { title } : {}),
          ...(when.trim() !== event.edtf ? { when } : {}),
          ...(kind !== event.kind ? { kind } : {}),
          ...(description.trim() !== (event.description ?? '') ? { description } : {}),
          ...(note.trim() !== (event.note ?? '') ? { note } : {}),
        };
        if (Object.keys(changes).length === 0) props.onCancel();
        else await props.onSave(changes);
        setSaving(false);
      }}
    >
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} value={title} autoFocus aria-invalid={title.trim() === ''} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={`${id}-when`}>Date (EDTF)</label>
      <input id={`${id}-when`} value={when} spellCheck={false} aria-invalid={!parsed.ok} aria-describedby={`${id}-read`} onChange={(e) => setWhen(e.target.value)} />
      <span id={`${id}-read`} className={parsed.ok ? 'event-edit__read' : 'event-edit__error'} aria-live="polite">
        {parsed.ok ? `${formatWhen(parsed.value)} — ${describePrecision(parsed.value)}` : `Not a date: ${parsed.reason}. E.g. 2025-08-12, 2025-08, 2024, [..2025-08-12].`}
      </span>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-description`}>Description</label>
      <textarea id={`${id}-description`} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      <label htmlFor={`${id}-note`}>Note (yours; never shown to an audience)</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {props.error && (
        <p role="alert" className="details__error">
          {props.error}
        </p>
      )}
      <div className="event-edit__buttons">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary" disabled={!valid || saving}>
          Save
        </button>
      </div>
    </form>
  );
}
