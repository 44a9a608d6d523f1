/** The UI's locale for dates on the axis: the browser's language, if Intl accepts it. */
export function uiLocale(): string {
  const candidates = typeof navigator !== 'undefined' ? [navigator.language, ...(navigator.languages ?? [])] : [];
  for (const tag of candidates) {
    if (!tag) continue;
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en-GB';
    } catch {
      // An invalid tag: try the next one.
    }
  }
  return 'en-GB';
}
