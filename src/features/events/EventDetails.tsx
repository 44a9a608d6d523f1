import { useId, useMemo, useState } from 'react';
import type { DatasetIndex, TimelineEvent } from '../../domain/dataset';
import { actorName } from '../../domain/dataset';
import { describePrecision, formatInstant, formatWhen } from '../../domain/formatWhen';
import { RULE_IDS, ruleInWords } from '../../domain/ruleWords';
import { incomingRelations, relationGroups } from '../../domain/relations';
import { useLocale } from '../../i18n/useLocale';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';
import { ActorDialog } from '../actors/ActorDialog';
import { CandidateDetails } from '../review/CandidateDetails';
import { EventActions } from './EventActions';
import { Evidence } from './EvidenceSection';
import { SourceAgreement } from './SourceAgreement';
import './events.css';


/**
 * The selected event in full: when (in words that show its precision), kind, actors,
 * every excerpt that supports it with its source, related events both ways, and how
 * it was entered and reviewed.
 */
export function EventDetails({ loaded }: { loaded: LoadedDataset }) {
  const { t } = useLocale();
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectedEvidence = useAppStore((s) => s.selectedEvidence);
  const reviewing = useAppStore((s) => s.explorePane === 'review' && s.selectedCandidateId !== null);
  const incoming = useMemo(() => incomingRelations(loaded.index.dataset.events), [loaded]);

  if (selectedEventId === null) {
    const empty = (
      <div className="details-empty">
        <p className="details-empty__title">{t('details.noneTitle')}</p>
        <p>{t('details.noneText')}</p>
      </div>
    );
    // During review the pane shows the focused candidate.
    return reviewing ? <CandidateDetails index={loaded.index} fallback={empty} /> : empty;
  }
  const event = loaded.index.eventById.get(selectedEventId);
  if (!event) {
    return (
      <div className="details-empty">
        <p className="details-empty__title">{t('details.notFoundTitle')}</p>
        <p>{t('details.notFoundText', { id: selectedEventId })}</p>
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
  const { t, locale } = useLocale();
  const groups = relationGroups(event, incoming);
  const [actorOpen, setActorOpen] = useState<string | null>(null);
  const openActor = actorOpen ? index.actorById.get(actorOpen) : undefined;
  const point = event.when.type === 'point' && !event.when.at.approximate && !event.when.at.uncertain;

  return (
    <article className="details" aria-labelledby={headingId}>
      <p className="details__kind">
        <span className="kind-swatch" style={{ background: `var(--kind-${event.kind})` }} aria-hidden="true" />
        {t(`kind.${event.kind}`)}
        {event.review.status !== 'accepted' && (
          <span className={`review-badge review-badge--${event.review.status}`}>{t(`reviewStatus.${event.review.status}`)}</span>
        )}
      </p>
      <h2 id={headingId} className="details__title">
        {event.title}
      </h2>
      <p className="details__when">
        {point ? (
          <time className="details__date" dateTime={event.edtf}>
            {formatWhen(event.when, locale)}
          </time>
        ) : (
          <span className="details__date">{formatWhen(event.when, locale)}</span>
        )}
        <span className="details__precision">{describePrecision(event.when, locale)}</span>
        <code className="details__edtf" title="EDTF (ISO 8601-2)">
          <span className="visually-hidden">EDTF </span>
          {event.edtf}
        </code>
      </p>
      {event.description && <p className="details__description">{event.description}</p>}
      {event.note && (
        <p className="details__note">
          <span className="details__note-label">{t('details.note')} </span>
          {event.note}
        </p>
      )}
      <SourceAgreement event={event} />
      {event.edited && (
        <p className="details__edited">
          {event.edited.by
            ? t('details.editedBy', { at: formatInstant(event.edited.at, 'minute', locale), by: event.edited.by })
            : t('details.edited', { at: formatInstant(event.edited.at, 'minute', locale) })}
        </p>
      )}
      <EventActions event={event} index={index} />

      {(event.actors.length > 0 || event.tags.length > 0) && (
        <dl className="details__facts">
          {event.actors.length > 0 && (
            <div>
              <dt>{t('details.actors')}</dt>
              <dd>
                <ul className="chips">
                  {event.actors.map((a) => (
                    <li key={a} className="chip chip--button">
                      <button type="button" aria-haspopup="dialog" title={t('details.actorTitle')} onClick={() => setActorOpen(a)}>
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
              <dt>{t('details.tags')}</dt>
              <dd>
                <ul className="chips">
                  {event.tags.map((tag) => (
                    <li key={tag} className="chip chip--tag">
                      {tag}
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
  const { t, locale } = useLocale();
  return (
    <section className="details__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('details.related')}</h3>
      <dl className="relations">
        {groups.map((g) => (
          <div key={`${g.direction} ${g.type}`} className="relations__group">
            <dt>{t(g.direction === 'outgoing' ? `relation.${g.type}` : `relationIncoming.${g.type}`)}</dt>
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
                      <span className="relation__when">{formatWhen(target.when, locale)}</span>
                    </button>
                  ) : (
                    <span className="relation relation--missing">
                      <code>{id}</code> {t('details.notInDataset')}
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

function Review({ event }: { event: TimelineEvent }) {
  const headingId = useId();
  const { t, locale } = useLocale();
  const { review, provenance, confidence } = event;
  const reviewed = review.reviewedAt ? formatInstant(review.reviewedAt, 'day', locale) : null;
  return (
    <section className="details__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('details.reviewTitle')}</h3>
      <dl className="details__facts details__facts--compact">
        <div>
          <dt>{t('details.review')}</dt>
          <dd>
            <span className={`review-badge review-badge--${review.status}`}>{t(`reviewStatus.${review.status}`)}</span>
            {review.reviewer && <> {t('details.reviewedBy', { name: review.reviewer })}</>}
            {reviewed && <> {t('details.reviewedOn', { date: reviewed })}</>}
          </dd>
        </div>
        {provenance && (
          <div>
            <dt>{t('details.provenance')}</dt>
            <dd>
              {t(`provenance.${provenance.method}`)}
              {provenance.extractor && <> · {provenance.extractor}</>}
              {provenance.rule && <> · {t('details.foundAs', { rule: ruleInWords(provenance.rule, (id) => (RULE_IDS.includes(id) ? t(`rule.${id}`) : undefined), t('rule.then')) })}</>}
            </dd>
          </div>
        )}
        {confidence !== undefined && (
          <div>
            <dt>{t('details.confidence')}</dt>
            <dd>{Math.round(confidence * 100)}%</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
