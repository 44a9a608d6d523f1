import type { DatasetIndex } from '../../../domain/dataset';
import { formatWhen } from '../../../domain/formatWhen';
import type { Scene } from '../../../domain/scenes';
import { parseEdtf } from '../../../domain/when';

/** What a scene shows beside the timeline: its event, the excerpt, and where the excerpt comes from. */
export interface SceneContent {
  readonly caption: string;
  readonly eventTitle: string | null;
  readonly when: string | null;
  readonly quote: string | null;
  readonly language: string | null;
  readonly sourceTitle: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  /** Title · publisher · date, the parts that are known. */
  readonly citation: string | null;
}

export function sceneContent(index: DatasetIndex, scene: Scene, locale: string): SceneContent {
  const event = scene.event ? index.eventById.get(scene.event) : undefined;
  const evidence = event ? (event.evidence[scene.evidence] ?? event.evidence[0]) : undefined;
  const source = evidence ? index.sourceById.get(evidence.sourceId) : undefined;
  const published = source?.published ? parseEdtf(source.published) : null;
  const publishedText = published?.ok ? formatWhen(published.value, locale) : null;
  const parts = [source?.title, source?.publisher, publishedText].filter((p): p is string => !!p);
  return {
    caption: scene.caption,
    eventTitle: event?.title ?? null,
    when: event ? formatWhen(event.when, locale) : null,
    quote: evidence?.quote ?? null,
    language: source?.language ?? null,
    sourceTitle: source?.title ?? null,
    publisher: source?.publisher ?? null,
    published: publishedText,
    citation: parts.length ? parts.join(' · ') : null,
  };
}
