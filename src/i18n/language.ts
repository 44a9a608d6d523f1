/**
 * Which interface language to show: the one the analyst chose (kept in this browser
 * profile), else the first of the browser's languages that Sourceline speaks, else English.
 * Pure, so that the choice is tested without a browser.
 */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_KEY = 'sourceline.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first browser language Sourceline has a catalogue for: ["de-DE", "ru-RU", "en"] → "ru". */
export function browserLanguage(navigatorLanguages: readonly string[]): Language {
  for (const tag of navigatorLanguages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

export function pickLanguage(stored: string | null, navigatorLanguages: readonly string[]): Language {
  return isLanguage(stored) ? stored : browserLanguage(navigatorLanguages);
}

/**
 * The locale dates and numbers are written in for a language: British English keeps
 * "15 Aug 2025" (day first, no comma); Russian writes "15 авг. 2025 г.".
 */
export function dateLocale(language: Language): string {
  return language === 'ru' ? 'ru-RU' : 'en-GB';
}

/** Language names as their speakers write them, for the switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский' };
