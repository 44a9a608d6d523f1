import './fields.css';
import { failureText } from '../../i18n/phrases';
import { useId, useState } from 'react';
import { ACTORS } from '../../extract/actors';
import type { Actor } from '../../domain/dataset';
import { defaultWorkspace } from '../../workspace';
import { useTranslation } from 'react-i18next';

/**
 * The actors of an event: chips to remove, a list to add from — the extractor's alias
 * table and the open view's actors (the dataset's and the workspace's) as one list — and
 * a field that creates a new actor on the fly, with aliases across scripts after "/".
 */
export function ActorsField(props: { value: readonly string[]; onChange: (actors: string[]) => void; known: readonly Actor[] }) {
  const id = useId();
  const { t } = useTranslation();
  const [newActor, setNewActor] = useState('');
  const [created, setCreated] = useState<readonly { id: string; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const names = new Map<string, string>([
    ...ACTORS.map((a) => [a.id, a.name] as const),
    ...props.known.map((a) => [a.id, a.name] as const),
    ...created.map((a) => [a.id, a.name] as const),
  ]);
  const addable = [...names].filter(([actorId]) => !props.value.includes(actorId)).sort((a, b) => a[1].localeCompare(b[1]));

  const createActor = async () => {
    // "Порт Гамбурга / Port of Hamburg": the first name is the actor's, the others its aliases, in any script.
    const [name, ...aliases] = newActor.split('/').map((n) => n.trim()).filter(Boolean);
    if (!name) return;
    const result = await (await defaultWorkspace()).createActor({ name, aliases });
    if (!result.ok) return setError(failureText(result));
    setError(null);
    setCreated([...created, { id: result.value.id, name: result.value.name }]);
    props.onChange([...props.value, result.value.id]);
    setNewActor('');
  };

  return (
    <fieldset className="field field--actors">
      <legend>{t('fields.actors')}</legend>
      <ul className="field__chips" aria-label={t('fields.actors')}>
        {props.value.length === 0 && <li className="field__none">{t('fields.noActors')}</li>}
        {props.value.map((a) => (
          <li key={a} className="field__chip">
            {names.get(a) ?? a}
            <button type="button" aria-label={t('fields.removeActor', { name: names.get(a) ?? a })} onClick={() => props.onChange(props.value.filter((x) => x !== a))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-add`}>{t('fields.addActor')}</label>
      <select
        id={`${id}-add`}
        value=""
        onChange={(e) => {
          if (e.target.value) props.onChange([...props.value, e.target.value]);
        }}
      >
        <option value="">{t('fields.choose')}</option>
        {addable.map(([actorId, name]) => (
          <option key={actorId} value={actorId}>
            {name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-new`}>{t('fields.newActor')}</label>
      <span className="field__inline">
        <input
          id={`${id}-new`}
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
          {t('fields.create')}
        </button>
      </span>
      {error && <span className="field__error">{error}</span>}
    </fieldset>
  );
}
