import './fields.css';
import { useId, useState } from 'react';
import type { TimelineEvent } from '../../domain/dataset';
import { formatWhen } from '../../domain/formatWhen';
import { RELATION_LABELS } from '../../domain/relations';
import { RELATION_TYPES, type EventRecord, type RelationType } from '../../domain/schema';

type Relation = EventRecord['relations'][number];

/** Links to other events in the view ("Anniversary of", "Reports", …): listed, removed, added. */
export function RelationsField(props: { eventId: string; value: readonly Relation[]; onChange: (relations: Relation[]) => void; events: readonly TimelineEvent[] }) {
  const id = useId();
  const [type, setType] = useState<RelationType>('anniversary-of');
  const [target, setTarget] = useState('');
  const byId = new Map(props.events.map((e) => [e.id, e]));
  const name = (eventId: string) => {
    const e = byId.get(eventId);
    return e ? `${e.title} (${formatWhen(e.when)})` : eventId;
  };
  const has = (r: Relation) => props.value.some((x) => x.type === r.type && x.target === r.target);
  const candidates = props.events.filter((e) => e.id !== props.eventId).slice().sort((a, b) => a.title.localeCompare(b.title));

  return (
    <fieldset className="field field--relations">
      <legend>Related events</legend>
      <ul className="field__list" aria-label="Related events">
        {props.value.length === 0 && <li className="field__none">None</li>}
        {props.value.map((r) => (
          <li key={`${r.type} ${r.target}`}>
            {RELATION_LABELS[r.type]}: {name(r.target)}
            <button type="button" aria-label={`Remove “${RELATION_LABELS[r.type]}: ${name(r.target)}”`} onClick={() => props.onChange(props.value.filter((x) => x !== r))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <span className="field__inline">
        <label className="visually-hidden" htmlFor={`${id}-type`}>
          Relation
        </label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as RelationType)}>
          {RELATION_TYPES.map((t) => (
            <option key={t} value={t}>
              {RELATION_LABELS[t]}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-target`}>
          Related event
        </label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose an event…</option>
          {candidates.map((e) => (
            <option key={e.id} value={e.id}>
              {name(e.id)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!target || has({ type, target })}
          onClick={() => {
            props.onChange([...props.value, { type, target }]);
            setTarget('');
          }}
        >
          Link
        </button>
      </span>
    </fieldset>
  );
}
