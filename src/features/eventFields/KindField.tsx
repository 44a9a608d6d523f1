import './fields.css';
import { useId } from 'react';
import { KIND_LABELS } from '../../domain/relations';
import { EVENT_KINDS, type EventKind } from '../../domain/schema';

export function KindField(props: { value: EventKind; onChange: (kind: EventKind) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Kind</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as EventKind)}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </div>
  );
}
