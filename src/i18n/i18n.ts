import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import ru from './locales/ru.json';
import { LANGUAGE_KEY, dateLocale, isLanguage, pickLanguage, type Language } from './language';

/**
 * The one i18next instance. Catalogues are bundled (the app fetches nothing at run time)
 * and small enough to load eagerly. Plurals use i18next's `_one/_few/_many/_other` keys,
 * chosen by Intl.PluralRules for the language ("1 событие, 2 события, 5 событий").
 */
export const resources = { en: { translation: en }, ru: { translation: ru } } as const;

function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: pickLanguage(storedLanguage(), navigatorLanguages()),
  fallbackLng: 'en',
  supportedLngs: ['en', 'ru'],
  // React escapes text itself; catalogue strings are never HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function markDocument(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
markDocument(i18n.language);
i18n.on('languageChanged', markDocument);

/** The interface language in use. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/**
 * Switch the language; `null` follows the browser again. The choice is kept in this
 * browser profile (or lasts for the page when storage is blocked).
 */
export function chooseLanguage(choice: Language | null): void {
  try {
    if (choice) globalThis.localStorage?.setItem(LANGUAGE_KEY, choice);
    else globalThis.localStorage?.removeItem(LANGUAGE_KEY);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  void i18n.changeLanguage(choice ?? pickLanguage(null, navigatorLanguages()));
}

export function chosenLanguage(): Language | null {
  const stored = storedLanguage();
  return isLanguage(stored) ? stored : null;
}

export { dateLocale };
