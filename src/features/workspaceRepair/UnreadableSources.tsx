import { useState } from 'react';
import { failureText } from '../../i18n/phrases';
import { useTranslation } from 'react-i18next';
import { defaultWorkspaceWithin } from '../../workspace';
import type { UnreadableSource } from '../../workspace/unreadableSources';

/**
 * Imported sources whose data cannot be read, each with a way out: removing it (its
 * events go with it). Without this, one bad stored record meant an error on every
 * load and no way in the page to clear it. Removal asks once, since it cannot be undone.
 */
export function UnreadableSources({ sources }: { sources: readonly UnreadableSource[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <div role="alert" className="problem-list problem-list--error">
      <strong>
        {t('repair.title', { count: sources.length })}
      </strong>
      <ul>
        {sources.map((s) => (
          <RemovableSource key={s.id} source={s} />
        ))}
      </ul>
    </div>
  );
}

function RemovableSource({ source }: { source: UnreadableSource }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'confirm' | 'removing' | { error: string }>('idle');
  const remove = async () => {
    setState('removing');
    try {
      const ws = await defaultWorkspaceWithin();
      const r = await ws.removeSource(source.id, source.rev);
      // On success the view refetches (the workspace announces the change) and this row goes away.
      if (!r.ok) setState({ error: failureText(r) });
    } catch (e) {
      setState({ error: t('repair.nothingRemoved', { message: (e as Error).message }) });
    }
  };
  return (
    <li>
      “{source.title}” <code>{source.id}</code>{' '}
      {state === 'idle' && (
        <button type="button" onClick={() => setState('confirm')}>
          {t('sources.remove')}
        </button>
      )}
      {state === 'confirm' && (
        <>
          {t('repair.confirm')}{' '}
          <button type="button" onClick={() => void remove()}>
            {t('repair.remove', { title: source.title })}
          </button>{' '}
          <button type="button" onClick={() => setState('idle')}>
            {t('repair.keep')}
          </button>
        </>
      )}
      {state === 'removing' && <span role="status">{t('repair.removing')}</span>}
      {typeof state === 'object' && <span>{state.error}</span>}
    </li>
  );
}
