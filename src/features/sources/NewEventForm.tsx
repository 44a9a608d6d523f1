import { useEffect, useId, useState } from 'react';
import type { Source } from '../../domain/dataset';
import { describePrecision, formatWhen } from '../../domain/formatWhen';
import { KIND_LABELS } from '../../domain/relations';
import { EVENT_KINDS, type EventKind, type EventRecord } from '../../domain/schema';
import { parseEdtf } from '../../domain/when';
import type { TextSelection } from './SelectionActions';

/**
 * A new event from words selected in the source: the extractor proposes a date (run on
 * the selection against the source's publication time), a title, kind and actors; the
 * analyst corrects them — the date as EDTF, read back in words with its precision.
 */
export function NewEventForm(props: {
  source: Source;
  selection: TextSelection;
  onCancel: () => void;
  onCreate: (record: Omit<EventRecord, 'id'>) => Promise<string | null>;
}) {
  const { source, selection } = props;
  const id = useId();
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [kind, setKind] = useState<EventKind>('occurrence');
  const [actors, setActors] = useState<readonly string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [proposing, setProposing] = useState(true);

  useEffect(() => {
    let live = true;
    // The extractor (chrono-node) loads on first use, outside the main bundle.
    void import('../../extract/proposeFromSelection').then(({ proposeFromSelection }) => {
      if (!live) return;
      const p = proposeFromSelection(selection.quote, { ...(source.published ? { published: source.published } : {}), language: source.language });
      setTitle((t) => t || p.title);
      setWhen((w) => w || p.when);
      setKind(p.kind);
      setActors(p.actors);
      setProposing(false);
    });
    return () => {
      live = false;
    };
  }, [selection.quote, source.published, source.language]);

  const parsed = parseEdtf(when.trim());
  const valid = parsed.ok && title.trim() !== '';
  return (
    <form
      className="new-event"
      aria-label="New event from selection"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid) return;
        const failure = await props.onCreate({
          title: title.trim(), when: when.trim(), kind, actors: [...actors], tags: [], evidence: [], relations: [],
          review: { status: 'accepted' }, ...(note.trim() ? { note: note.trim() } : {}),
        });
        setError(failure);
      }}
    >
      <blockquote className="new-event__quote" lang={source.language} dir="auto">
        {selection.quote}
      </blockquote>
      <label htmlFor={`${id}-when`}>Date (EDTF)</label>
      <input id={`${id}-when`} value={when} autoFocus spellCheck={false} aria-invalid={!parsed.ok} aria-describedby={`${id}-read`} onChange={(e) => setWhen(e.target.value)} />
      <span id={`${id}-read`} className={parsed.ok ? 'new-event__read' : 'new-event__error'} aria-live="polite">
        {proposing
          ? 'Reading the date…'
          : parsed.ok
            ? `${formatWhen(parsed.value)} — ${describePrecision(parsed.value)}`
            : when.trim() === ''
              ? 'No date in these words: type one, e.g. 2025-08-12, 2025-08, 2024, [..2025-08-12].'
              : `Not a date: ${parsed.reason}.`}
      </span>
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`}>Note (yours; never shown to an audience)</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {error && (
        <p role="alert" className="new-event__error">
          {error}
        </p>
      )}
      <div className="new-event__buttons">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary" disabled={!valid}>
          Create event
        </button>
      </div>
    </form>
  );
}
