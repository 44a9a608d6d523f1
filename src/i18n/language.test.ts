import { describe, expect, it } from 'vitest';
import { browserLanguage, dateLocale, pickLanguage } from './language';

describe('the interface language', () => {
  it('follows the first browser language Sourceline speaks', () => {
    expect(browserLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(browserLanguage(['en-US', 'ru'])).toBe('en');
    expect(browserLanguage(['fr', 'de'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });

  it('keeps the analyst’s choice over the browser’s, and ignores a stored value it does not know', () => {
    expect(pickLanguage('en', ['ru-RU'])).toBe('en');
    expect(pickLanguage('ru', ['en-GB'])).toBe('ru');
    expect(pickLanguage('xx', ['ru-RU'])).toBe('ru');
    expect(pickLanguage(null, ['ru-RU'])).toBe('ru');
  });

  it('writes dates day first in both languages', () => {
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('ru')).toBe('ru-RU');
  });
});
