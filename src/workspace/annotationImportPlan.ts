import type { Dataset } from '../domain/dataset';
import type { AnchoredEvidence } from '../domain/exchange/webAnnotation';
import type { Problem } from '../domain/parseDataset';
import { eventToRecord } from '../domain/serializeDataset';
import type { WorkspaceSnapshot } from './compose';
import type { AnnotationImport } from './commands/annotationImportCommands';
import { overlayId } from './commands/overlays';

/**
 * Anchored annotations → one entry per event of the chronology, with the revision the
 * preview saw; annotations naming an event the chronology does not have become problems. Pure.
 */
export function annotationImportOf(
  anchored: readonly AnchoredEvidence[],
  view: Dataset,
  snapshot: WorkspaceSnapshot,
  datasetKey: string,
  fileName: string,
): { input: AnnotationImport; problems: Problem[]; alreadyThere: number } {
  const events = new Map(view.events.map((e) => [e.id, e]));
  const stored = new Map(snapshot.events.map((e) => [e.id, e]));
  const overlays = new Map(snapshot.overlays.map((o) => [o.id, o]));
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const byEvent = new Map<string, AnchoredEvidence[]>();
  const problems: Problem[] = [];
  let alreadyThere = 0;
  for (const a of anchored) {
    const event = events.get(a.eventId);
    if (!event) {
      problems.push({ path: a.eventId, message: `names the event "${a.eventId}", which this chronology does not have; left out`, severity: 'warning' });
      continue;
    }
    const same = event.evidence.some((e) => e.sourceId === a.evidence.sourceId && e.start === a.evidence.start && e.end === a.evidence.end);
    if (same) {
      alreadyThere++;
      continue;
    }
    byEvent.set(a.eventId, [...(byEvent.get(a.eventId) ?? []), a]);
  }
  const items: AnnotationImport['items'][number][] = [];
  for (const [eventId, list] of byEvent) {
    const evidence = list.map((a) => ({ evidence: a.evidence, sourceText: sources.get(a.evidence.sourceId)!.text }));
    const own = stored.get(eventId);
    const target = own
      ? { owner: 'workspace' as const, eventId, expectedRev: own.rev }
      : { owner: 'dataset' as const, datasetKey, eventId, expectedRev: overlays.get(overlayId(datasetKey, eventId))?.rev ?? 0, shown: eventToRecord(events.get(eventId)!) };
    items.push({ target, evidence });
  }
  return { input: { fileName, items }, problems, alreadyThere };
}
