import { useState } from 'react';
import { failureText } from '../../i18n/phrases';
import { corroboration, describeDisagreement, formatEdtfWords } from '../../domain/corroboration';
import type { TimelineEvent } from '../../domain/dataset';
import { defaultWorkspace } from '../../workspace';
import { useEventTarget } from './useEventTarget';
import { useLocale } from '../../i18n/useLocale';

/**
 * How many sources support the event, and where they disagree on its date — "2 sources:
 * 12 Aug 2025 · 1 source: 13 Aug 2025" — with a button per other date to make it the
 * event's; the dates not chosen stay noted on their excerpts.
 */
export function SourceAgreement({ event }: { event: TimelineEvent }) {
  const { t, locale } = useLocale();
  const owned = useEventTarget(event);
  const [message, setMessage] = useState<string | null>(null);
  const c = corroboration({ when: event.edtf, evidence: event.evidence });
  if (c.sourceCount < 2 && !c.disagrees) return null;
  const choose = async (when: string) => {
    if (!owned) return;
    const result = await (await defaultWorkspace()).chooseDate(owned.target, when);
    setMessage(result.ok ? null : failureText(result));
  };
  return (
    <div className={c.disagrees ? 'details__sources details__sources--disagree' : 'details__sources'}>
      <p>
        {c.disagrees
          ? t('details.sourcesDisagree', {
              count: c.sourceCount,
              dates: describeDisagreement(c.dates, (n, date) => t('details.sourcesDate', { count: n, date }), (w) => formatEdtfWords(w, locale)),
            })
          : t('details.sourcesSupport', { count: c.sourceCount })}
      </p>
      {c.disagrees && owned && (
        <div className="details__date-choice" role="group" aria-label={t('details.dateAs')}>
          {c.dates
            .filter((d) => d.when !== event.edtf)
            .map((d) => (
              <button key={d.when} type="button" onClick={() => void choose(d.when)}>
                {t('details.useDate', { date: formatEdtfWords(d.when, locale), count: d.sources.length })}
              </button>
            ))}
        </div>
      )}
      {message && (
        <p role="alert" className="details__error">
          {message}
        </p>
      )}
    </div>
  );
}
