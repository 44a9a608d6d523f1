import type { TFunction } from 'i18next';
import { supportSummary, type EventLike } from '../domain/corroboration';

/**
 * Phrases more than one feature words the same way (features do not import each other).
 * "3 sources", "2 sources disagree on the date"; null for a single agreeing source.
 */
export function supportText(t: TFunction, event: EventLike): string | null {
  const s = supportSummary(event);
  if (!s) return null;
  return s.disagrees ? t('support.disagree', { count: s.sourceCount }) : t('support.sources', { count: s.sourceCount });
}
