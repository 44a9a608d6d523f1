import { useId, useMemo, useState } from 'react';
import type { DatasetIndex, TimelineEvent } from '../../domain/dataset';
import { actorName } from '../../domain/dataset';
import { describePrecision, formatWhen } from '../../domain/formatWhen';
import { ruleInWords } from '../../domain/ruleWords';
import { KIND_LABELS, REVIEW_LABELS, incomingRelations, relationGroups } from '../../domain/relations';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';
import { ActorDialog } from '../actors/ActorDialog';
import { CandidateDetails } from '../review/CandidateDetails';
import { EventActions } from './EventActions';
import { Evidence } from './EvidenceSection';
import { SourceAgreement } from './SourceAgreement';
import './events.css';

/** "2 Sep 2025, 14:05 UTC": when an edit was made, in the same zone everywhere. */
function formatEditedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}, ${d.toISOString().slice(11, 16)} UTC`;
}

/**
 * The selected event in full: when (in words that show its precision), kind, actors,
 * every excerpt that supports it with its source, related events both ways, and how
 * it was entered and reviewed.
 */
export function EventDetails({ loaded }: { loaded: LoadedDataset }) {
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectedEvidence = useAppStore((s) => s.selectedEvidence);
  const reviewing = useAppStore((s) => s.explorePane === 'review' && s.selectedCandidateId !== null);
  const incoming = useMemo(() => incomingRelations(loaded.index.dataset.events), [loaded]);

  if (selectedEventId === null) {
    const empty = (
      <div className="details-empty">
        <p className="details-empty__title">No event selected</p>
        <p>Select an event on the timeline or in the list to see when it happened, who took part, and the excerpts that support it.</p>
      </div>
    );
    // During review the pane shows the focused candidate.
    return reviewing ? <CandidateDetails index={loaded.index} fallback={empty} /> : empty;
  }
  const event = loaded.index.eventById.get(selectedEventId);
  if (!event) {
    return (
      <div className="details-empty">
        <p className="details-empty__title">Event not found</p>
        <p>
          There is no event “{selectedEventId}” in this dataset. Select an event on the timeline or in the list.
        </p>
      </div>
    );
  }
  return <Details key={event.id} index={loaded.index} event={event} selectedEvidence={selectedEvidence} incoming={incoming} />;
}

function Details({
  index,
  event,
  selectedEvidence,
  incoming,
}: {
  index: DatasetIndex;
  event: TimelineEvent;
  selectedEvidence: number;
  incoming: ReturnType<typeof incomingRelations>;
}) {
  const headingId = useId();
  const groups = relationGroups(event, incoming);
  const [actorOpen, setActorOpen] = useState<string | null>(null);
  const openActor = actorOpen ? index.actorById.get(actorOpen) : undefined;
  const point = event.when.type === 'point' && !event.when.at.approximate && !event.when.at.uncertain;

  return (
    <article className="details" aria-labelledby={headingId}>
      <p className="details__kind">
        <span className="kind-swatch" style={{ background: `var(--kind-${event.kind})` }} aria-hidden="true" />
        {KIND_LABELS[event.kind]}
        {event.review.status !== 'accepted' && (
          <span className={`review-badge review-badge--${event.review.status}`}>{REVIEW_LABELS[event.review.status]}</span>
        )}
      </p>
      <h2 id={headingId} className="details__title">
        {event.title}
      </h2>
      <p className="details__when">
        {point ? (
          <time className="details__date" dateTime={event.edtf}>
            {formatWhen(event.when)}
          </time>
        ) : (
          <span className="details__date">{formatWhen(event.when)}</span>
        )}
        <span className="details__precision">{describePrecision(event.when)}</span>
        <code className="details__edtf" title="EDTF (ISO 8601-2)">
          <span className="visually-hidden">EDTF </span>
          {event.edtf}
        </code>
      </p>
      {event.description && <p className="details__description">{event.description}</p>}
      {event.note && (
        <p className="details__note">
          <span className="details__note-label">Note: </span>
          {event.note}
        </p>
      )}
      <SourceAgreement event={event} />
      {event.edited && (
        <p className="details__edited">
          Edited {formatEditedAt(event.edited.at)}
          {event.edited.by ? ` by ${event.edited.by}` : ''}
        </p>
      )}
      <EventActions event={event} index={index} />

      {(event.actors.length > 0 || event.tags.length > 0) && (
        <dl className="details__facts">
          {event.actors.length > 0 && (
            <div>
              <dt>Actors</dt>
              <dd>
                <ul className="chips">
                  {event.actors.map((a) => (
                    <li key={a} className="chip chip--button">
                      <button type="button" aria-haspopup="dialog" title="Rename or merge this actor" onClick={() => setActorOpen(a)}>
                        {actorName(index, a)}
                      </button>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {event.tags.length > 0 && (
            <div>
              <dt>Tags</dt>
              <dd>
                <ul className="chips">
                  {event.tags.map((t) => (
                    <li key={t} className="chip chip--tag">
                      {t}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}

      {openActor && <ActorDialog actor={openActor} index={index} onClose={() => setActorOpen(null)} />}
      <Evidence index={index} event={event} selectedEvidence={selectedEvidence} />
      {groups.length > 0 && <Related index={index} groups={groups} />}
      <Review event={event} />
    </article>
  );
}

function Related({ index, groups }: { index: DatasetIndex; groups: ReturnType<typeof relationGroups> }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const hoverEvent = useAppStore((s) => s.hoverEvent);
  const headingId = useId();
  return (
    <section className="details__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Related events</h3>
      <dl className="relations">
        {groups.map((g) => (
          <div key={g.label} className="relations__group">
            <dt>{g.label}</dt>
            {g.eventIds.map((id) => {
              const target = index.eventById.get(id);
              return (
                <dd key={id}>
                  {target ? (
                    <button
                      type="button"
                      className="relation"
                      onClick={() => selectEvent(id)}
                      onMouseEnter={() => hoverEvent(id)}
                      onMouseLeave={() => hoverEvent(null)}
                    >
                      <span className="kind-swatch" style={{ background: `var(--kind-${target.kind})` }} aria-hidden="true" />
                      <span className="relation__title">{target.title}</span>
                      <span className="relation__when">{formatWhen(target.when)}</span>
                    </button>
                  ) : (
                    <span className="relation relation--missing">
                      <code>{id}</code> (not in this dataset)
                    </span>
                  )}
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
    </section>
  );
}

const PROVENANCE_LABELS = {
  manual: 'Entered by hand',
  extracted: 'Extracted from the text',
  generated: 'Generated',
} as const;

function Review({ event }: { event: TimelineEvent }) {
  const headingId = useId();
  const { review, provenance, confidence } = event;
  const reviewed = review.reviewedAt ? formatReviewDate(review.reviewedAt) : null;
  return (
    <section className="details__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Review and provenance</h3>
      <dl className="details__facts details__facts--compact">
        <div>
          <dt>Review</dt>
          <dd>
            <span className={`review-badge review-badge--${review.status}`}>{REVIEW_LABELS[review.status]}</span>
            {review.reviewer && <> by {review.reviewer}</>}
            {reviewed && <> on {reviewed}</>}
          </dd>
        </div>
        {provenance && (
          <div>
            <dt>Provenance</dt>
            <dd>
              {PROVENANCE_LABELS[provenance.method]}
              {provenance.extractor && <> · {provenance.extractor}</>}
              {provenance.rule && <> · found as {ruleInWords(provenance.rule)}</>}
            </dd>
          </div>
        )}
        {confidence !== undefined && (
          <div>
            <dt>Confidence</dt>
            <dd>{Math.round(confidence * 100)}%</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

const reviewDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function formatReviewDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : reviewDateFormat.format(t);
}
