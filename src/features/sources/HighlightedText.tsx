import { Fragment, memo } from 'react';
import type { DatasetIndex } from '../../domain/dataset';
import { eventsOfSegment, segmentEmphasis, type Segment } from '../../domain/highlights';

/**
 * The source text as text (never HTML), with one <mark> per highlighted segment.
 * Marks carry data-seg (their position in `segments`) so that the reader can handle
 * clicks and keys for all of them with one listener.
 */
export const HighlightedText = memo(function HighlightedText(props: {
  text: string;
  segments: readonly Segment[];
  index: DatasetIndex;
  selectedEventId: string | null;
  selectedEvidence: number;
}) {
  const { text, segments, index, selectedEventId, selectedEvidence } = props;
  return (
    <>
      {segments.map((segment, i) => {
        const content = text.slice(segment.start, segment.end);
        if (segment.spans.length === 0) return <Fragment key={segment.start}>{content}</Fragment>;
        const events = eventsOfSegment(segment);
        const emphasis = segmentEmphasis(segment, selectedEventId, selectedEvidence);
        // The accessible name stays the excerpt's own words (a screen reader must read the
        // Russian text); what activating it does goes in the description.
        const description =
          events.length === 1
            ? `Excerpt for: ${index.eventById.get(events[0]!.eventId)?.title ?? events[0]!.eventId}`
            : `Excerpt for ${events.length} events`;
        return (
          <mark
            key={segment.start}
            data-seg={i}
            data-event-ids={events.map((e) => e.eventId).join(' ')}
            data-overlap={segment.spans.length > 1 ? Math.min(segment.spans.length, 3) : undefined}
            className={`excerpt excerpt--${emphasis}`}
            aria-current={emphasis === 'current' ? 'true' : undefined}
            role="button"
            tabIndex={0}
            aria-description={description}
            aria-haspopup={events.length > 1 ? 'menu' : undefined}
          >
            {content}
          </mark>
        );
      })}
    </>
  );
});
