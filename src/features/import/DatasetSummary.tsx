import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportedFile } from '../../import';
import { BUILTIN_DATASET_URL, datasetQueries } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';
import { defaultChoices, overlapWith, type MergeChoices } from './datasetMerge';

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
      {overlap.shared > 0 && (
        <fieldset className="import__merge">
          <legend>
            {overlap.shared} of its events are already in the chronology (the same ids)
          </legend>
          <label>
            <input type="radio" name="conflicts" checked={choices.conflicts === 'update'} onChange={() => choose({ conflicts: 'update' })} />
            Update them to the file’s version (where they differ)
          </label>
          <label>
            <input type="radio" name="conflicts" checked={choices.conflicts === 'new'} onChange={() => choose({ conflicts: 'new' })} />
            Import them as new events beside them
          </label>
          {leftOut > 0 && (
            <label>
              <input type="checkbox" checked={choices.absent === 'delete'} onChange={(e) => choose({ absent: e.target.checked ? 'delete' : 'keep' })} />
              Remove the {leftOut} {leftOut === 1 ? 'event' : 'events'} of the chronology that the file leaves out
            </label>
          )}
        </fieldset>
      )}
      {(scenes > 0 || choices.takeStory) && (
        <label className="import__option">
          <input type="checkbox" checked={choices.takeStory} onChange={(e) => choose({ takeStory: e.target.checked })} />
          Use the file’s story ({scenes} {scenes === 1 ? 'scene' : 'scenes'}) as the story
        </label>
      )}
      <p className="import__hint">Its sources and events are added to your workspace with their ids, and shown at once; one Undo takes the import back.</p>
      <div className="import__actions">
        <button type="button" onClick={props.onBack}>
          Back
        </button>
        <button type="button" className="button--primary" onClick={() => props.onAdd(choices)} disabled={props.saving || dataset.sources.length === 0 || !base}>
          {props.saving ? 'Adding…' : 'Add to workspace'}
        </button>
      </div>
    </div>
  );
}
