import { describe, expect, it } from 'vitest';
import { proposeFromSelection } from './proposeFromSelection';

describe('proposeFromSelection', () => {
  it('dates a Russian selection against the publication time', () => {
    const p = proposeFromSelection('заключенного 19 июня 2024 года Договора о всеобъемлющем стратегическом партнерстве', { published: '2025-08-13T10:15+03:00', language: 'ru' });
    expect(p.when).toBe('2024-06-19');
    expect(p.title.length).toBeGreaterThan(0);
  });

  it('reads a relative day in English from the publication day', () => {
    const p = proposeFromSelection('The Port of Hamburg said on Tuesday that dock workers would strike', { published: '2025-03-06T09:00+01:00', language: 'en' });
    expect(p.when).toBe('2025-03-04');
  });

  it('proposes no date when the words give none, rather than inventing one', () => {
    const p = proposeFromSelection('Korean soldiers helped to liberate the region', { published: '2025-08-13T10:15+03:00', language: 'en' });
    expect(p.when).toBe('');
    expect(p.title).toMatch(/Korean soldiers/u);
  });

  it('without a publication time proposes a title only', () => {
    expect(proposeFromSelection('on 4 March 2025 the strike began', { language: 'en' })).toMatchObject({ when: '' });
  });
});
