import { Fragment, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetIndex } from '../../domain/dataset';
import { DATE_PHRASE, eventsOfSegment, segmentEmphasis, type Segment } from '../../domain/highlights';

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
  /** Unreviewed candidates of an imported source: their spans are in `segments` under their ids, drawn dashed. */
  candidates?: ReadonlyMap<string, string>;
  selectedCandidateId?: string | null;
}) {
  const { text, segments, index, selectedEventId, selectedEvidence, candidates, selectedCandidateId } = props;
  const { t } = useTranslation();
  return (
    <>
      {segments.map((segment, i) => {
        const content = text.slice(segment.start, segment.end);
        if (segment.spans.length === 0) return <Fragment key={segment.start}>{content}</Fragment>;
        const all = eventsOfSegment(segment);
        const candidateIds = candidates ? all.filter((e) => candidates.has(e.eventId)).map((e) => e.eventId) : [];
        const events = candidateIds.length ? all.filter((e) => !candidates!.has(e.eventId)) : all;
        const eventSpans = candidateIds.length ? segment.spans.filter((s) => !candidates!.has(s.eventId)).length : segment.spans.length;
        const candidateProps = candidateIds.length
          ? {
            'data-candidate-ids': candidateIds.join(' '),
            'data-candidate-current': selectedCandidateId && candidateIds.includes(selectedCandidateId) ? 'true' : undefined,
          }
          : {};
        const datePhrase = !!selectedCandidateId && segment.spans.some((sp) => sp.eventId === selectedCandidateId && sp.evidenceIndex === DATE_PHRASE);
        if (events.length === 0) {
          return (
            <mark
              key={segment.start}
              data-seg={i}
              {...candidateProps}
              data-date-phrase={datePhrase ? 'true' : undefined}
              className={datePhrase ? 'excerpt excerpt--candidate excerpt--date-phrase' : 'excerpt excerpt--candidate'}
              role="button"
              tabIndex={0}
              aria-description={t('reader.candidate', { title: candidates!.get(candidateIds[0]!) ?? '' })}
            >
              {content}
            </mark>
          );
        }
        const emphasis = segmentEmphasis(segment, selectedEventId, selectedEvidence);
        // The accessible name stays the excerpt's own words (a screen reader must read the
        // Russian text); what activating it does goes in the description.
        const description =
          events.length === 1
            ? t('reader.excerptFor', { title: index.eventById.get(events[0]!.eventId)?.title ?? events[0]!.eventId })
            : t('reader.excerptForMany', { count: events.length });
        return (
          <mark
            key={segment.start}
            data-seg={i}
            data-event-ids={events.map((e) => e.eventId).join(' ')}
            data-overlap={eventSpans > 1 ? Math.min(eventSpans, 3) : undefined}
            {...candidateProps}
            data-date-phrase={datePhrase ? 'true' : undefined}
            className={`excerpt excerpt--${emphasis}${candidateIds.length ? ' excerpt--with-candidate' : ''}${datePhrase ? ' excerpt--date-phrase' : ''}`}
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
