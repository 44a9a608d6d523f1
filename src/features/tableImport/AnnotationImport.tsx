import { useEffect, useState } from 'react';
import { i18n } from '../../i18n/i18n';
import { messageText, failureText } from '../../i18n/phrases';
import { readWebAnnotations, type AnchoredEvidence } from '../../domain/exchange/webAnnotation';
import type { Problem } from '../../domain/parseDataset';
import { BUILTIN_DATASET_URL } from '../../queries/datasetQuery';
import { useDatasetQuery } from '../../queries/useDataset';
import { datasetKeyFor } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import { defaultWorkspaceWithin, type WorkspaceSnapshot } from '../../workspace';
import { planAnnotationImport } from '../../workspace/commands/annotationImportCommands';
import { annotationImportOf } from '../../workspace/annotationImportPlan';

/**
 * W3C Web Annotations in the import dialog: each anchored on a source of the chronology
 * (by position, else by its quote), shown before anything is written, then added to the
 * events they name as one command.
 */
export function AnnotationImport(props: { fileName: string; json: unknown; onBack: () => void; onDone: () => void }) {
  const view = useDatasetQuery().data;
  const dataUrl = useAppStore((s) => s.dataUrl);
  const datasetKey = datasetKeyFor(dataUrl ?? BUILTIN_DATASET_URL);
  const [read, setRead] = useState<{ anchored: AnchoredEvidence[]; problems: Problem[]; snapshot: WorkspaceSnapshot } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!view) return;
    let live = true;
    void (async () => {
      try {
        const snapshot = await (await defaultWorkspaceWithin()).snapshot();
        const { value, problems } = await readWebAnnotations(props.json, view.index.dataset.sources);
        if (live) setRead({ anchored: value, problems, snapshot });
      } catch (e) {
        if (live) setError(i18n.t('annotations.unreadable', { message: (e as Error).message }));
      }
    })();
    return () => {
      live = false;
    };
  }, [view, props.json]);

  const plan = read && view ? annotationImportOf(read.anchored, view.index.dataset, read.snapshot, datasetKey, props.fileName) : null;
  const excerpts = plan ? plan.input.items.reduce((n, i) => n + i.evidence.length, 0) : 0;
  const moved = read ? read.anchored.filter((a) => a.anchoredBy === 'quote').length : 0;
  const problems = [...(read?.problems ?? []), ...(plan?.problems ?? [])];

  const confirm = async () => {
    if (!plan) return;
    setSaving(true);
    const result = await (await defaultWorkspaceWithin()).run((r, ctx) => planAnnotationImport(r, plan.input, ctx));
    if (result.ok) props.onDone();
    else {
      setError(failureText(result));
      setSaving(false);
    }
  };

  return (
    <div className="table-import">
      <h3 className="import__step" tabIndex={-1}>
        {i18n.t('annotations.step', { name: props.fileName })}
      </h3>
      {!plan && !error && <p role="status">{i18n.t('annotations.anchoring')}</p>}
      {plan && (
        <p className="table-import__counts" data-testid="annotation-counts">
          {i18n.t('annotations.counts', { excerpts: i18n.t('annotations.excerpts', { count: excerpts }), count: plan.input.items.length })}
          {moved > 0 && i18n.t('annotations.moved', { count: moved })}
          {plan.alreadyThere > 0 && i18n.t('annotations.already', { count: plan.alreadyThere })}.
        </p>
      )}
      {problems.length > 0 && (
        <div className="table-import__problems" role="region" aria-label={i18n.t('annotations.leftOut')}>
          <ul>
            {problems.slice(0, 100).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {messageText(i18n.t, p.code, p.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p role="alert" className="import__error">
          {error}
        </p>
      )}
      <div className="import__actions">
        <button type="button" onClick={props.onBack}>
          {i18n.t('import.back')}
        </button>
        <button type="button" className="button--primary" disabled={!plan || excerpts === 0 || saving} onClick={() => void confirm()}>
          {saving ? i18n.t('import.adding') : i18n.t('annotations.add', { excerpts: i18n.t('annotations.excerpts', { count: excerpts }) })}
        </button>
      </div>
    </div>
  );
}
