import { useState } from 'react';
import { failureText } from '../../i18n/phrases';
import type { DatasetIndex, TimelineEvent } from '../../domain/dataset';
import { useAppStore } from '../../stores/store';
import { eventToRecord } from '../../domain/serializeDataset';
import { defaultWorkspace, type EventChanges, type EventTarget, type WriteResult } from '../../workspace';
import { theirVersion } from '../../workspace/conflicts/eventVersions';
import { EventEditForm, type EventConflict } from './EventEditForm';
import { useEventTarget } from './useEventTarget';
import { useTranslation } from 'react-i18next';

/**
 * Edit, delete and revert for the selected event, whoever owns it: the workspace's own
 * events change in place, the dataset's get an overlay. Each action is one command, so
 * Undo takes it back; each carries the revision the details were showing.
 */
export function EventActions({ event, index }: { event: TimelineEvent; index: DatasetIndex }) {
  const { t } = useTranslation();
  const selectEvent = useAppStore((s) => s.selectEvent);
  const owned = useEventTarget(event);
  // The target as the form was opened on it: a save is checked against that revision, so a
  // change made meanwhile elsewhere is a conflict shown with both versions, not overwritten.
  const [opened, setOpened] = useState<EventTarget | null>(null);
  const [conflict, setConflict] = useState<EventConflict | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (!owned) return null;
  const { target, changedHere } = owned;

  const report = (result: WriteResult<unknown>) => {
    setMessage(result.ok ? null : failureText(result));
    return result.ok;
  };
  const close = () => {
    setOpened(null);
    setConflict(null);
  };
  const save = async (changes: EventChanges) => {
    if (!opened) return false;
    const result = await (await defaultWorkspace()).editEvent(opened, changes);
    if (result.ok) close();
    else if (result.reason === 'conflict') {
      const shownBefore = opened.owner === 'dataset' ? opened.shown : eventToRecord(event);
      setConflict({ message: failureText(result), theirs: theirVersion(result.current, shownBefore) });
      // Saving again, having seen both versions, writes over the one saved meanwhile.
      setOpened({ ...opened, expectedRev: result.current?.rev ?? 0 });
      setMessage(null);
    } else setMessage(failureText(result));
    return result.ok;
  };

  if (opened) return <EventEditForm event={event} index={index} onSave={save} onCancel={close} error={message} conflict={conflict} />;
  return (
    <div className="details__actions" role="group" aria-label={t('details.changeEvent')}>
      <button type="button" onClick={() => (setMessage(null), setOpened(target))}>
        {t('details.edit')}
      </button>
      <button
        type="button"
        onClick={async () => {
          if (report(await (await defaultWorkspace()).deleteEvent(target))) selectEvent(null);
        }}
      >
        {t('details.delete')}
      </button>
      {changedHere && target.owner === 'dataset' && (
        <button type="button" onClick={async () => report(await (await defaultWorkspace()).revertEvent(target))}>
          {t('details.revert')}
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
