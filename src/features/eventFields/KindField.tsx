import './fields.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind } from '../../domain/schema';

export function KindField(props: { value: EventKind; onChange: (kind: EventKind) => void }) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('fields.kind')}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as EventKind)}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
