import type { TFunction } from 'i18next';
import { supportSummary, type EventLike } from '../domain/corroboration';
import type { MessageCode } from '../domain/when';
import { i18n } from './i18n';

/**
 * Phrases more than one feature words the same way (features do not import each other).
 * "3 sources", "2 sources disagree on the date"; null for a single agreeing source.
 */
export function supportText(t: TFunction, event: EventLike): string | null {
  const s = supportSummary(event);
  if (!s) return null;
  return s.disagrees ? t('support.disagree', { count: s.sourceCount }) : t('support.sources', { count: s.sourceCount });
}

/** A problem or failure in the interface language when it carries a message code, else its English words. */
export function messageText(t: TFunction, code: MessageCode | undefined, english: string): string {
  if (!code) return english;
  const params: Record<string, string | number> = { ...code.params };
  // A type named by zod ("string", "int") reads as a word of the language.
  if (typeof params.expected === 'string') params.expected = t(`issue.type.${params.expected}`, { defaultValue: params.expected });
  return t(code.key, { ...params, defaultValue: english });
}

/** A refused write (a conflict, a stale undo, a storage failure) in the interface language when it has a code. */
export function failureText(failure: { readonly message: string; readonly messageCode?: MessageCode }): string {
  return messageText(i18n.t, failure.messageCode, failure.message);
}
