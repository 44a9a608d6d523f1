import { useQuery } from '@tanstack/react-query';
import { failureText } from '../../i18n/phrases';
import { useLocale } from '../../i18n/useLocale';
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
  const { t } = useLocale();
  const sources = useQuery(workspaceQueries.sources());
  if (sources.isError) return <p className="sources-panel__empty">{t('review.unreadable', { message: sources.error.message })}</p>;
  if (!sources.data) return <p className="sources-panel__empty">{t('review.loading')}</p>;
  if (sources.data.length === 0) return <p className="sources-panel__empty">{t('sources.none')}</p>;
  return (
    <ul className="sources-panel" aria-label={t('sources.label')}>
      {sources.data.map((s) => (
        <SourceRow key={s.id} stored={s} />
      ))}
    </ul>
  );
}

function SourceRow({ stored }: { stored: StoredSource }) {
  const { t, locale } = useLocale();
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
    if (!preview) return setError(t('sources.gone'));
    setRemoval(preview);
    setMode('confirm');
  };

  return (
    <li className="sources-panel__item">
      <p className="sources-panel__title" lang={s.language} dir="auto">
        {s.title}
      </p>
      <p className="sources-panel__meta">
        {s.language} · {formatPublished(s, locale) ?? t('sources.publishedUnknown')}
        {' · '}
        {t('import.events', { count: accepted })}
        {list.length > 0 && ` · ${t('review.progress', { done: list.length - open, count: list.length })}`}
      </p>
      {mode === 'view' && (
        <div className="sources-panel__actions">
          <button type="button" onClick={() => (setError(null), setMode('edit'))}>
            {t('sources.edit')}
          </button>
          <button type="button" onClick={() => void askRemove()}>
            {t('sources.remove')}
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <SourceForm
          stored={stored}
          onCancel={() => setMode('view')}
          onSave={async (changes) => {
            const result = await (await defaultWorkspace()).updateSource(stored.id, stored.rev, changes);
            if (!result.ok) return setError(failureText(result));
            setMode('view');
          }}
        />
      )}
      {mode === 'confirm' && removal && (
        <div className="sources-panel__confirm" role="alertdialog" aria-label={t('sources.confirmLabel', { title: s.title })}>
          <p>
            {t('sources.confirm', {
              title: s.title,
              events: t('import.events', { count: removal.events }),
              excerpts: t('reader.excerpts', { count: removal.excerpts }),
            })}
          </p>
          <button
            type="button"
            className="button--danger"
            autoFocus
            onClick={async () => {
              const result = await (await defaultWorkspace()).removeSource(stored.id, removal.rev);
              if (!result.ok) setError(failureText(result));
              setMode('view');
            }}
          >
            {t('evidence.remove')}
          </button>
          <button type="button" onClick={() => setMode('view')}>
            {t('common.cancel')}
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
  const { t } = useLocale();
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
      aria-label={t('sources.correct', { title: s.title })}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(fields);
      }}
    >
      {field('title', t('fields.title'))}
      {field('publisher', t('reader.publisher'))}
      {field('url', t('sources.url'))}
      {field('language', t('sources.language'))}
      {field('published', t('sources.published'))}
      {field('publishedZone', t('sources.zone'))}
      <div className="sources-panel__actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button--primary" disabled={fields.title.trim() === ''}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
