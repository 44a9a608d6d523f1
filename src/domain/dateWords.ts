/**
 * The few words a date in words needs, per interface language. They live beside the
 * formatter (not in the UI catalogues) because exports and other pure code format dates
 * too, and the domain imports nothing from the app. A locale whose language has no entry
 * here gets English words (its month names still come from Intl).
 */
export interface DateWords {
  readonly approximately: (text: string) => string;
  readonly since: (text: string) => string;
  readonly until: (text: string) => string;
  readonly before: (text: string) => string;
  readonly after: (text: string) => string;
  readonly between: (from: string, to: string) => string;
  readonly ongoing: string;
  readonly unknown: string;
  readonly knownTo: Readonly<Record<'year' | 'month' | 'day' | 'minute', string>>;
  readonly approximate: string;
  readonly uncertain: string;
  readonly span: string;
  readonly bounded: string;
}

const EN: DateWords = {
  approximately: (t) => `c. ${t}`,
  since: (t) => `since ${t}`,
  until: (t) => `until ${t}`,
  before: (t) => `before ${t}`,
  after: (t) => `after ${t}`,
  between: (a, b) => `between ${a} and ${b}`,
  ongoing: 'ongoing',
  unknown: 'unknown',
  knownTo: { year: 'known to the year', month: 'known to the month', day: 'known to the day', minute: 'known to the minute' },
  approximate: 'approximate',
  uncertain: 'uncertain',
  span: 'a span of time',
  bounded: 'date not stated; bounded',
};

const RU: DateWords = {
  approximately: (t) => `ок. ${t}`,
  since: (t) => `с ${t}`,
  until: (t) => `до ${t}`,
  before: (t) => `до ${t}`,
  after: (t) => `после ${t}`,
  between: (a, b) => `между ${a} и ${b}`,
  ongoing: 'по наст. время',
  unknown: 'неизвестно',
  knownTo: { year: 'с точностью до года', month: 'с точностью до месяца', day: 'с точностью до дня', minute: 'с точностью до минуты' },
  approximate: 'приблизительно',
  uncertain: 'под вопросом',
  span: 'промежуток времени',
  bounded: 'дата не указана; известна граница',
};

const BY_LANGUAGE: Readonly<Record<string, DateWords>> = { en: EN, ru: RU };

export function dateWords(locale: string): DateWords {
  return BY_LANGUAGE[locale.split('-')[0]!.toLowerCase()] ?? EN;
}
