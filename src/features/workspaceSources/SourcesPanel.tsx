import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { formatPublished } from '../../domain/sourceMeta';
import { workspaceQueries } from '../../queries/workspaceQueries';
import { defaultWorkspace, type SourceChanges, type StoredSource } from '../../workspace';
import './sources-panel.css';

/**
 * The workspace's sources: title, language, publication, how many events and how far
 * reviewed; each can be renamed, have its publication data corrected, or be removed
 * after a confirmation that says what goes with it. Every change is one command: Undo
 * takes it back.
 */
export function SourcesPanel() {
  const sources = useQuery(workspaceQueries.sources());
  if (sources.isError) return <p className="sources-panel__empty">The workspace could not be read: {sources.error.message}</p>;
  if (!sources.data) return <p className="sources-panel__empty">Loading…</p>;
  if (sources.data.length === 0) return <p className="sources-panel__empty">No imported sources yet. Use Import… (i) to bring in an article.</p>;
  return (
    <ul className="sources-panel" aria-label="Imported sources">
      {sources.data.map((s) => (
        <SourceRow key={s.id} stored={s} />
      ))}
    </ul>
  );
}

function SourceRow({ stored }: { stored: StoredSource }) {
  const events = useQuery(workspaceQueries.events(stored.id));
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [removal, setRemoval] = useState<{ events: number; excerpts: number; rev: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const s = stored.source;
  const list = events.data ?? [];
  const accepted = list.filter((e) => e.state === 'accepted').length;
  const open = list.filter((e) => e.state === 'unreviewed').length;

  const askRemove = async () => {
    setError(null);
    const preview = await (await defaultWorkspace()).previewSourceRemoval(stored.id);
    if (!preview) return setError('This source is no longer in the workspace.');
    setRemoval(preview);
    setMode('confirm');
  };

  return (
    <li className="sources-panel__item">
      <p className="sources-panel__title" lang={s.language} dir="auto">
        {s.title}
      </p>
      <p className="sources-panel__meta">
        {s.language} · {formatPublished(s) ?? 'publication time unknown'}
        {' · '}
        {accepted} {accepted === 1 ? 'event' : 'events'}
        {list.length > 0 && ` · ${list.length - open} of ${list.length} reviewed`}
      </p>
      {mode === 'view' && (
        <div className="sources-panel__actions">
          <button type="button" onClick={() => (setError(null), setMode('edit'))}>
            Rename or correct…
          </button>
          <button type="button" onClick={() => void askRemove()}>
            Remove…
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <SourceForm
          stored={stored}
          onCancel={() => setMode('view')}
          onSave={async (changes) => {
            const result = await (await defaultWorkspace()).updateSource(stored.id, stored.rev, changes);
            if (!result.ok) return setError(result.message);
            setMode('view');
          }}
        />
      )}
      {mode === 'confirm' && removal && (
        <div className="sources-panel__confirm" role="alertdialog" aria-label={`Remove “${s.title}”?`}>
          <p>
            Remove “{s.title}”? {removal.events} {removal.events === 1 ? 'event' : 'events'} and {removal.excerpts}{' '}
            {removal.excerpts === 1 ? 'excerpt' : 'excerpts'} go with it. Undo brings them back.
          </p>
          <button
            type="button"
            className="button--danger"
            autoFocus
            onClick={async () => {
              const result = await (await defaultWorkspace()).removeSource(stored.id, removal.rev);
              if (!result.ok) setError(result.message);
              setMode('view');
            }}
          >
            Remove
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="sources-panel__error">
          {error}
        </p>
      )}
    </li>
  );
}

function SourceForm({ stored, onSave, onCancel }: { stored: StoredSource; onSave: (changes: SourceChanges) => Promise<void>; onCancel: () => void }) {
  const id = useId();
  const s = stored.source;
  const [fields, setFields] = useState({
    title: s.title, publisher: s.publisher ?? '', url: s.url ?? '', language: s.language, published: s.published ?? '', publishedZone: s.publishedZone ?? '',
  });
  const field = (key: keyof typeof fields, label: string) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.target.value })} />
    </>
  );
  return (
    <form
      className="sources-panel__form"
      aria-label={`Correct “${s.title}”`}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(fields);
      }}
    >
      {field('title', 'Title')}
      {field('publisher', 'Publisher')}
      {field('url', 'Address (URL)')}
      {field('language', 'Language (BCP 47, e.g. ru, en)')}
      {field('published', 'Published (EDTF, e.g. 2025-08-13T10:15+03:00)')}
      {field('publishedZone', 'Time zone (IANA, e.g. Europe/Moscow)')}
      <div className="sources-panel__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary" disabled={fields.title.trim() === ''}>
          Save
        </button>
      </div>
    </form>
  );
}
