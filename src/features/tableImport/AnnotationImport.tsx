import { useEffect, useState } from 'react';
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
        if (live) setError(`The annotations could not be read: ${(e as Error).message}`);
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
      setError(result.message);
      setSaving(false);
    }
  };

  return (
    <div className="table-import">
      <h3 className="import__step" tabIndex={-1}>
        Excerpts from “{props.fileName}”
      </h3>
      {!plan && !error && <p role="status">Anchoring the annotations on the sources…</p>}
      {plan && (
        <p className="table-import__counts" data-testid="annotation-counts">
          {excerpts} {excerpts === 1 ? 'excerpt' : 'excerpts'} for {plan.input.items.length} {plan.input.items.length === 1 ? 'event' : 'events'}
          {moved > 0 && ` (${moved} found again by their words: the text had moved)`}
          {plan.alreadyThere > 0 && `; ${plan.alreadyThere} already there`}.
        </p>
      )}
      {problems.length > 0 && (
        <div className="table-import__problems" role="region" aria-label="Annotations left out">
          <ul>
            {problems.slice(0, 100).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
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
          Back
        </button>
        <button type="button" className="button--primary" disabled={!plan || excerpts === 0 || saving} onClick={() => void confirm()}>
          {saving ? 'Adding…' : `Add ${excerpts} ${excerpts === 1 ? 'excerpt' : 'excerpts'}`}
        </button>
      </div>
    </div>
  );
}
