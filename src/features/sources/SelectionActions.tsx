import { useEffect, useState, type RefObject } from 'react';
import { failureText } from '../../i18n/phrases';
import { useTranslation } from 'react-i18next';
import type { DatasetIndex, Source } from '../../domain/dataset';
import { eventToRecord } from '../../domain/serializeDataset';
import { snapSelection } from '../../domain/spans';
import { isTextField } from '../../components/ui/isTextField';
import { overlayId } from '../../workspace/commands/overlays';
import { BUILTIN_DATASET_URL } from '../../queries/datasetQuery';
import { datasetKeyFor } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import { defaultWorkspace, eventIdFor } from '../../workspace';
import { textHash } from '../../workspace/ids';
import { NewEventForm } from './NewEventForm';

export interface TextSelection {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** The selection inside `root` as UTF-16 offsets into the text it renders (text only, never markup). */
function selectionIn(root: HTMLElement, text: string): TextSelection | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return snapSelection(text, start, start + range.toString().length);
}


/**
 * What an analyst can do with words selected in the reader: make a new event of them
 * (button or `n`), or add them as evidence to the selected event (`v`). The selection is
 * snapped to whole characters and graphemes before anything is stored.
 */
export function SelectionActions({ articleRef, source, index }: { articleRef: RefObject<HTMLElement | null>; source: Source; index: DatasetIndex }) {
  const { t } = useTranslation();
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [creating, setCreating] = useState<TextSelection | null>(null);
  const [message, setMessage] = useState<{ tone: 'status' | 'error'; text: string } | null>(null);
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const dataUrl = useAppStore((s) => s.dataUrl);
  const selectedEvent = selectedEventId ? index.eventById.get(selectedEventId) : undefined;

  useEffect(() => {
    const onChange = () => {
      const root = articleRef.current;
      if (root) setSelection(selectionIn(root, source.text));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [articleRef, source.text]);

  const addAsEvidence = async (sel: TextSelection) => {
    if (!selectedEvent) return;
    const ws = await defaultWorkspace();
    const stored = await ws.getEvent(selectedEvent.id);
    const datasetKey = datasetKeyFor(dataUrl ?? BUILTIN_DATASET_URL);
    const overlay = stored ? null : await ws.getOverlay(overlayId(datasetKey, selectedEvent.id));
    const result = await ws.addEvidence(
      stored
        ? { owner: 'workspace', eventId: stored.id, expectedRev: stored.rev }
        : { owner: 'dataset', datasetKey, eventId: selectedEvent.id, expectedRev: overlay?.rev ?? 0, shown: eventToRecord(selectedEvent) },
      [{ evidence: { sourceId: source.id, ...sel }, sourceText: source.text }],
    );
    setMessage(result.ok ? { tone: 'status', text: t('reader.added', { title: selectedEvent.title }) } : { tone: 'error', text: failureText(result) });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!selection || creating || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      if (e.key === 'n') {
        e.preventDefault();
        setCreating(selection);
      } else if (e.key === 'v' && selectedEvent) {
        e.preventDefault();
        void addAsEvidence(selection);
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  });

  if (creating) {
    return (
      <NewEventForm
        source={source}
        selection={creating}
        actors={index.dataset.actors}
        onCancel={() => setCreating(null)}
        onCreate={async (record) => {
          const id = eventIdFor('manual', `${textHash(`${source.id}\u0000${creating.start}\u0000${creating.end}\u0000${record.title}`)}`);
          const ws = await defaultWorkspace();
          const result = await ws.createEvent({ ...record, id }, [{ evidence: { sourceId: source.id, ...creating }, sourceText: source.text }]);
          if (!result.ok) return failureText(result);
          setCreating(null);
          setMessage({ tone: 'status', text: t('reader.created', { title: record.title }) });
          selectEvent(id, 0);
          return null;
        }}
      />
    );
  }
  return (
    <div className="reader__selection" role="group" aria-label={t('reader.selectedWords')}>
      {selection && (
        <>
          <button type="button" onClick={() => setCreating(selection)} aria-keyshortcuts="n">
            {t('reader.newEvent')} <kbd>n</kbd>
          </button>
          {selectedEvent && (
            <button type="button" onClick={() => void addAsEvidence(selection)} aria-keyshortcuts="v">
              {t('reader.addEvidence', { title: selectedEvent.title.length > 40 ? `${selectedEvent.title.slice(0, 39)}…` : selectedEvent.title })} <kbd>v</kbd>
            </button>
          )}
        </>
      )}
      <p className={`reader__selection-message reader__selection-message--${message?.tone ?? 'status'}`} role={message?.tone === 'error' ? 'alert' : 'status'}>
        {message?.text}
      </p>
    </div>
  );
}
