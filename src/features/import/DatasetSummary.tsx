import type { ImportedFile } from '../../import';

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
  const { dataset, problems, fileName } = props.file;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <div className="import__dataset">
      <dl className="import__facts">
        <div>
          <dt>File</dt>
          <dd>{fileName}</dd>
        </div>
        {dataset.title && (
          <div>
            <dt>Title</dt>
            <dd>{dataset.title}</dd>
          </div>
        )}
        <div>
          <dt>Holds</dt>
          <dd>
            {dataset.events.length} events from {dataset.sources.length} {dataset.sources.length === 1 ? 'source' : 'sources'}
          </dd>
        </div>
      </dl>
      {problems.length > 0 && (
        <div className="import__problems" role="alert">
          <strong>
            {errors > 0
              ? `${errors} ${errors === 1 ? 'item' : 'items'} could not be read and will be left out`
              : `Read with ${problems.length} ${problems.length === 1 ? 'warning' : 'warnings'}`}
          </strong>
          <ul>
            {problems.slice(0, 8).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
          {problems.length > 8 && <p className="import__hint">…and {problems.length - 8} more.</p>}
        </div>
      )}
      <p className="import__hint">Its sources and events are added to your workspace, beside the built-in dataset, and shown at once.</p>
      <div className="import__actions">
        <button type="button" onClick={props.onBack}>
          Back
        </button>
        <button type="button" className="button--primary" onClick={props.onAdd} disabled={props.saving || dataset.sources.length === 0}>
          {props.saving ? 'Adding…' : 'Add to workspace'}
        </button>
      </div>
    </div>
  );
}
