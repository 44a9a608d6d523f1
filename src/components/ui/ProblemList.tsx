import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageCode } from '../../domain/when';
import { messageText } from '../../i18n/phrases';

export interface ProblemItem {
  readonly path: string;
  readonly message: string;
  /** The message as a catalogue key and values; shown in the interface language when present. */
  readonly code?: MessageCode;
  readonly severity?: 'error' | 'warning';
}

/**
 * A message that says what is wrong and where, as an alert. Long lists fold after a
 * few items so that one bad file cannot push the whole app off screen.
 */
export function ProblemList({
  title,
  problems,
  onDismiss,
  tone = 'error',
}: {
  title: string;
  problems: readonly ProblemItem[];
  onDismiss?: () => void;
  tone?: 'error' | 'warning';
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? problems : problems.slice(0, 5);
  return (
    <div role="alert" className={`problem-list problem-list--${tone}`}>
      <div className="problem-list__head">
        <strong>{title}</strong>
        {onDismiss && (
          <button type="button" onClick={onDismiss} aria-label={t('problems.dismiss')}>
            ×
          </button>
        )}
      </div>
      {problems.length > 0 && (
        <ul>
          {shown.map((p, i) => (
            <li key={i}>
              <code>{p.path}</code>: {messageText(t, p.code, p.message)}
            </li>
          ))}
        </ul>
      )}
      {problems.length > 5 && (
        <button type="button" onClick={() => setExpanded((e) => !e)}>
          {expanded ? t('problems.showFewer') : t('problems.showAll', { count: problems.length })}
        </button>
      )}
    </div>
  );
}
