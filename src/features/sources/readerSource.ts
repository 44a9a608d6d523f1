import type { DatasetIndex, Source } from '../../domain/dataset';

/**
 * Which source the reader shows. The selection decides: the source holding the
 * selected event's selected excerpt. The reader's own source picker can override that,
 * but only for the selection it was used under — select another event and the
 * reader follows the selection again.
 */

/** A source picked by hand, remembered with the selection it was picked under. */
export interface PickedSource {
  readonly sourceId: string;
  readonly selectionKey: string;
}

export function selectionKey(selectedEventId: string | null, selectedEvidence: number): string {
  return selectedEventId === null ? '' : `${selectedEvidence}:${selectedEventId}`;
}

/** The source holding the excerpt the selection points at (or the event's first excerpt), if any. */
export function sourceOfSelection(index: DatasetIndex, selectedEventId: string | null, selectedEvidence: number): Source | undefined {
  if (selectedEventId === null) return undefined;
  const event = index.eventById.get(selectedEventId);
  const evidence = event?.evidence[selectedEvidence] ?? event?.evidence[0];
  return evidence ? index.sourceById.get(evidence.sourceId) : undefined;
}

export function sourceToShow(
  index: DatasetIndex,
  selectedEventId: string | null,
  selectedEvidence: number,
  picked: PickedSource | null,
): Source | undefined {
  if (picked && picked.selectionKey === selectionKey(selectedEventId, selectedEvidence)) {
    const source = index.sourceById.get(picked.sourceId);
    if (source) return source;
  }
  return sourceOfSelection(index, selectedEventId, selectedEvidence) ?? (picked && index.sourceById.get(picked.sourceId)) ?? index.dataset.sources[0];
}
