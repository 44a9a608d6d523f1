import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import type { DatasetIndex } from '../../domain/dataset';
import { describePrecision, formatWhen } from '../../domain/formatWhen';
import { RULE_IDS, ruleInWords } from '../../domain/ruleWords';
import { ACTORS } from '../../extract/actors';
import { parseEdtf } from '../../domain/when';
import { workspaceQueries } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import type { StoredEvent } from '../../workspace';
import { useLocale } from '../../i18n/useLocale';
import './review.css';

/**
 * The details pane during review: the focused candidate's sentence with the date words
 * marked, the proposed date in words with its precision, kind, actors, and which rule
 * found it, in words — so the analyst can decide without reading the reader too.
 */
export function CandidateDetails({ index, fallback }: { index: DatasetIndex; fallback: ReactNode }) {
  const sourceId = useAppStore((s) => s.reviewSourceId);
  const candidateId = useAppStore((s) => s.selectedCandidateId);
  const candidates = useQuery({ ...workspaceQueries.events(sourceId ?? ''), enabled: sourceId !== null });
  const candidate = candidates.data?.find((c) => c.id === candidateId);
  if (!candidate) return fallback;
  return <Candidate index={index} candidate={candidate} />;
}

function Candidate({ index, candidate }: { index: DatasetIndex; candidate: StoredEvent }) {
  const headingId = useId();
  const { t, locale } = useLocale();
  const { record } = candidate;
  const when = parseEdtf(record.when);
  const evidence = record.evidence[0];
  const phrase = record.provenance?.phrase;
  // The date words inside the sentence, when the extractor recorded where they are.
  const inside = evidence && phrase && phrase.start >= evidence.start && phrase.end <= evidence.end;
  return (
    <article className="details details--candidate" aria-labelledby={headingId}>
      <p className="details__kind">
        {t('review.candidate')} · {t(`kind.${record.kind}`)} <span className={`review-badge review-badge--${candidate.state}`}>{t(`candidateState.${candidate.state}`)}</span>
      </p>
      <h2 id={headingId} className="details__title">
        {record.title}
      </h2>
      <p className="details__when">
        <span className="details__date">{when.ok ? formatWhen(when.value, locale) : record.when}</span>
        {when.ok && <span className="details__precision">{describePrecision(when.value, locale)}</span>}
      </p>
      {evidence && (
        <blockquote className="evidence__quote candidate__sentence" dir="auto">
          {inside ? (
            <>
              {evidence.quote.slice(0, phrase.start - evidence.start)}
              <mark className="candidate__phrase">{evidence.quote.slice(phrase.start - evidence.start, phrase.end - evidence.start)}</mark>
              {evidence.quote.slice(phrase.end - evidence.start)}
            </>
          ) : (
            evidence.quote
          )}
        </blockquote>
      )}
      <dl className="details__facts details__facts--compact">
        <div>
          <dt>{t('details.actors')}</dt>
          <dd>{record.actors.length ? record.actors.map((a) => index.actorById.get(a)?.name ?? ACTORS.find((x) => x.id === a)?.name ?? a).join(', ') : t('review.noActors')}</dd>
        </div>
        {record.provenance?.rule && (
          <div>
            <dt>{t('review.foundAs')}</dt>
            <dd>{ruleInWords(record.provenance.rule, (id) => (RULE_IDS.includes(id) ? t(`rule.${id}`) : undefined), t('rule.then'))}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
