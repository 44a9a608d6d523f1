import { useQuery } from '@tanstack/react-query';
import { failureText } from '../../i18n/phrases';
import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { Modal } from '../../components/ui/Modal';
import type { Actor, DatasetIndex } from '../../domain/dataset';
import { eventToRecord } from '../../domain/serializeDataset';
import { BUILTIN_DATASET_URL } from '../../queries/datasetQuery';
import { datasetKeyFor, workspaceQueries } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import { defaultWorkspace, type WriteResult } from '../../workspace';

/** Other names typed as one line: "/" or "," between them, in any script. */
export function parseAliases(text: string): string[] {
  return [...new Set(text.split(/[/,]/u).map((a) => a.trim()).filter(Boolean))];
}

/**
 * Rename an actor, change its other names, or merge it into another actor: every event
 * naming it then names the other (the dataset's events through overlays) and its names
 * become the other's aliases. Each is one command, undone with Ctrl+Z.
 */
export function ActorDialog({ actor, index, onClose }: { actor: Actor; index: DatasetIndex; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dataUrl = useAppStore((s) => s.dataUrl);
  const datasetKey = datasetKeyFor(dataUrl ?? BUILTIN_DATASET_URL);
  // The revision the form opens on: a rename made meanwhile in another tab is a conflict.
  const stored = useQuery(workspaceQueries.actor(actor.id));
  const [openedRev, setOpenedRev] = useState<number | null>(null);
  if (openedRev === null && stored.isSuccess) setOpenedRev(stored.data?.rev ?? 0);
  const [name, setName] = useState(actor.name);
  const [aliases, setAliases] = useState(actor.aliases.join(' / '));
  const [into, setInto] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const events = index.dataset.events.filter((e) => e.actors.includes(actor.id));
  const others = index.dataset.actors.filter((a) => a.id !== actor.id).slice().sort((a, b) => a.name.localeCompare(b.name));
  const target = others.find((a) => a.id === into);

  const done = (result: WriteResult<unknown>) => {
    if (result.ok) onClose();
    else setMessage(failureText(result));
  };
  const rename = async () => {
    if (openedRev === null) return;
    done(await (await defaultWorkspace()).updateActor(actor, openedRev, { name: name.trim(), aliases: parseAliases(aliases) }));
  };
  const merge = async () => {
    if (!target) return;
    const shown = events.map((e) => ({ owner: 'dataset' as const, datasetKey, eventId: e.id, expectedRev: 0, shown: eventToRecord(e) }));
    done(await (await defaultWorkspace()).mergeActors(actor, target, shown));
  };

  return (
    <Modal title={t('actor.title', { name: actor.name })} onClose={onClose}>
      <section className="modal__section">
        <form
          aria-label={t('actor.rename')}
          onSubmit={(e) => {
            e.preventDefault();
            void rename();
          }}
        >
          <label htmlFor={`${id}-name`}>{t('actor.name')}</label>
          <input id={`${id}-name`} value={name} aria-invalid={name.trim() === ''} onChange={(e) => setName(e.target.value)} />
          <label htmlFor={`${id}-aliases`}>{t('actor.aliases')}</label>
          <input id={`${id}-aliases`} value={aliases} dir="auto" onChange={(e) => setAliases(e.target.value)} />
          <div className="modal__buttons">
            <button type="submit" className="button--primary" disabled={name.trim() === '' || openedRev === null}>
              {t('common.save')}
            </button>
          </div>
        </form>
      </section>
      <section className="modal__section" aria-labelledby={`${id}-merge`}>
        <h3 id={`${id}-merge`}>{t('actor.mergeTitle')}</h3>
        <label htmlFor={`${id}-into`}>{t('actor.mergeInto', { name: actor.name })}</label>
        <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">{t('actor.choose')}</option>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        {target && (
          <p>
            {t('actor.mergeEffect', { count: events.length, name: actor.name, target: target.name })}
          </p>
        )}
        <div className="modal__buttons">
          <button type="button" disabled={!target} onClick={() => void merge()}>
            {t('review.merge')}
          </button>
        </div>
      </section>
      {message && (
        <p role="alert" className="details__error">
          {message}
        </p>
      )}
    </Modal>
  );
}
