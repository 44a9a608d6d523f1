import { useState } from 'react';
import { defaultWorkspaceWithin } from '../../workspace';
import type { UnreadableSource } from '../../workspace/unreadableSources';

/**
 * Imported sources whose data cannot be read, each with a way out: removing it (its
 * events go with it). Without this, one bad stored record meant an error on every
 * load and no way in the page to clear it. Removal asks once, since it cannot be undone.
 */
export function UnreadableSources({ sources }: { sources: readonly UnreadableSource[] }) {
  if (sources.length === 0) return null;
  return (
    <div role="alert" className="problem-list problem-list--error">
      <strong>
        {sources.length === 1 ? 'An imported source holds' : `${sources.length} imported sources hold`} data that cannot be shown (listed
        below); removing {sources.length === 1 ? 'it' : 'one'} clears the error.
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
  const [state, setState] = useState<'idle' | 'confirm' | 'removing' | { error: string }>('idle');
  const remove = async () => {
    setState('removing');
    try {
      const ws = await defaultWorkspaceWithin();
      const r = await ws.removeSource(source.id, source.rev);
      // On success the view refetches (the workspace announces the change) and this row goes away.
      if (!r.ok) setState({ error: r.message });
    } catch (e) {
      setState({ error: `Nothing was removed: ${(e as Error).message}` });
    }
  };
  return (
    <li>
      “{source.title}” <code>{source.id}</code>{' '}
      {state === 'idle' && (
        <button type="button" onClick={() => setState('confirm')}>
          Remove…
        </button>
      )}
      {state === 'confirm' && (
        <>
          Remove it and its events from the workspace?{' '}
          <button type="button" onClick={() => void remove()}>
            Remove “{source.title}”
          </button>{' '}
          <button type="button" onClick={() => setState('idle')}>
            Keep
          </button>
        </>
      )}
      {state === 'removing' && <span role="status">Removing…</span>}
      {typeof state === 'object' && <span>{state.error}</span>}
    </li>
  );
}
