import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportedFile } from '../../import';
import { BUILTIN_DATASET_URL, datasetQueries } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';
import { defaultChoices, overlapWith, type MergeChoices } from './datasetMerge';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../i18n/phrases';

/**
 * A dataset file, before it is added: what it holds, what could not be read, and how it
 * meets the open chronology. Ids are kept: events the chronology already has are updated
 * to the file's version (or come in as new events beside them), and a file that is a
 * version of this chronology can remove what it leaves out and bring its story. The
 * dataset file itself is never changed; one Undo takes the import back.
 */
export function DatasetSummary(props: {
  file: Extract<ImportedFile, { kind: 'dataset' }>;
  saving: boolean;
  onBack: () => void;
  onAdd: (choices: MergeChoices) => void;
}) {
  const { t } = useTranslation();
  const { dataset, problems, fileName } = props.file;
  const dataUrl = useAppStore((s) => s.dataUrl);
  const base = useQuery(datasetQueries.byUrl(dataUrl ?? BUILTIN_DATASET_URL)).data?.index.dataset;
  const [chosen, setChosen] = useState<MergeChoices | null>(null);
  const choices = chosen ?? (base ? defaultChoices(dataset, base) : { conflicts: 'update', absent: 'keep', takeStory: false });
  const choose = (change: Partial<MergeChoices>) => setChosen({ ...choices, ...change });
  const overlap = base ? overlapWith(dataset, base) : { shared: 0, baseEvents: 0 };
  const leftOut = overlap.baseEvents - overlap.shared;
  const scenes = dataset.scenes?.length ?? 0;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <div className="import__dataset">
      <dl className="import__facts">
        <div>
          <dt>{t('import.file')}</dt>
          <dd>{fileName}</dd>
        </div>
        {dataset.title && (
          <div>
            <dt>{t('fields.title')}</dt>
            <dd>{dataset.title}</dd>
          </div>
        )}
        <div>
          <dt>{t('import.holds')}</dt>
          <dd>
            {t('import.holdsEvents', { events: t('import.events', { count: dataset.events.length }), count: dataset.sources.length })}
          </dd>
        </div>
      </dl>
      {problems.length > 0 && (
        <div className="import__problems" role="alert">
          <strong>
            {errors > 0
              ? t('import.itemsLeftOut', { count: errors })
              : t('import.readWithWarnings', { count: problems.length })}
          </strong>
          <ul>
            {problems.slice(0, 8).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {messageText(t, p.code, p.message)}
              </li>
            ))}
          </ul>
          {problems.length > 8 && <p className="import__hint">{t('import.andMore', { count: problems.length - 8 })}</p>}
        </div>
      )}
      {overlap.shared > 0 && (
        <fieldset className="import__merge">
          <legend>{t('import.mergeShared', { count: overlap.shared })}</legend>
          <label>
            <input type="radio" name="conflicts" checked={choices.conflicts === 'update'} onChange={() => choose({ conflicts: 'update' })} />
            {t('import.mergeUpdate')}
          </label>
          <label>
            <input type="radio" name="conflicts" checked={choices.conflicts === 'new'} onChange={() => choose({ conflicts: 'new' })} />
            {t('import.mergeNew')}
          </label>
          {leftOut > 0 && (
            <label>
              <input type="checkbox" checked={choices.absent === 'delete'} onChange={(e) => choose({ absent: e.target.checked ? 'delete' : 'keep' })} />
              {t('import.mergeRemove', { count: leftOut })}
            </label>
          )}
        </fieldset>
      )}
      {(scenes > 0 || choices.takeStory) && (
        <label className="import__option">
          <input type="checkbox" checked={choices.takeStory} onChange={(e) => choose({ takeStory: e.target.checked })} />
          {t('import.mergeStory', { count: scenes })}
        </label>
      )}
      <p className="import__hint">{t('import.datasetHint')}</p>
      <div className="import__actions">
        <button type="button" onClick={props.onBack}>
          {t('import.back')}
        </button>
        <button type="button" className="button--primary" onClick={() => props.onAdd(choices)} disabled={props.saving || dataset.sources.length === 0 || !base}>
          {props.saving ? t('import.adding') : t('import.add')}
        </button>
      </div>
    </div>
  );
}
