import { useId, useState } from 'react';
import { failureText } from '../../i18n/phrases';
import type { DatasetIndex, TimelineEvent } from '../../domain/dataset';
import { formatEdtfWords } from '../../domain/corroboration';
import type { EvidenceRecord } from '../../domain/schema';
import { formatPublished } from '../../domain/sourceMeta';
import { useAppStore } from '../../stores/store';
import { defaultWorkspace } from '../../workspace';
import { useEventTarget } from './useEventTarget';
import { useLocale } from '../../i18n/useLocale';

/**
 * Every excerpt that supports the event, with its source; each can be shown in the reader
 * or taken off the event (one command, undone with Ctrl+Z). An excerpt that implied
 * another date than the event's says so.
 */
export function Evidence({ index, event, selectedEvidence }: { index: DatasetIndex; event: TimelineEvent; selectedEvidence: number }) {
  const { t } = useLocale();
  const selectEvent = useAppStore((s) => s.selectEvent);
  const owned = useEventTarget(event);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();
  const n = event.evidence.length;
  const remove = async (evidence: EvidenceRecord) => {
    if (!owned) return;
    const result = await (await defaultWorkspace()).removeEvidence(owned.target, evidence);
    setMessage(result.ok ? null : failureText(result));
    if (result.ok) selectEvent(event.id, 0);
  };
  return (
    <section className="details__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{n === 0 ? t('evidence.title') : t('evidence.titleCount', { count: n })}</h3>
      {message && (
        <p role="alert" className="details__error">
          {message}
        </p>
      )}
      {n === 0 ? (
        <p className="details__none">{t('evidence.none')}</p>
      ) : (
        <ol className="evidence-list">
          {event.evidence.map((ev, i) => (
            <EvidenceItem
              key={`${ev.sourceId} ${ev.start} ${ev.end}`}
              index={index}
              evidence={ev}
              position={i}
              count={n}
              current={i === selectedEvidence}
              onShow={() => selectEvent(event.id, i)}
              onRemove={owned ? () => void remove(ev) : null}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function EvidenceItem(props: {
  index: DatasetIndex;
  evidence: EvidenceRecord;
  position: number;
  count: number;
  current: boolean;
  onShow: () => void;
  onRemove: (() => void) | null;
}) {
  const { evidence, current } = props;
  const { t, locale } = useLocale();
  const source = props.index.sourceById.get(evidence.sourceId);
  const published = source ? formatPublished(source, locale) : null;
  const which = props.count > 1 ? <span className="visually-hidden"> {t('evidence.which', { n: props.position + 1 })}</span> : null;
  return (
    <li className={`evidence${current ? ' is-current' : ''}`} aria-current={current ? 'true' : undefined}>
      {/* A click anywhere on the quote shows it in the reader; the button below is the keyboard way to do the same. */}
      <blockquote className="evidence__quote" lang={source?.language} dir="auto" onClick={props.onShow}>
        {evidence.quote}
      </blockquote>
      <div className="evidence__cite">
        <cite title={source?.title}>{source?.title ?? evidence.sourceId}</cite>
        {evidence.when && <span className="evidence__implied">{t('evidence.implied', { date: formatEdtfWords(evidence.when, locale) })}</span>}
        <div className="evidence__row">
          <span className="evidence__where">
            {published && <span>{published} · </span>}
            <span>
              {t('evidence.chars', { start: evidence.start, end: evidence.end })}
            </span>
          </span>
          {current ? (
            <span className="evidence__shown">{t('evidence.shown')}</span>
          ) : (
            <button type="button" className="evidence__show" onClick={props.onShow}>
              {t('evidence.show')}
              {which}
            </button>
          )}
          {props.onRemove && (
            <button type="button" className="evidence__remove" onClick={props.onRemove}>
              {t('evidence.remove')}
              <span className="visually-hidden"> {t('evidence.removeHidden')}</span>
              {which}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
