import type { ImportedFile } from '../../import';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../i18n/phrases';

/**
 * A dataset file, before it is added: what it holds and what could not be read. Its
 * sources and events join the workspace beside the built-in dataset (never replacing
 * it); the same file twice is refused.
 */
export function DatasetSummary(props: {
  file: Extract<ImportedFile, { kind: 'dataset' }>;
  saving: boolean;
  onBack: () => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const { dataset, problems, fileName } = props.file;
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
      <p className="import__hint">{t('import.datasetHint')}</p>
      <div className="import__actions">
        <button type="button" onClick={props.onBack}>
          {t('import.back')}
        </button>
        <button type="button" className="button--primary" onClick={props.onAdd} disabled={props.saving || dataset.sources.length === 0}>
          {props.saving ? t('import.adding') : t('import.add')}
        </button>
      </div>
    </div>
  );
}
