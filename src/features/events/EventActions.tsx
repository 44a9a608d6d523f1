import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TimelineEvent } from '../../domain/dataset';
import { eventToRecord } from '../../domain/serializeDataset';
import { BUILTIN_DATASET_URL } from '../../queries/datasetQuery';
import { datasetKeyFor, workspaceQueries } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import { defaultWorkspace, type EventChanges, type EventTarget, type WriteResult } from '../../workspace';
import { EventEditForm } from './EventEditForm';


/**
 * Edit, delete and revert for the selected event, whoever owns it: the workspace's own
 * events change in place, the dataset's get an overlay. Each action is one command, so
 * Undo takes it back; each carries the revision the details were showing.
 */
export function EventActions({ event }: { event: TimelineEvent }) {
  const dataUrl = useAppStore((s) => s.dataUrl);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const datasetKey = datasetKeyFor(dataUrl ?? BUILTIN_DATASET_URL);
  const owner = useQuery(workspaceQueries.eventOwner(datasetKey, event.id));
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (owner.isError) return null;
  if (!owner.data) return null;
  const target: EventTarget =
    owner.data.owner === 'workspace'
      ? { owner: 'workspace', eventId: event.id, expectedRev: owner.data.stored.rev }
      : { owner: 'dataset', datasetKey, eventId: event.id, expectedRev: owner.data.overlay?.rev ?? 0, shown: eventToRecord(event) };
  const changedHere = owner.data.owner === 'dataset' && owner.data.overlay !== null;

  const report = (result: WriteResult<unknown>) => {
    setMessage(result.ok ? null : result.message);
    return result.ok;
  };
  const save = async (changes: EventChanges) => {
    const ok = report(await (await defaultWorkspace()).editEvent(target, changes));
    if (ok) setEditing(false);
    return ok;
  };

  if (editing) return <EventEditForm event={event} onSave={save} onCancel={() => setEditing(false)} error={message} />;
  return (
    <div className="details__actions" role="group" aria-label="Change this event">
      <button type="button" onClick={() => (setMessage(null), setEditing(true))}>
        Edit
      </button>
      <button
        type="button"
        onClick={async () => {
          if (report(await (await defaultWorkspace()).deleteEvent(target))) selectEvent(null);
        }}
      >
        Delete
      </button>
      {changedHere && target.owner === 'dataset' && (
        <button type="button" onClick={async () => report(await (await defaultWorkspace()).revertEvent(target))}>
          Revert to original
        </button>
      )}
      {message && (
        <p role="alert" className="details__error">
          {message}
        </p>
      )}
    </div>
  );
}
