import { useTranslation } from 'react-i18next';
import { dateLocale, isLanguage, type Language } from './language';

/**
 * The translate function and the interface's locale for dates and numbers, for components.
 * Re-renders its component when the language changes.
 */
export function useLocale(): { t: ReturnType<typeof useTranslation>['t']; language: Language; locale: string } {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return { t, language, locale: dateLocale(language) };
}
