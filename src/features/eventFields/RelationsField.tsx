import './fields.css';
import { useId, useState } from 'react';
import type { TimelineEvent } from '../../domain/dataset';
import { formatWhen } from '../../domain/formatWhen';
import { useLocale } from '../../i18n/useLocale';
import { RELATION_TYPES, type EventRecord, type RelationType } from '../../domain/schema';

type Relation = EventRecord['relations'][number];

/** Links to other events in the view ("Anniversary of", "Reports", …): listed, removed, added. */
export function RelationsField(props: { eventId: string; value: readonly Relation[]; onChange: (relations: Relation[]) => void; events: readonly TimelineEvent[] }) {
  const id = useId();
  const { t, locale } = useLocale();
  const [type, setType] = useState<RelationType>('anniversary-of');
  const [target, setTarget] = useState('');
  const byId = new Map(props.events.map((e) => [e.id, e]));
  const name = (eventId: string) => {
    const e = byId.get(eventId);
    return e ? `${e.title} (${formatWhen(e.when, locale)})` : eventId;
  };
  const has = (r: Relation) => props.value.some((x) => x.type === r.type && x.target === r.target);
  const candidates = props.events.filter((e) => e.id !== props.eventId).slice().sort((a, b) => a.title.localeCompare(b.title));

  return (
    <fieldset className="field field--relations">
      <legend>{t('fields.related')}</legend>
      <ul className="field__list" aria-label={t('fields.related')}>
        {props.value.length === 0 && <li className="field__none">{t('fields.none')}</li>}
        {props.value.map((r) => (
          <li key={`${r.type} ${r.target}`}>
            {t(`relation.${r.type}`)}: {name(r.target)}
            <button type="button" aria-label={t('fields.removeRelation', { relation: `${t(`relation.${r.type}`)}: ${name(r.target)}` })} onClick={() => props.onChange(props.value.filter((x) => x !== r))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <span className="field__inline">
        <label className="visually-hidden" htmlFor={`${id}-type`}>
          {t('fields.relation')}
        </label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as RelationType)}>
          {RELATION_TYPES.map((rt) => (
            <option key={rt} value={rt}>
              {t(`relation.${rt}`)}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-target`}>
          {t('fields.relatedEvent')}
        </label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('fields.chooseEvent')}</option>
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
          {t('fields.link')}
        </button>
      </span>
    </fieldset>
  );
}
