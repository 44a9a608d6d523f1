import { useId, useState } from 'react';
import { describePrecision, formatWhen } from '../../domain/formatWhen';
import { KIND_LABELS } from '../../domain/relations';
import { EVENT_KINDS, type EventKind } from '../../domain/schema';
import { parseEdtf } from '../../domain/when';
import { ACTORS } from '../../extract/actors';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { defaultWorkspace, type EventChanges, type StoredEvent } from '../../workspace';

/**
 * One candidate's date, title, kind and actors, corrected and accepted in one step.
 * The date is EDTF, checked as it is typed and read back in words with its precision
 * ("12 Aug 2025 — known to the day"), so a slip shows before it is saved.
 */
export function CandidateEditor(props: {
  candidate: StoredEvent;
  loaded: LoadedDataset;
  onCancel: () => void;
  onSave: (changes: EventChanges) => Promise<boolean>;
  error: string | null;
}) {
  const { candidate, loaded } = props;
  const id = useId();
  const [title, setTitle] = useState(candidate.record.title);
  const [when, setWhen] = useState(candidate.record.when);
  const [kind, setKind] = useState<EventKind>(candidate.record.kind);
  const [actors, setActors] = useState<readonly string[]>(candidate.record.actors);
  const [saving, setSaving] = useState(false);
  const [newActor, setNewActor] = useState('');
  const [created, setCreated] = useState<readonly { id: string; name: string }[]>([]);
  const [actorError, setActorError] = useState<string | null>(null);

  const parsed = parseEdtf(when.trim());
  const titleError = title.trim() ? null : 'Enter a title.';
  const names = new Map<string, string>([
    ...ACTORS.map((a) => [a.id, a.name] as const),
    ...loaded.index.dataset.actors.map((a) => [a.id, a.name] as const),
    ...created.map((a) => [a.id, a.name] as const),
  ]);
  const createActor = async () => {
    // "Порт Гамбурга / Port of Hamburg": the first name is the actor's, the others its aliases, in any script.
    const [name, ...aliases] = newActor.split('/').map((n) => n.trim()).filter(Boolean);
    if (!name) return;
    const result = await (await defaultWorkspace()).createActor({ name, aliases });
    if (!result.ok) return setActorError(result.message);
    setActorError(null);
    setCreated([...created, { id: result.value.id, name: result.value.name }]);
    setActors([...actors, result.value.id]);
    setNewActor('');
  };
  const addable = [...names].filter(([actorId]) => !actors.includes(actorId)).sort((a, b) => a[1].localeCompare(b[1]));
  const valid = parsed.ok && !titleError;

  return (
    <form
      className="review-edit"
      aria-label={`Edit “${candidate.record.title}”`}
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
        await props.onSave({ title, when, kind, actors });
        setSaving(false);
      }}
    >
      <div className="review-edit__field">
        <label htmlFor={`${id}-when`}>Date (EDTF)</label>
        <input
          id={`${id}-when`}
          type="text"
          value={when}
          autoFocus
          spellCheck={false}
          aria-invalid={!parsed.ok}
          aria-describedby={`${id}-when-read`}
          onChange={(e) => setWhen(e.target.value)}
        />
        <span id={`${id}-when-read`} className={parsed.ok ? 'review-edit__read' : 'review-edit__error'} aria-live="polite">
          {parsed.ok ? `${formatWhen(parsed.value)} — ${describePrecision(parsed.value)}` : `Not a date: ${parsed.reason}. E.g. 2025-08-12, 2025-08, 2024, 2025-08-04/2025-08-10.`}
        </span>
      </div>
      <div className="review-edit__field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} type="text" value={title} aria-invalid={!!titleError} onChange={(e) => setTitle(e.target.value)} />
        {titleError && <span className="review-edit__error">{titleError}</span>}
      </div>
      <div className="review-edit__row">
        <div className="review-edit__field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="review-edit__field">
          <label htmlFor={`${id}-actor`}>Add actor</label>
          <select
            id={`${id}-actor`}
            value=""
            onChange={(e) => {
              if (e.target.value) setActors([...actors, e.target.value]);
            }}
          >
            <option value="">Choose…</option>
            {addable.map(([actorId, name]) => (
              <option key={actorId} value={actorId}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="review-edit__field">
        <label htmlFor={`${id}-new-actor`}>New actor (other names after “/”)</label>
        <span className="review-edit__new-actor">
          <input
            id={`${id}-new-actor`}
            type="text"
            value={newActor}
            placeholder="Порт Гамбурга / Port of Hamburg"
            onChange={(e) => setNewActor(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void createActor();
              }
            }}
          />
          <button type="button" disabled={!newActor.trim()} onClick={() => void createActor()}>
            Create
          </button>
        </span>
        {actorError && <span className="review-edit__error">{actorError}</span>}
      </div>
      <ul className="review-edit__actors" aria-label="Actors">
        {actors.length === 0 && <li className="review-edit__none">No actors</li>}
        {actors.map((a) => (
          <li key={a} className="review-edit__actor">
            {names.get(a) ?? a}
            <button type="button" aria-label={`Remove ${names.get(a) ?? a}`} onClick={() => setActors(actors.filter((x) => x !== a))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {props.error && (
        <p role="alert" className="review__message review__message--error">
          {props.error}
        </p>
      )}
      <div className="review__actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary" disabled={!valid || saving}>
          Save and accept
        </button>
      </div>
    </form>
  );
}
