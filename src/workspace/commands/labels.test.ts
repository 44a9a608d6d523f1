import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { invertCommand } from './command';
import { labelled, short } from './labels';

describe('step labels', () => {
  it('words a step in English from the catalogue, with plurals, and keeps the key and values', () => {
    expect(labelled('delete', { title: 'KCNA reports the call' })).toEqual({
      label: 'delete “KCNA reports the call”',
      labelKey: { key: 'delete', params: { title: 'KCNA reports the call' } },
    });
    expect(labelled('importRows', { count: 1, name: 'a.csv' }).label).toBe('import 1 row from “a.csv”');
    expect(labelled('importRows', { count: 3, name: 'a.csv' }).label).toBe('import 3 rows from “a.csv”');
    expect(short('x'.repeat(60))).toHaveLength(48);
  });

  it('the same key reads in Russian, and undoing keeps it', () => {
    const step = labelled('importRows', { count: 5, name: 'a.csv' });
    expect(i18n.getFixedT('ru')(`history.label.${step.labelKey.key}`, step.labelKey.params)).toBe('импорт 5 строк из «a.csv»');
    const inverse = invertCommand({ ...step, changes: [] });
    expect(inverse.labelKey).toEqual(step.labelKey);
  });
});
